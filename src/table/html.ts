/**
 * The Annotations table page: a fixed skeleton with a strict Content-Security-Policy. It holds
 * no text from any file: rows arrive as JSON through postMessage and media/annotations-table.js
 * builds the DOM with textContent, so no quote can become markup.
 */
import * as vscode from 'vscode';
import { webviewPageHtml } from '../util/webviewPage';

export function tableHtml(webview: vscode.Webview, media: vscode.Uri, nonce: string): string {
  return webviewPageHtml(webview, media, nonce, {
    script: 'annotations-table.js',
    style: 'annotations-table.css',
    title: 'Annotations Table',
    body: `<header>
  <div class="filters" role="search">
    <label>Search <input type="search" id="search" placeholder="Text, name, file…"></label>
    <label>Kind <select id="kind"><option value="">all</option><option value="claim">claims</option><option value="speaker">speakers</option><option value="entity">entities</option></select></label>
    <label>Status <select id="status"><option value="">all</option><option value="proposed">proposed</option><option value="accepted">accepted</option><option value="rejected">rejected</option></select></label>
  </div>
  <div class="actions" role="toolbar" aria-label="Selected rows">
    <span id="selection" aria-live="polite">0 selected</span>
    <button type="button" id="accept" disabled>Accept</button>
    <button type="button" id="reject" disabled>Reject</button>
    <button type="button" id="remove" disabled>Remove</button>
  </div>
</header>
<main>
<table id="table" aria-label="Annotations" aria-rowcount="0">
  <thead><tr id="head"></tr></thead>
  <tbody id="rows"></tbody>
</table>
<p id="empty" class="empty">Loading the annotations…</p>
</main>`,
  });
}

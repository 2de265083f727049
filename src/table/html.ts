/**
 * The Annotations table page: a fixed skeleton with a strict Content-Security-Policy. It holds
 * no text from any file: rows arrive as JSON through postMessage and media/annotations-table.js
 * builds the DOM with textContent, so no quote can become markup.
 */
import * as vscode from 'vscode';

export function tableHtml(webview: vscode.Webview, media: vscode.Uri, nonce: string): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'annotations-table.js')).toString();
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'annotations-table.css')).toString();
  // Nothing remote, no inline script or style, no eval: only our script (by nonce) and stylesheet.
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(style)}">
<title>Annotations Table</title>
</head>
<body>
<header>
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
</main>
<script nonce="${attribute(nonce)}" src="${attribute(script)}"></script>
</body>
</html>`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

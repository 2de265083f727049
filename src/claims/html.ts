/**
 * The claims board page: a fixed skeleton with a strict Content-Security-Policy. It holds
 * no text from any file: the board arrives as JSON through postMessage, and the script
 * (media/claims-board.js) builds the DOM with textContent, so no quote can become markup.
 */
import * as vscode from 'vscode';
import { webviewPageHtml } from '../util/webviewPage';

/** The board page; `media` is the only folder the webview may load from. */
export function boardHtml(webview: vscode.Webview, media: vscode.Uri, nonce: string): string {
  return webviewPageHtml(webview, media, nonce, {
    script: 'claims-board.js',
    style: 'claims-board.css',
    title: 'Claims Board',
    body: `<header>
  <h1>Claims compared across sources</h1>
  <div class="actions">
    <button type="button" id="export-csv">Export CSV…</button>
    <button type="button" id="export-markdown">Export Markdown…</button>
  </div>
</header>
<main id="board" aria-live="polite"><p class="empty">Loading the claims…</p></main>`,
  });
}

/**
 * The claims board page: a fixed skeleton with a strict Content-Security-Policy. It holds
 * no text from any file: the board arrives as JSON through postMessage, and the script
 * (media/claims-board.js) builds the DOM with textContent, so no quote can become markup.
 */
import * as vscode from 'vscode';

/** A fresh nonce per page load, so only our own script tag runs. */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The page; `media` is the only folder the webview may load from. */
export function boardHtml(webview: vscode.Webview, media: vscode.Uri, nonce: string): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'claims-board.js')).toString();
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'claims-board.css')).toString();
  // Nothing remote, no inline script or style, no eval: only our script (by nonce) and stylesheet.
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(style)}">
<title>Claims Board</title>
</head>
<body>
<header>
  <h1>Claims compared across sources</h1>
  <div class="actions">
    <button type="button" id="export-csv">Export CSV…</button>
    <button type="button" id="export-markdown">Export Markdown…</button>
  </div>
</header>
<main id="board" aria-live="polite"><p class="empty">Loading the claims…</p></main>
<script nonce="${attribute(nonce)}" src="${attribute(script)}"></script>
</body>
</html>`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

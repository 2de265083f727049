/**
 * The one skeleton of our webview pages, so the Content-Security-Policy is written once:
 * nothing remote, no inline script or style, no eval; only our script (by nonce) and
 * stylesheet from `media`. Pages hold no text from any file: data arrives by postMessage.
 */
import * as vscode from 'vscode';

/** A fresh nonce per page load, so only our own script tag runs. */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What a page adds to the skeleton: its script and stylesheet in media/, title and fixed body markup. */
export interface WebviewPage {
  readonly script: string;
  readonly style: string;
  readonly title: string;
  /** Fixed markup of our own (never file text). */
  readonly body: string;
}

export function webviewPageHtml(webview: vscode.Webview, media: vscode.Uri, nonce: string, page: WebviewPage): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, page.script)).toString();
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, page.style)).toString();
  const csp = [
    `default-src 'none'`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(style)}">
<title>${attribute(page.title)}</title>
</head>
<body>
${page.body}
<script nonce="${attribute(nonce)}" src="${attribute(script)}"></script>
</body>
</html>`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

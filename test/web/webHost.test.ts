/**
 * Only in the web worker run: the extension under test is the browser bundle, loaded as a web
 * extension into this same worker, not the Node entry in the server's extension host.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId } from '../../src/ids';
import { waitFor } from '../integration/util';

describe('The web worker extension host', () => {
  it('loads the extension as a web extension over HTTP and activates its browser bundle here', async () => {
    const extension = vscode.extensions.getExtension<{ activationMs?: unknown }>(extensionId);
    assert.ok(extension, `extension ${extensionId} is installed`);
    assert.equal(extension.extensionUri.scheme, 'http', "served from the launcher's second port");
    assert.equal((extension.packageJSON as { browser?: string }).browser, './dist/web/extension.js');
    await waitFor(() => extension.isActive, 'the extension to activate');
    // Exports are only handed to code in the same extension host.
    assert.equal(typeof extension.exports?.activationMs, 'number', 'activate() ran in this host');
  });

  it('finds the gutter icons and webview scripts under extensionUri, where the browser can load them', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension);
    for (const file of ['media/gutter-claim.svg', 'media/claims-board.js', 'media/annotations-table.js']) {
      const response = await fetch(vscode.Uri.joinPath(extension.extensionUri, file).toString(true));
      assert.equal(response.status, 200, file);
      assert.ok((await response.text()).length > 0, file);
    }
  });

  it('has no Node.js in this host, so the suites really ran without it', () => {
    assert.equal(typeof (globalThis as { require?: unknown }).require, 'undefined');
    assert.equal(typeof (globalThis as { Buffer?: unknown }).Buffer, 'undefined');
  });
});

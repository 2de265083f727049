import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId } from '../../src/ids';
import { waitFor } from './util';

describe('Activation', () => {
  it('runs inside a real VS Code extension host', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.ok(vscode.workspace.workspaceFolders?.length, 'a fixture workspace folder is open');
  });

  it('activates on its own in a workspace that holds sidecars', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is installed`);
    await waitFor(() => extension.isActive, 'the extension to activate without being asked');
  });
});

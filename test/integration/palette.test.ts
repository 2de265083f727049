import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './util';

const textFile = workspaceFile('firsthour/dock-vote.txt');
const sidecarFile = workspaceFile('firsthour/dock-vote.txt.annotations.yaml');

async function sidecarText(): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarFile));
  } catch {
    return '';
  }
}

/** Lets the workbench render the quick input it was just asked to show. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 500));

describe('The Command Palette', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    if (await sidecarText()) await vscode.workspace.fs.delete(sidecarFile);
  });

  it('runs Tag Entity, not the Tag Entity Everywhere command, for the query “Tag Entity” and Enter', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    const at = editor.document.getText().indexOf('Teodora Brandt');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Teodora Brandt'.length));
    await vscode.commands.executeCommand('workbench.action.quickOpen', '>Tag Entity');
    await settle();
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    // Tag Entity asks for the type (person comes first), then the canonical entity (a new one comes first).
    for (let step = 0; step < 2; step++) {
      await settle();
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await waitFor(async () => (await sidecarText()).includes('entity: teodora-brandt'), 'Tag Entity to write the entity');
    assert.match(await sidecarText(), /type: person/);
  });
});

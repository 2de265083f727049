import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './util';
import { promptsFromNow } from './prompts';

const textFile = workspaceFile('firsthour/dock-vote.txt');
const sidecarFile = workspaceFile('firsthour/dock-vote.txt.annotations.yaml');

async function sidecarText(): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarFile));
  } catch {
    return '';
  }
}

describe('The Command Palette', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    if (await sidecarText()) await vscode.workspace.fs.delete(sidecarFile);
  });

  it('runs Tag Entity, not the Tag Entity Everywhere command, for the query “Tag Entity” and Enter', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    const at = editor.document.getText().indexOf('Teodora Brandt');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Teodora Brandt'.length));
    const prompts = await promptsFromNow();
    // The palette is VS Code's own: the extension cannot see when it shows. The accept below still
    // reaches it after its items: opening it runs the workbench's command provider, whose picks
    // wait only on promises settled since startup (no timer and no round trip to this extension
    // host; the AI command search that would add a delay has no provider in the test VS Code),
    // and the accept is a later message, sent only after the reply to quickOpen came back. Which
    // command the accept ran is then checked by the prompt that follows: Tag Entity Everywhere
    // would ask something else, and a lost accept would show no prompt at all (a clear failure,
    // never a wrong pass).
    await vscode.commands.executeCommand('workbench.action.quickOpen', '>Tag Entity');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    // Tag Entity asks for the type (person comes first), then the canonical entity (a new one comes first).
    await prompts.answer('Entity type of “Teodora Brandt”');
    await prompts.answer('Which entity is “Teodora Brandt”?');
    await waitFor(async () => (await sidecarText()).includes('entity: teodora-brandt'), 'Tag Entity to write the entity');
    assert.match(await sidecarText(), /type: person/);
  });
});

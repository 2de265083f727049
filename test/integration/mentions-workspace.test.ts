import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceFile } from './util';

interface Outcome {
  created: number;
  files: string[];
  skipped: string[];
}

const byGlob = workspaceFile('firsthour/mentions/desk-quay-notes.txt');
const opened = workspaceFile('firsthour/mentions/open-brief.txt');
const stray = workspaceFile('firsthour/mentions/stray-clipping.txt');
const dockVote = workspaceFile('firsthour/dock-vote.txt');
const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: `${uri.path}.annotations.yaml` });
const exists = (uri: vscode.Uri): Thenable<boolean> =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
const configuration = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('transcriptAnnotator');

describe('Tag All Mentions across the workspace', () => {
  before(async () => {
    await configuration().update('files', ['firsthour/mentions/desk-*.txt'], vscode.ConfigurationTarget.Workspace);
    // The entity becomes known by tagging it once, in a text outside this folder.
    const dock = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(dockVote));
    const at = dock.document.getText().indexOf('Teodora Brandt');
    dock.selection = new vscode.Selection(dock.document.positionAt(at), dock.document.positionAt(at + 'Teodora Brandt'.length));
    await vscode.commands.executeCommand('transcriptAnnotator.tagEntity', { type: 'person', entity: 'Teodora Brandt' });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(opened));
  });

  after(async () => {
    await configuration().update('files', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [byGlob, opened, stray, dockVote]) await vscode.workspace.fs.delete(sidecarOf(uri)).then(undefined, () => undefined);
  });

  it('includes the plain texts matching transcriptAnnotator.files and those open, and reports the others as skipped', async () => {
    const outcome = await vscode.commands.executeCommand<Outcome>('transcriptAnnotator.tagAllMentions', { entity: 'teodora-brandt', scope: 'workspace' });
    assert.ok(outcome.files.includes(byGlob.toString()), `the file matching the setting (${outcome.files.join(', ')})`);
    assert.ok(outcome.files.includes(opened.toString()), 'the open file');
    assert.ok(!outcome.files.includes(stray.toString()));
    assert.equal(await exists(sidecarOf(stray)), false, 'no sidecar for a text the user did not include');
    const reason = outcome.skipped.find((line) => line.startsWith('firsthour/mentions/stray-clipping.txt'));
    assert.match(reason ?? '', /not annotated yet \(open it, or add it to the setting transcriptAnnotator\.files\)/);
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(byGlob)));
    assert.match(sidecar, /quote: Teodora Brandt\n/);
    assert.match(sidecar, /entity: teodora-brandt\n {4}status: proposed\n/);
  });
});

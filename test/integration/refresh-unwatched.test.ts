/**
 * Sidecars changed where no file watcher reports it (virtual file systems; here a folder in
 * `files.watcherExclude`) still reach the highlights: the sidecar saved from an editor, or
 * opened after something else changed it, is read again.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decorations, waitFor, workspaceFile } from './util';

const TEXT = 'QUAY NOTES, Varnholm Public Radio\n\nELIN MARSH, HOST: Harbour master Ingrid Solheim-Vik said the ferry terminal reopens on Monday.\n';

/** Opens `name` (written with TEXT) and tags Ingrid Solheim-Vik in it; returns its editor. */
async function tagged(name: string): Promise<vscode.TextEditor> {
  const text = workspaceFile(name);
  await vscode.workspace.fs.writeFile(text, new TextEncoder().encode(TEXT));
  const editor = await vscode.window.showTextDocument(text, { preview: false });
  const at = TEXT.indexOf('Ingrid Solheim-Vik');
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Ingrid Solheim-Vik'.length));
  const ids = await vscode.commands.executeCommand<string[]>('transcriptAnnotator.tagEntity', { type: 'person', entity: 'Ingrid Solheim-Vik' });
  assert.equal(ids.length, 1);
  await waitFor(async () => (await decorations()).entity.length === 1, 'the new entity to be drawn');
  return editor;
}

describe('Sidecars where no file watcher looks', () => {
  it('reloads a sidecar saved from its editor, so its annotations change in the text at once', async () => {
    const editor = await tagged('unwatched/quay-notes.txt');

    // The sidecar edited by hand in its own editor: every annotation removed, then saved.
    const sidecar = await vscode.workspace.openTextDocument(workspaceFile('unwatched/quay-notes.txt.annotations.yaml'));
    const emptied = sidecar.getText().replace(/^annotations:[\s\S]*$/m, 'annotations: []\n');
    assert.notEqual(emptied, sidecar.getText(), 'the sidecar lists the annotation');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(sidecar.uri, new vscode.Range(sidecar.positionAt(0), sidecar.positionAt(sidecar.getText().length)), emptied);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await sidecar.save());

    await vscode.window.showTextDocument(editor.document, { preview: false });
    await waitFor(async () => (await decorations()).entity.length === 0, 'the highlight of the removed annotation to go');
  });

  it('reloads a sidecar changed behind its back when the sidecar is opened', async () => {
    const editor = await tagged('unwatched/harbour-log.txt');
    const sidecarUri = workspaceFile('unwatched/harbour-log.txt.annotations.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri));
    // Another program (a sync client, a script) rewrites it; nothing reports the change.
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(before.replace(/^annotations:[\s\S]*$/m, 'annotations: []\n')));
    assert.equal((await decorations()).entity.length, 1, 'no watcher told the extension');
    await vscode.workspace.openTextDocument(sidecarUri);
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await waitFor(async () => (await decorations()).entity.length === 0, 'the highlight of the removed annotation to go');
  });
});

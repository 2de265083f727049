import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Annotation, loadSidecar } from '../../src/core';
import { waitFor, workspaceFile, internal } from './util';

const textFile = workspaceFile('review/night-shift.txt');
const sidecarFile = workspaceFile('review/night-shift.txt.annotations.yaml');

async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The annotation as written on disk now. */
async function onDisk(id: string): Promise<Annotation | undefined> {
  const { sidecar } = loadSidecar(await readFile(sidecarFile), await readFile(textFile));
  return sidecar?.annotations.find((annotation) => annotation.id === id);
}

/** The text at the cursor's selection after running a navigation command. */
async function go(command: string): Promise<string> {
  await vscode.commands.executeCommand(`transcriptAnnotator.${command}`);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor);
  assert.ok(editor.selection.active.isEqual(editor.selection.start), 'the cursor is at the start of the annotation');
  return editor.document.getText(editor.selection);
}

function treeOf(): Thenable<unknown> {
  return internal('getAnnotationTree');
}

describe('Review', () => {
  let original: string;
  let originalTree: string;
  let editor: vscode.TextEditor;

  before(async () => {
    original = await readFile(sidecarFile);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    await waitFor(async () => JSON.stringify(await treeOf()).includes('OSKAR LUND'), 'the night shift annotations to load');
    // The rest of the workspace may still be loading (when this suite runs first): wait for a settled tree.
    let previous = '';
    await waitFor(async () => {
      const now = JSON.stringify(await treeOf());
      const settled = now === previous;
      previous = now;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return settled;
    }, 'the Annotations view to settle');
    originalTree = previous;
  });

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
  });

  afterEach(async () => {
    if ((await readFile(sidecarFile)) !== original) await vscode.workspace.fs.writeFile(sidecarFile, new TextEncoder().encode(original));
    await waitFor(async () => JSON.stringify(await treeOf()) === originalTree, 'the original annotations to be back');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('accepts the annotation named by uri and id, writing its status and a new modified date to the sidecar', async () => {
    const before = await onDisk('nsbtermn');
    assert.equal(before?.status, 'proposed');
    await vscode.commands.executeCommand('transcriptAnnotator.acceptAnnotation', { uri: textFile.toString(), id: 'nsbtermn' });
    const after = await onDisk('nsbtermn');
    assert.equal(after?.status, 'accepted');
    assert.ok(after?.modified && before?.modified && after.modified > before.modified, 'modified moves forward');
    assert.deepEqual({ ...after, status: before?.status, modified: before?.modified }, before, 'nothing else changes');
  });

  it('rejects the annotation under the cursor when run without an argument', async () => {
    const offset = editor.document.getText().indexOf('HOLT, REPORTER');
    editor.selection = new vscode.Selection(editor.document.positionAt(offset + 2), editor.document.positionAt(offset + 2));
    await vscode.commands.executeCommand('transcriptAnnotator.rejectAnnotation');
    assert.equal((await onDisk('nscholtr'))?.status, 'rejected');
    assert.equal((await onDisk('nsalundh'))?.status, 'accepted', 'the other speaker is untouched');
  });

  it('leaves the sidecar byte for byte as it was when the annotation already has that status', async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.acceptAnnotation', { uri: textFile.toString(), id: 'nsalundh' });
    assert.equal(await readFile(sidecarFile), original);
  });

  it('visits every drawn annotation in document order with Next Annotation, wrapping at the end', async () => {
    const visited: string[] = [];
    for (let step = 0; step < 8; step++) visited.push(await go('nextAnnotation'));
    assert.deepEqual(visited, [
      'OSKAR LUND',
      'container terminal',
      'MIRA HOLT',
      'detained about forty people near the port authority offices',
      'port authority',
      'Two officers and one picket were treated for minor injuries',
      'city hospital',
      'OSKAR LUND',
    ]);
  });

  it('goes back with Previous Annotation, wrapping at the start', async () => {
    assert.equal(await go('nextAnnotation'), 'OSKAR LUND');
    assert.equal(await go('previousAnnotation'), 'city hospital');
    assert.equal(await go('previousAnnotation'), 'Two officers and one picket were treated for minor injuries');
    assert.equal(await go('previousAnnotation'), 'port authority');
    assert.equal(await go('previousAnnotation'), 'detained about forty people near the port authority offices');
  });

  it('visits only proposed annotations with Next Unreviewed, wrapping at the end', async () => {
    const visited: string[] = [];
    for (let step = 0; step < 5; step++) visited.push(await go('nextUnreviewed'));
    assert.deepEqual(visited, [
      'container terminal',
      'MIRA HOLT',
      'port authority',
      'Two officers and one picket were treated for minor injuries',
      'container terminal',
    ]);
  });

  it('moves on from an accepted annotation to the next unreviewed one, as a review session does', async () => {
    assert.equal(await go('nextUnreviewed'), 'container terminal');
    await vscode.commands.executeCommand('transcriptAnnotator.acceptAnnotation');
    assert.equal(await go('nextUnreviewed'), 'MIRA HOLT');
    assert.equal((await onDisk('nsbtermn'))?.status, 'accepted');
  });

  it('selects the annotation on Reveal Annotation, and opens the sidecar entry of an orphaned one', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('transcriptAnnotator.revealAnnotation', { uri: textFile.toString(), id: 'nsfhurtn' });
    const revealed = vscode.window.activeTextEditor;
    assert.equal(revealed?.document.uri.toString(), textFile.toString());
    assert.equal(revealed?.document.getText(revealed.selection), 'Two officers and one picket were treated for minor injuries');
    await vscode.commands.executeCommand('transcriptAnnotator.revealAnnotation', { uri: textFile.toString(), id: 'nshorphn' });
    const entry = vscode.window.activeTextEditor;
    assert.equal(entry?.document.uri.toString(), sidecarFile.toString());
    assert.equal(entry?.document.lineAt(entry.selection.active.line).text, '  - id: nshorphn');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
  });
});

import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decoratedTexts, decorations, waitFor, workspaceFile } from './util';

const textFile = workspaceFile('review/harbor-call-in.txt');

const expected = {
  claim: [
    'We have four thousand members out tonight',
    'The port authority disputes that figure',
    'Fewer than nine hundred workers have stopped work',
    'the terminal will reopen on Monday',
  ],
  speaker: ['INGRID VALE', 'TOMAS BRENNER', 'LENA OSTROVA'],
  entity: ['Varnholm Community Radio', 'Pier Nine', 'port authority', 'PORT AUTHORITY', 'Tomas Brenner', 'port authority'],
};

describe('Highlights', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(textFile);
    await vscode.window.showTextDocument(document);
    await waitFor(async () => (await decorations()).claim.length === expected.claim.length, 'the claim highlights');
  });

  after(async () => {
    await vscode.workspace.getConfiguration().update('transcriptAnnotator.gutterIcons', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('draws every annotation that is not orphaned by kind, whatever its review status', async () => {
    assert.deepEqual(await decoratedTexts(document), expected);
  });

  it('leaves orphaned annotations undrawn', async () => {
    const { entity } = await decoratedTexts(document);
    assert.ok(!entity.includes('Harbor Square'));
    assert.ok(!entity.some((text) => text === document.getText().slice(0, 13)), "nothing drawn at the orphan's stale offsets");
  });

  it('hides every highlight on Toggle Annotation Highlights and draws them again on the next toggle', async () => {
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.toggleHighlights'), false);
    assert.deepEqual(await decorations(), { claim: [], speaker: [], entity: [] });
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.toggleHighlights'), true);
    assert.deepEqual(await decoratedTexts(document), expected);
  });

  it('keeps drawing the same ranges when gutter icons are switched on', async () => {
    await vscode.workspace.getConfiguration().update('transcriptAnnotator.gutterIcons', true, vscode.ConfigurationTarget.Workspace);
    // The decoration types are rebuilt, then the editors redrawn, within a frame or so.
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(await decoratedTexts(document), expected);
  });
});

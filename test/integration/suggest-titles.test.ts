import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { registryFile, restoreWorkspace, run, snapshotWorkspace, storedAnnotations, type WorkspaceSnapshot } from './registry-workspace';
import { waitFor, workspaceFile, internal } from './util';

interface ReviewStep {
  current?: string;
  remaining: number;
}

// Written by the test (and removed after it), so no other suite sees an extra text.
const page = workspaceFile('webcopy/title-mention.transcript');
const TEXT = 'Harbor live 🚢\n\nInterior Minister Lena Kask visited the docks on Monday. The minister said 1,150 people had been detained.\n';

describe('Suggestions: a title mention stands for the name stated before (issue 19)', () => {
  let snapshot: WorkspaceSnapshot;

  before(async () => {
    snapshot = await snapshotWorkspace();
  });

  after(async () => {
    await run('stopReviewingSuggestions');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(page).then(undefined, () => undefined);
    await restoreWorkspace(snapshot);
  });

  it('proposes "the minister" as Lena Kask, gives her the claim, and links it when accepted without learning the role as an alias', async () => {
    await vscode.workspace.fs.delete(registryFile);
    await waitFor(async () => !JSON.stringify(await internal('getAnnotationTree')).includes('Prime Minister Abadie · accepted'), 'the registry to be unloaded');
    await vscode.workspace.fs.writeFile(page, new TextEncoder().encode(TEXT));
    await run('suggestAnnotations', { uri: page.toString() });
    const all = await storedAnnotations(page);
    const minister = all.find((a) => a['kind'] === 'entity' && a['quote'] === 'minister');
    assert.deepEqual(minister?.['attributes'], { suggested: true, name: 'Lena Kask' }, JSON.stringify(all));
    assert.equal(minister?.['type'], 'person');
    const claim = all.find((a) => a['kind'] === 'claim' && String(a['quote']).includes('1,150 people'));
    assert.equal(claim?.['by'], minister?.['id'], 'the claim is the minister’s');

    const editor = await vscode.window.showTextDocument(page);
    const at = editor.document.getText().indexOf('minister said');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    assert.equal((await run<ReviewStep>('reviewSuggestions')).current, minister?.['id']);
    await run<ReviewStep>('acceptSuggestion');
    assert.equal((await storedAnnotations(page)).find((a) => a['id'] === minister?.['id'])?.['entity'], 'lena-kask');
    const registryText = async (): Promise<string> =>
      new TextDecoder().decode(await vscode.workspace.fs.readFile(registryFile).then(undefined, () => new Uint8Array()));
    await waitFor(async () => /name: Lena Kask/u.test(await registryText()), 'the registry to list Lena Kask');
    // The role would name someone else in the next file: it is never an alias.
    assert.doesNotMatch(await registryText(), /aliases|minister/u);
  });
});

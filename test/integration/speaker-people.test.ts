import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { read, registryFile, restoreWorkspace, run, snapshotWorkspace, storedAnnotations, write, type WorkspaceSnapshot } from './registry-workspace';
import { waitFor, workspaceFile } from './util';

// Written by the test (and removed after it), so no other suite sees extra texts.
const article = workspaceFile('people/ferry-article.txt');
const radio = workspaceFile('people/ferry-radio.transcript');
const ARTICLE = 'Ferry crews vote 🚢\n\nAna Reyes, who chairs the crews’ federation, said 2,400 members backed the strike.\n';
const RADIO =
  'WVPR Listen Live\n\nANA REYES, BYLINE: The ferries stayed in port.\n\nTOMAS BERG: We will not sail.\n\nREYES: Berg said 300 sailings were cancelled.\n';

async function hoverText(uri: vscode.Uri, needle: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    document.positionAt(document.getText().indexOf(needle) + 1),
  );
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (content instanceof vscode.MarkdownString ? content.value : typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('Speaker labels linked to people across files (issue 19)', () => {
  let snapshot: WorkspaceSnapshot;

  before(async () => {
    snapshot = await snapshotWorkspace();
    await write(article, ARTICLE);
    await write(radio, RADIO);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [article, radio]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await restoreWorkspace(snapshot);
  });

  it('links both labels of a person tagged in another file, counts them as mentions, finds them as references and follows a rename', async () => {
    // File one: the person, tagged and registered as a canonical entity.
    const editor = await vscode.window.showTextDocument(article);
    const at = ARTICLE.indexOf('Ana Reyes');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Ana Reyes'.length));
    await run('tagEntity', { type: 'person', entity: 'Ana Reyes' });
    assert.equal((await storedAnnotations(article)).find((a) => a['kind'] === 'entity')?.['entity'], 'ana-reyes');
    await waitFor(async () => /id: ana-reyes/u.test(await read(registryFile)), 'the registry to list Ana Reyes');

    // File two: Tag Speaker on the surname-only label, then suggestions for the other labels.
    const radioEditor = await vscode.window.showTextDocument(radio);
    const label = RADIO.indexOf('REYES: Berg');
    radioEditor.selection = new vscode.Selection(radioEditor.document.positionAt(label + 1), radioEditor.document.positionAt(label + 1));
    const [tagged] = await run<string[]>('tagSpeaker', {});
    await run('suggestAnnotations', { uri: radio.toString(), kinds: ['speaker'] });
    const speakers = (await storedAnnotations(radio)).filter((a) => a['kind'] === 'speaker');
    assert.deepEqual(
      speakers.map((a) => `${String(a['quote'])} -> ${typeof a['entity'] === 'string' ? a['entity'] : '-'}`),
      ['ANA REYES -> ana-reyes', 'TOMAS BERG -> -', 'REYES -> ana-reyes'],
    );
    assert.equal(speakers.find((a) => a['quote'] === 'REYES')?.['id'], tagged, 'Tag Speaker set the entity of the label it tagged');

    // The hover of a label names the person and counts the turns with the mention: 3 in 2 files (markdown escapes the hyphen).
    let hover = '';
    await waitFor(
      async () => (hover = await hoverText(radio, 'REYES: Berg')).includes('Person **Ana Reyes** (ana\\-reyes) · 3 mentions in 2 files'),
      'the hover to count the linked turns',
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; the hover says: ${hover}`);
    });
    // Go to References from the label lists the mention of the other file and both turns.
    const document = await vscode.workspace.openTextDocument(radio);
    await waitFor(async () => {
      const locations =
        (await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', radio, document.positionAt(label + 1))) ?? [];
      return (
        locations.filter((l) => l.uri.toString() === article.toString()).length === 1 &&
        locations.filter((l) => l.uri.toString() === radio.toString()).length === 2
      );
    }, 'references of the label to reach the article');

    // Renaming the entity renames the person of both turns: ids stay, no sidecar is rewritten.
    const before = await read(radio.with({ path: `${radio.path}.annotations.yaml` }));
    await run('renameEntity', { uri: radio.toString(), entity: 'ana-reyes', name: 'Ana María Reyes' });
    await waitFor(async () => (await hoverText(radio, 'ANA REYES')).includes('Person **Ana María Reyes** (ana\\-reyes)'), 'the hover to follow the rename');
    assert.equal(await read(radio.with({ path: `${radio.path}.annotations.yaml` })), before);
  });
});

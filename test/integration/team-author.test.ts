import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { itWithShell } from './host';
import { loadSidecar } from '../../src/core';
import { waitFor, workspaceFile, internal } from './util';

interface Item {
  readonly label: string;
  readonly description?: string;
  readonly children?: Item[];
}

const folder = workspaceFile('team');
const textFile = workspaceFile('team/ferry-dispute.transcript');
const sidecarFile = workspaceFile('team/ferry-dispute.transcript.annotations.yaml');
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);

async function annotations(): Promise<Array<{ id: string; quote: string; author?: string }>> {
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarFile));
  const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(textFile));
  const loaded = loadSidecar(source, raw);
  assert.ok(loaded.sidecar, JSON.stringify(loaded.problems));
  return loaded.sidecar.annotations;
}

async function select(editor: vscode.TextEditor, quote: string): Promise<void> {
  const at = editor.document.getText().indexOf(quote);
  assert.ok(at >= 0, quote);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + quote.length));
}

async function documentItem(): Promise<Item | undefined> {
  return (await internal<Item[]>('getAnnotationTree')).find((item) => item.label === 'team/ferry-dispute.transcript');
}

const git = (...args: string[]): string => execFileSync('git', args, { cwd: folder.fsPath, encoding: 'utf8' });
const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('transcriptAnnotator');

describe('Team: who annotated what', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
  });

  after(async () => {
    await settings().update('author', undefined, vscode.ConfigurationTarget.Global);
    await run('clearAnnotationFilter');
    // The repository stays: deleting it under the open git extension makes its processes fail.
  });

  it('records the author setting on new annotations and shows it in the hover card', async () => {
    await settings().update('author', 'Ana Desk', vscode.ConfigurationTarget.Global);
    assert.deepEqual(await internal('getAuthor', { uri: textFile.toString() }), { name: 'Ana Desk', source: 'setting' });
    await select(editor, 'Varnholm Harbour Board');
    const [id] = await run<string[]>('tagEntity', { type: 'organization' });
    const tagged = (await annotations()).find((a) => a.id === id);
    assert.equal(tagged?.author, 'Ana Desk');
    const at = editor.document.getText().indexOf('Harbour Board');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', textFile, editor.document.positionAt(at));
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (content instanceof vscode.MarkdownString ? content.value : ''))
      .join('\n');
    assert.match(text, /by Ana Desk/);
  });

  itWithShell('without the setting, records the git user.name of the repository holding the file', 'runs git in a shell', async () => {
    await settings().update('author', '', vscode.ConfigurationTarget.Global);
    git('init', '-q');
    git('config', 'user.name', 'Bjørn Kaiside');
    const api = vscode.extensions.getExtension<{ getAPI(v: 1): { openRepository(root: vscode.Uri): Promise<unknown> } }>('vscode.git');
    assert.ok(api, 'the built-in git extension is present in the test VS Code');
    const exports = api.isActive ? api.exports : await api.activate();
    assert.ok(await exports.getAPI(1).openRepository(folder), 'git opens the new repository');
    assert.deepEqual(await internal('getAuthor', { uri: textFile.toString() }), { name: 'Bjørn Kaiside', source: 'git' });
    await select(editor, 'Ines Halvorsen');
    const [id] = await run<string[]>('tagEntity', { type: 'person' });
    assert.equal((await annotations()).find((a) => a.id === id)?.author, 'Bjørn Kaiside');
  });

  itWithShell('records no author outside a repository when the setting is empty', 'builds on the git identity test before it', async () => {
    const outside = await internal<{ name?: string; source: string }>('getAuthor', { uri: workspaceFile('short-briefing.txt').toString() });
    assert.deepEqual(outside, { source: 'none' });
  });

  itWithShell(
    'says whose each annotation is in the Annotations view once a file has several authors, and filters by author',
    'builds on the git identity test before it',
    async () => {
      await waitFor(async () => JSON.stringify(await documentItem()).includes('Bjørn Kaiside'), 'the view to show both authors');
      const entities = (await documentItem())?.children?.find((item) => item.label === 'Entities');
      assert.deepEqual(
        entities?.children?.map((item) => `${item.label} (${item.description})`),
        ['Varnholm Harbour Board (organization · accepted · Ana Desk)', 'Ines Halvorsen (person · accepted · Bjørn Kaiside)'],
      );
      await run('filterAnnotations', { authors: ['Bjørn Kaiside'] });
      const filtered = (await documentItem())?.children?.find((item) => item.label === 'Entities');
      assert.deepEqual(
        filtered?.children?.map((item) => item.label),
        ['Ines Halvorsen'],
      );
      // Sidecars with errors stay listed whatever the filter, so they are never overlooked.
      const others = (await internal<Item[]>('getAnnotationTree')).filter((item) => item.description !== 'sidecar has errors').map((item) => item.label);
      assert.deepEqual(others, ['team/ferry-dispute.transcript'], 'files by other authors are hidden');
      await run('filterAnnotations', { authors: [''] });
      assert.equal(await documentItem(), undefined, 'no annotation of this file lacks an author');
    },
  );
});

import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadRegistry } from '../../src/core/registry';
import { waitFor, internal } from './util';
import {
  event,
  read,
  registryFile,
  restoreWorkspace,
  run,
  sidecarOf,
  snapshotWorkspace,
  storedAnnotations,
  WorkspaceSnapshot,
  write,
} from './registry-workspace';

const registryDiagnostics = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(registryFile);

async function registryOnDisk() {
  const { registry } = loadRegistry(await read(registryFile));
  assert.ok(registry, 'the registry on disk is valid');
  return registry;
}

async function hoverAt(uri: vscode.Uri, text: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const position = document.positionAt(document.getText().indexOf(text) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (content instanceof vscode.MarkdownString ? content.value : ''))
    .join('\n');
}

describe('Entity registry', () => {
  let snapshot: WorkspaceSnapshot;

  before(async () => {
    snapshot = await snapshotWorkspace();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreWorkspace(snapshot);
  });

  it('renames an entity in the registry only, and hover cards show the new name on every mention', async () => {
    const sidecarsBefore = await Promise.all(Object.values(event).map((uri) => read(sidecarOf(uri))));
    const outcome = await run<{ id: string; name: string }>('renameEntity', { entity: 'Sigrid Lindqvist', name: 'Sigrid M. Lindqvist' });
    assert.deepEqual(outcome, { id: 'sigrid-lindqvist', name: 'Sigrid M. Lindqvist' });
    const entity = (await registryOnDisk()).entities.find((candidate) => candidate.id === 'sigrid-lindqvist');
    assert.deepEqual([entity?.name, entity?.aliases], ['Sigrid M. Lindqvist', ['Lindqvist']]);
    assert.deepEqual(await Promise.all(Object.values(event).map((uri) => read(sidecarOf(uri)))), sidecarsBefore, 'mentions refer to the id, which stays');
    const card = await hoverAt(event.meridian, 'Sigrid Lindqvist');
    assert.ok(card.includes('Canonical entity **Sigrid M\\. Lindqvist** (sigrid\\-lindqvist)'), card);
    const view = JSON.stringify(await internal('getAnnotationTree'));
    assert.ok(
      view.includes('{"label":"Sigrid Lindqvist","description":"Sigrid M. Lindqvist · accepted"}'),
      'the Annotations view names the entity by its registry name',
    );
  });

  it('merges one entity into another, pointing every mention in every sidecar at the one that stays', async () => {
    const outcome = await run<{ from: string; into: string; files: string[]; mentions: number }>('mergeEntities', {
      from: 'prime-minister-abadie',
      into: 'Jean-Luc Abadie',
    });
    assert.deepEqual([outcome.from, outcome.into, outcome.mentions], ['prime-minister-abadie', 'jean-luc-abadie', 2]);
    assert.deepEqual(outcome.files.sort(), [event.meridian.toString(), event.northern.toString()].sort());
    for (const uri of [event.meridian, event.northern]) {
      const mention = (await storedAnnotations(uri)).find((annotation) => annotation['quote'] === 'Prime Minister Abadie');
      assert.equal(mention?.['entity'], 'jean-luc-abadie', vscode.workspace.asRelativePath(uri));
      assert.ok(!(await read(sidecarOf(uri))).includes('prime-minister-abadie'));
    }
    const registry = await registryOnDisk();
    assert.equal(
      registry.entities.find((entity) => entity.id === 'prime-minister-abadie'),
      undefined,
      'the merged entity leaves the registry',
    );
    assert.deepEqual(registry.entities.find((entity) => entity.id === 'jean-luc-abadie')?.aliases, ['Abadie', 'the prime minister', 'Prime Minister Abadie']);
  });

  it('adds the selected text as an alias of the entity given', async () => {
    const editor = await vscode.window.showTextDocument(event.wvpr);
    const at = editor.document.getText().indexOf('Prime Minister Jean-Luc Abadie');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Prime Minister Jean-Luc Abadie'.length));
    const outcome = await run<{ id: string; aliases: string[] }>('addAlias', { entity: 'jean-luc-abadie' });
    assert.deepEqual(outcome, { id: 'jean-luc-abadie', aliases: ['Abadie', 'the prime minister', 'Prime Minister Jean-Luc Abadie'] });
    assert.deepEqual((await registryOnDisk()).entities.find((entity) => entity.id === 'jean-luc-abadie')?.aliases, outcome.aliases);
  });

  it('tags the untagged mentions of an entity in one file as proposed', async () => {
    const outcome = await run<{ created: number; files: string[] }>('tagAllMentions', {
      entity: 'Sigrid Lindqvist',
      scope: 'file',
      uri: event.meridian.toString(),
    });
    assert.deepEqual([outcome.created, outcome.files], [1, [event.meridian.toString()]]);
    const lindqvist = (await storedAnnotations(event.meridian)).filter((annotation) => annotation['entity'] === 'sigrid-lindqvist');
    assert.deepEqual(
      lindqvist.map((annotation) => [annotation['quote'], annotation['status']]),
      [
        ['Sigrid Lindqvist', 'accepted'],
        ['Lindqvist', 'proposed'],
      ],
    );
  });

  it('tags the mentions of an entity across the workspace, names and aliases alike, skipping invalid sidecars', async () => {
    const outcome = await run<{ created: number; files: string[]; skipped: string[] }>('tagAllMentions', { entity: 'jean-luc-abadie', scope: 'workspace' });
    assert.ok(outcome.files.includes(event.wvpr.toString()) && outcome.files.includes(event.northern.toString()), outcome.files.join(', '));
    assert.ok(
      outcome.skipped.some((reason) => reason.includes('refused.txt')),
      outcome.skipped.join('; '),
    );
    const created = (await storedAnnotations(event.northern)).filter((annotation) => annotation['status'] === 'proposed');
    assert.deepEqual(
      created.map((annotation) => [annotation['quote'], annotation['entity'], annotation['type']]),
      [['the prime minister', 'jean-luc-abadie', 'person']],
    );
  });

  it('shows the problems of a broken registry at their line and column, and refuses to change it', async () => {
    const broken = 'version: 1\nentities:\n  - id: Jean Luc\n    name: Jean-Luc Abadie\n    type: person\n';
    await write(registryFile, broken);
    await waitFor(() => registryDiagnostics().length > 0, 'a diagnostic on the broken registry');
    const [first] = registryDiagnostics();
    assert.deepEqual([first?.range.start.line, first?.range.start.character, first?.severity], [2, '  - id: '.length, vscode.DiagnosticSeverity.Error]);
    assert.match(first?.message ?? '', /lowercase id/);
    assert.equal(await run('renameEntity', { entity: 'sigrid-lindqvist', name: 'Someone Else' }), undefined);
    assert.equal(await read(registryFile), broken, 'an invalid registry is never overwritten');
    await write(registryFile, snapshot.files.get(registryFile.toString()) ?? '');
    await waitFor(() => registryDiagnostics().length === 0, 'the diagnostics to clear');
  });

  it('shows registry problems live while it is edited, leaves it alone meanwhile, and shows those on disk once the edit is reverted', async () => {
    const editor = await vscode.window.showTextDocument(registryFile);
    await editor.edit((builder) => builder.insert(new vscode.Position(1, 0), 'owner: desk\n'));
    await waitFor(
      () => registryDiagnostics().some((diagnostic) => diagnostic.message.includes('unknown key "owner"')),
      'a live diagnostic on the unsaved edit',
    );
    assert.equal(registryDiagnostics()[0]?.range.start.line, 1);
    const onDisk = await read(registryFile);
    assert.equal(await run('addAlias', { entity: 'jean-luc-abadie', alias: 'PM Abadie' }), undefined, 'no write under unsaved edits');
    assert.equal(await read(registryFile), onDisk);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => registryDiagnostics().length === 0, 'the live diagnostic to clear');
  });
});

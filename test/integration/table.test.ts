import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile, internal } from './util';

interface Row {
  uri: string;
  id: string;
  kind: string;
  type: string;
  text: string;
  by: string;
  entity: string;
  status: string;
  author: string;
  file: string;
  line: number;
}
interface Model {
  scope: string;
  rows: Row[];
}

const textFile = workspaceFile('firsthour/dock-vote.txt');
const sidecarFile = workspaceFile('firsthour/dock-vote.txt.annotations.yaml');
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const sidecarText = (): Thenable<string> =>
  vscode.workspace.fs.readFile(sidecarFile).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => '',
  );
const statusesOnDisk = async (): Promise<string[]> => [...(await sidecarText()).matchAll(/^ {4}status: (\w+)$/gm)].map((match) => match[1] as string);

describe('Annotations table', () => {
  let editor: vscode.TextEditor;
  let claimId: string;
  let entityId: string;

  before(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    if (await sidecarText()) await vscode.workspace.fs.delete(sidecarFile);
    await run('tagSpeakerTurns');
    const select = (text: string): void => {
      const at = editor.document.getText().indexOf(text);
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
    };
    select('Teodora Brandt');
    [entityId] = (await run<string[]>('tagEntity', { type: 'person', entity: 'Teodora Brandt', status: 'proposed' })) as [string];
    select('only 900 shifts would change');
    [claimId] = (await run<string[]>('tagClaim', { by: 'Kasimir Odele', claimType: 'statistic', status: 'proposed' })) as [string];
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecarFile).then(undefined, () => undefined);
  });

  it('lists the file’s annotations with kind, type, text, who made it, entity, status, author, file and line, by name', async () => {
    await vscode.window.showTextDocument(editor.document);
    const model = await run<Model>('showAnnotationsTable', { scope: 'file' });
    assert.equal(model.scope, 'file');
    const claim = model.rows.find((row) => row.id === claimId);
    assert.deepEqual(claim && [claim.kind, claim.type, claim.text, claim.by, claim.status, claim.file, claim.line], [
      'claim',
      'statistic',
      'only 900 shifts would change',
      'Kasimir Odele',
      'proposed',
      'firsthour/dock-vote.txt',
      14,
    ]);
    const entity = model.rows.find((row) => row.id === entityId);
    assert.deepEqual(entity && [entity.kind, entity.type, entity.entity, entity.line], ['entity', 'person', 'Teodora Brandt', 10]);
    assert.equal(model.rows.length, 6, 'four speaker labels, the entity and the claim');
    assert.ok(model.rows.every((row) => row.uri === textFile.toString()));
  });

  it('lists every annotated file of the workspace, with each annotation’s author', async () => {
    const model = await run<Model>('showAnnotationsTable', { scope: 'workspace' });
    assert.equal(model.scope, 'workspace');
    const files = new Set(model.rows.map((row) => row.file));
    assert.ok(files.has('firsthour/dock-vote.txt') && files.has('review/harbor-call-in.txt'), [...files].join(', '));
    assert.ok(model.rows.some((row) => row.file === 'review/harbor-call-in.txt' && row.author === 'desk-ana'));
  });

  it('rejects the selected rows in one undoable change per file', async () => {
    await run('showAnnotationsTable', { scope: 'file' });
    const before = await statusesOnDisk();
    const outcome = await internal<{ changed: number; files: string[] }>('sendAnnotationsTableMessage', {
      type: 'bulk',
      action: 'reject',
      rows: [
        { uri: textFile.toString(), id: claimId },
        { uri: textFile.toString(), id: entityId },
      ],
    });
    assert.deepEqual(outcome, { changed: 2, files: [textFile.toString()] });
    assert.equal((await statusesOnDisk()).filter((status) => status === 'rejected').length, 2);
    await waitFor(
      async () => (await internal<Model>('getAnnotationsTable')).rows.filter((row) => row.status === 'rejected').length === 2,
      'the table to show the new statuses',
    );
    await vscode.window.showTextDocument(editor.document);
    await run('undo');
    assert.deepEqual(await statusesOnDisk(), before, 'one undo takes the whole batch back');
  });

  it('removes selected rows, unlinking the claims attributed to a removed speaker', async () => {
    const byId = /^ {4}by: (\w+)$/m.exec(await sidecarText())?.[1];
    // The table refreshes from the store after the undo above wrote the sidecar: read it once it has.
    let speaker: Model['rows'][number] | undefined;
    await waitFor(
      async () => (speaker = (await internal<Model>('getAnnotationsTable')).rows.find((row) => row.id === byId)) !== undefined,
      'the table to list the speaker again',
    );
    assert.deepEqual([speaker?.kind, speaker?.by], ['speaker', 'Kasimir Odele']);
    assert.ok(speaker);
    await internal('sendAnnotationsTableMessage', { type: 'bulk', action: 'remove', rows: [{ uri: textFile.toString(), id: speaker.id }] });
    const after = await sidecarText();
    assert.ok(!after.includes(`id: ${speaker.id}`) && !after.includes(`by: ${speaker.id}`), after);
    await vscode.window.showTextDocument(editor.document);
    await run('undo');
  });

  it('ignores messages of any other shape, and rows the table is not showing', async () => {
    const before = await sidecarText();
    const forged = [
      { type: 'bulk', action: 'reject', rows: [{ uri: textFile.toString(), id: claimId }], extra: 1 },
      { type: 'bulk', action: 'delete', rows: [{ uri: textFile.toString(), id: claimId }] },
      { type: 'bulk', action: 'reject', rows: [{ uri: textFile.toString(), id: '../../etc' }] },
      { type: 'bulk', action: 'reject', rows: [] },
      { type: 'bulk', action: 'reject', rows: [{ uri: workspaceFile('review/harbor-call-in.txt').toString(), id: 'hveclaim' }] },
      'reject everything',
    ];
    for (const message of forged) {
      const outcome = await internal<{ changed: number } | undefined>('sendAnnotationsTableMessage', message);
      assert.ok(outcome === undefined || outcome.changed === 0, JSON.stringify(message));
    }
    assert.equal(await sidecarText(), before);
  });

  it('reveals the clicked row’s annotation in its file', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await internal('sendAnnotationsTableMessage', { type: 'reveal', uri: textFile.toString(), id: claimId });
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === textFile.toString(), 'the text to open');
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.getText(active.selection), 'only 900 shifts would change');
  });
});

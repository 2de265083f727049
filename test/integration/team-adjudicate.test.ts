import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { itWithShell } from './host';
import { waitFor, workspaceFile, internal } from './util';

interface Snapshot {
  with: string;
  counts: Record<'agree' | 'differ' | 'only-mine' | 'only-theirs', number>;
  open: number;
  items: Array<{ status: string; open: boolean; mine?: string; theirs?: string; fields: string[] }>;
}
interface Item {
  label: string;
  description?: string;
  children?: Item[];
}

const folder = workspaceFile('adjudication');
const shift = workspaceFile('adjudication/harbour-shift.txt');
const sidecar = workspaceFile('adjudication/harbour-shift.txt.annotations.yaml');
const other = 'adjudication/other/harbour-shift.txt.annotations.yaml';
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const uri = shift.toString();

async function annotations(): Promise<Array<{ id: string; kind: string; type?: string; status: string; speaker?: string; note?: string; by?: string }>> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
  const list: Array<Record<string, string>> = [];
  for (const line of text.split('\n')) {
    const m = /^ {2}- id: (\S+)$/.exec(line) ?? /^ {4}(\w+): (.*)$/.exec(line);
    if (!m) continue;
    if (line.startsWith('  - ')) list.push({ id: m[1] as string });
    else (list[list.length - 1] as Record<string, string>)[m[1] as string] = (m[2] as string).replace(/^"|"$/g, '');
  }
  return list as never;
}

async function disagreementsGroup(): Promise<Item | undefined> {
  const tree = await internal<Item[]>('getAnnotationTree');
  return tree.find((d) => d.label === 'adjudication/harbour-shift.txt')?.children?.find((g) => g.label === 'Disagreements');
}

async function hoverAt(quote: string): Promise<vscode.MarkdownString[]> {
  const document = await vscode.workspace.openTextDocument(shift);
  const position = document.positionAt(document.getText().indexOf(quote) + 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', shift, position);
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('mine against'));
}

describe('Team: adjudication (Compare Annotations With...)', () => {
  before(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(shift));
  });

  afterEach(async () => {
    await run('endComparison', { uri });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('compares with another sidecar: agreements, differences, the view group and a diff-like hover', async () => {
    const shown = await run<Snapshot>('compareAnnotations', { with: other });
    assert.equal(shown.with, other);
    assert.deepEqual(shown.counts, { agree: 2, differ: 1, 'only-mine': 1, 'only-theirs': 1 });
    const differ = shown.items.find((i) => i.status === 'differ');
    assert.deepEqual([differ?.mine, differ?.theirs, differ?.fields], ['mport001', 'tport001', ['type', 'note']]);
    assert.equal(shown.open, 3);
    // Code point offsets after an emoji, drawn at the right UTF-16 columns.
    const drawn = (await internal<{ highlights?: Record<string, string[]> }>('getComparison', { uri })).highlights;
    assert.deepEqual(drawn, { agree: ['2:3-2:19', '6:0-6:7'], differ: ['4:25-4:48'], 'only-mine': ['6:8-6:45'], 'only-theirs': ['4:0-4:5'] });

    const group = await disagreementsGroup();
    assert.equal(group?.description, `3 · with ${other}`);
    assert.deepEqual(
      group?.children?.map((c) => `${c.label} | ${c.description ?? ''}`),
      [
        'HOST: | speaker · only theirs',
        'Varnholm Port Authority | entity · differs in type, note',
        'About 1,150 people have been detained | claim · only mine',
      ],
    );

    const [card] = await hoverAt('Varnholm Port Authority');
    assert.ok(card, 'a comparison hover over the disagreement');
    assert.match(card.value, /```diff\n- mine {4}entity organization “Varnholm Port Authority” 79–102 · by Ama Boateng\n\+ theirs {2}entity location/);
    assert.deepEqual((card.isTrusted as { enabledCommands: string[] }).enabledCommands, [
      'transcriptAnnotator.keepMine',
      'transcriptAnnotator.takeTheirs',
      'transcriptAnnotator.keepBoth',
    ]);
    // Their note carries HTML and a command link: it stays inside the code block, where it is text.
    const outside = card.value.replace(/```diff\n[\s\S]*?\n```/g, '');
    assert.ok(!outside.includes('workbench.action.quit') && !outside.includes('<b>'), outside);
    assert.match(outside, /\[Take Theirs\]\(command:transcriptAnnotator\.takeTheirs\?/);
    assert.deepEqual(await hoverAt('Dockworkers'), [], 'no comparison hover outside compared annotations');
  });

  it('Take Theirs replaces mine under my id as one undoable change', async () => {
    await run('compareAnnotations', { with: other });
    const after = await run<Snapshot>('takeTheirs', { uri, id: 'tport001' });
    assert.equal(after.counts.differ, 0);
    const port = (await annotations()).find((a) => a.id === 'mport001');
    assert.deepEqual([port?.type, port?.note?.startsWith('Port <b>')], ['location', true]);
    assert.equal(await run('undo', { uri }), 'Take Theirs');
    const restored = (await annotations()).find((a) => a.id === 'mport001');
    assert.deepEqual([restored?.type, restored?.note], ['organization', undefined]);
    const again = await internal<Snapshot>('getComparison', { uri });
    assert.equal(again.counts.differ, 1, 'the disagreement is back after Undo');
  });

  it('Keep Both adds theirs beside mine; Keep Mine settles without writing; the group empties', async () => {
    await run('compareAnnotations', { with: other });
    const before = await annotations();
    let shown = await run<Snapshot>('keepBoth', { uri, id: 'mport001' });
    const both = (await annotations()).filter((a) => a.type === 'organization' || a.type === 'location').map((a) => `${a.id} ${a.type}`);
    assert.deepEqual(both.sort(), ['mport001 organization', 'tport001 location']);
    assert.equal(shown.open, 2);
    // Without an id, the commands act on the compared annotation at the cursor (as their keybindings do).
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(shift));
    const host = editor.document.positionAt(editor.document.getText().indexOf('HOST:') + 1);
    editor.selection = new vscode.Selection(host, host);
    shown = await run<Snapshot>('keepBoth', { uri });
    assert.ok((await annotations()).some((a) => a.id === 'thost001' && a.speaker === 'Host'));
    const written = await annotations();
    shown = await run<Snapshot>('keepMine', { uri, id: 'mfig0001' });
    assert.deepEqual(await annotations(), written, 'Keep Mine writes nothing');
    assert.equal(shown.open, 0);
    assert.equal(await disagreementsGroup(), undefined, 'nothing left to settle');
    assert.equal(await run('undo', { uri }), 'Keep Both');
    assert.equal(await run('undo', { uri }), 'Keep Both');
    assert.deepEqual(await annotations(), before);
  });

  it('Accept All Agreements accepts every agreed annotation in one step', async () => {
    await run('compareAnnotations', { with: other });
    await run('acceptAllAgreements', { uri });
    const statuses = (await annotations()).map((a) => `${a.id} ${a.status}`);
    assert.deepEqual(statuses, ['mkofi001 accepted', 'mport001 proposed', 'mokon001 accepted', 'mfig0001 proposed']);
    assert.equal(await run('undo', { uri }), 'Accept All Agreements');
    assert.ok((await annotations()).every((a) => a.status === 'proposed'));
  });

  it('End Comparison removes the group and the comparison; the sidecar stays', async () => {
    await run('compareAnnotations', { with: other });
    assert.ok(await disagreementsGroup());
    assert.equal(await run('endComparison', { uri }), true);
    assert.equal(await disagreementsGroup(), undefined);
    assert.equal(await internal('getComparison', { uri }), undefined);
    const before = await annotations();
    assert.equal(await run('takeTheirs', { uri, id: 'tport001' }), undefined, 'refused: nothing is compared');
    assert.deepEqual(await annotations(), before);
  });

  it('ends when the text is edited, and refuses a side whose text differs', async () => {
    await run('compareAnnotations', { with: other });
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(shift));
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED ')));
    assert.equal(await internal('getComparison', { uri }), undefined, 'offsets of the other side no longer fit');
    assert.equal(await run('compareAnnotations', { with: other }), undefined, 'the texts differ');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(editor.document.isDirty, false);
    assert.equal((await run<Snapshot>('compareAnnotations', { with: other })).counts.agree, 2);
  });

  it('shows nothing to settle and changes nothing while my sidecar is invalid', async () => {
    await run('compareAnnotations', { with: other });
    const good = await vscode.workspace.fs.readFile(sidecar);
    const broken = new TextEncoder().encode(new TextDecoder().decode(good).replace('version: 1', 'version: [1'));
    await vscode.workspace.fs.writeFile(sidecar, broken);
    await waitFor(
      async () => (await internal<Snapshot | undefined>('getComparison', { uri }))?.items.length === 0,
      'the comparison emptied by the invalid sidecar',
    );
    assert.equal(await disagreementsGroup(), undefined);
    assert.equal(await run('takeTheirs', { uri, id: 'tport001' }), undefined);
    assert.equal(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)),
      new TextDecoder().decode(broken),
      'an invalid sidecar is never overwritten',
    );
    await vscode.workspace.fs.writeFile(sidecar, good);
    await waitFor(async () => (await internal<Snapshot | undefined>('getComparison', { uri }))?.counts.differ === 1, 'the comparison back with the sidecar');
  });

  itWithShell('compares with the same file at a git revision, read through the git extension', 'runs git in a shell', async () => {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: folder.fsPath, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Desk');
    git('config', 'user.email', 'desk@example.org');
    git('add', '-A');
    git('commit', '-q', '-m', 'First pass');
    const extension = vscode.extensions.getExtension<{ getAPI(v: 1): { openRepository(root: vscode.Uri): Promise<unknown> } }>('vscode.git');
    assert.ok(extension);
    assert.ok(await (extension.isActive ? extension.exports : await extension.activate()).getAPI(1).openRepository(folder));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(shift));
    await run('removeAnnotation', { uri, id: 'mkofi001' });
    const shown = await run<Snapshot>('compareAnnotations', { ref: 'main' });
    assert.deepEqual([shown.with, shown.counts], ['main', { agree: 3, differ: 0, 'only-mine': 0, 'only-theirs': 1 }]);
    await run('takeTheirs', { uri, id: 'mkofi001' });
    const kofi = (await annotations()).find((a) => a.id === 'mkofi001');
    assert.deepEqual([kofi?.type, kofi?.status], ['person', 'proposed'], 'taken back under its own id, which is free again');
    assert.equal((await internal<Snapshot>('getComparison', { uri })).counts.agree, 4);
    await run('endComparison', { uri });
    assert.equal(await run('compareAnnotations', { ref: 'no-such-branch' }), undefined, 'no sidecar at that revision: an error, no comparison');
    assert.equal(await internal('getComparison', { uri }), undefined);
  });
});

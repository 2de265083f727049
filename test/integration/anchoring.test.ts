import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decoratedTexts, Ranges, waitFor, workspaceFile, internal } from './util';

const textFile = workspaceFile('anchor/river-report.txt');
const sidecarFile = workspaceFile('anchor/river-report.txt.annotations.yaml');
const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, content: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));

let editor: vscode.TextEditor;

const decorated = (): Promise<Record<keyof Ranges, string[]>> => decoratedTexts(editor.document);

/** Waits for the debounced highlights to show `expected` claims. */
async function claimsBecome(expected: string[]): Promise<void> {
  await waitFor(
    async () => JSON.stringify((await decorated()).claim) === JSON.stringify(expected),
    `claims ${JSON.stringify(expected)}; got ${JSON.stringify((await decorated()).claim)}`,
  );
}

async function insertAt(quote: string, offsetInQuote: number, text: string): Promise<void> {
  const at = editor.document.getText().indexOf(quote) + offsetInQuote;
  await editor.edit((builder) => builder.insert(editor.document.positionAt(at), text));
}

async function deleteText(quote: string): Promise<void> {
  const at = editor.document.getText().indexOf(quote);
  await editor.edit((builder) => builder.delete(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + quote.length))));
}

/** The sidecar's annotations on disk (quote, orphaned, and whether the offsets cover the quote in the text file). */
async function stored(): Promise<Array<{ quote: string; orphaned: boolean; covers: boolean }>> {
  const points = Array.from((await read(textFile)).replace(/\r\n?/g, '\n'));
  const items = (await read(sidecarFile)).split('\n  - ').slice(1);
  return items.map((item) => {
    const start = Number(/\n {4}start: (\d+)/.exec(item)?.[1]);
    const end = Number(/\n {4}end: (\d+)/.exec(item)?.[1]);
    const raw = /\n {4}quote: (.*)/.exec(item)?.[1] ?? '';
    const quote = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
    const orphaned = /\n {4}orphaned: true/.test(item);
    return { quote, orphaned, covers: points.slice(start, end).join('') === quote };
  });
}

/** As stored(), asserting that every placed annotation's offsets cover its quote in the text. */
async function storedQuotesMatchText(): Promise<Array<{ quote: string; orphaned: boolean }>> {
  const annotations = await stored();
  for (const annotation of annotations) if (!annotation.orphaned) assert.ok(annotation.covers, `the stored offsets cover ${annotation.quote}`);
  return annotations;
}

const original = ['Police say they detained 1,200 people', 'the real number is 2,000', 'The ministry is wrong'];

describe('Anchoring while the text changes', () => {
  let sidecarBefore: string;
  let textBefore: string;

  before(async () => {
    sidecarBefore = await read(sidecarFile);
    textBefore = await read(textFile);
  });

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    await claimsBecome(original);
  });

  afterEach(async () => {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await write(textFile, textBefore);
    // A sidecar the test saved no longer matches the restored text, so the extension re-anchors
    // it (as it should) and could write it after the sidecar is restored here: restore it once
    // the sidecar on disk matches the text again.
    await waitFor(async () => (await stored()).every((a) => a.orphaned || a.covers), 'the sidecar to match the restored text');
    await write(sidecarFile, sidecarBefore);
    await waitFor(async () => editor.document.getText() === textBefore && !editor.document.isDirty, 'the original text');
  });

  it('moves and resizes annotations with insertions before, inside and after them, and writes them only on save', async () => {
    await insertAt('Police say', 0, 'Late on Monday, ');
    await insertAt('detained 1,200', 'detained '.length, 'about ');
    await insertAt('The ministry is wrong', 'The ministry is wrong'.length, ', she said');
    await claimsBecome(['Police say they detained about 1,200 people', 'the real number is 2,000', 'The ministry is wrong']);
    assert.equal(await read(sidecarFile), sidecarBefore, 'nothing is written before the text is saved');
    await editor.document.save();
    await waitFor(async () => (await read(sidecarFile)) !== sidecarBefore, 'the sidecar to follow the save');
    const annotations = await storedQuotesMatchText();
    assert.ok(annotations.some((a) => a.quote === 'Police say they detained about 1,200 people'));
  });

  it('follows a multi-cursor edit that changes several places at once', async () => {
    const text = editor.document.getText();
    const positions = ['Police say', 'the real number', 'The ministry'].map((quote) => editor.document.positionAt(text.indexOf(quote)));
    await editor.edit((builder) => {
      for (const position of positions) builder.insert(position, '>> ');
    });
    await claimsBecome(original);
    await vscode.commands.executeCommand('undo');
    await claimsBecome(original);
    assert.equal(editor.document.getText(), text);
  });

  it('orphans an annotation whose text is deleted and restores it exactly on undo', async () => {
    const before = await internal<Ranges>('getDecorations');
    await deleteText('the real number is 2,000');
    await claimsBecome(['Police say they detained 1,200 people', 'The ministry is wrong']);
    await vscode.commands.executeCommand('undo');
    await claimsBecome(original);
    const after = await internal<Ranges>('getDecorations');
    assert.deepEqual(
      after.claim.map((r) => [r.start.line, r.start.character, r.end.character]),
      before.claim.map((r) => [r.start.line, r.start.character, r.end.character]),
    );
  });

  it('leaves the sidecar as it was when the edits are discarded', async () => {
    await insertAt('Police say', 0, 'Update: ');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await claimsBecome(original);
    assert.equal(await read(sidecarFile), sidecarBefore);
  });

  it('keeps a deleted annotation as orphaned on save, lists it, and re-attaches it to a new selection', async () => {
    await deleteText(' The ministry is wrong.');
    await editor.document.save();
    await waitFor(async () => (await stored()).some((a) => a.orphaned), 'the orphaned annotation in the sidecar');
    const orphan = (await storedQuotesMatchText()).find((a) => a.orphaned);
    assert.equal(orphan?.quote, 'The ministry is wrong', 'the orphan keeps its quote');
    const tree = JSON.stringify(await internal('getAnnotationTree'));
    assert.match(tree, /rphaned/);
    const at = editor.document.getText().indexOf('We counted every name');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'We counted every name'.length));
    const orphanItem = (await read(sidecarFile)).split('\n  - ').find((item) => item.includes('orphaned: true'));
    const id = /^id: (\w+)/.exec(orphanItem ?? '')?.[1];
    assert.ok(id, 'the orphan has an id');
    await vscode.commands.executeCommand('transcriptAnnotator.reattachAnnotation', { id });
    const annotations = await storedQuotesMatchText();
    assert.ok(!annotations.some((a) => a.orphaned));
    assert.ok(annotations.some((a) => a.quote === 'We counted every name'));
  });
});

describe('Anchoring when the text is replaced on disk', () => {
  const wire = workspaceFile('anchor/wire-update.txt');
  const wireSidecar = workspaceFile('anchor/wire-update.txt.annotations.yaml');

  it('finds moved annotations, marks approximate ones for review, keeps the rest, and says so once', async () => {
    const before = await read(wire);
    const edited = `CORRECTION: An earlier version misstated the ministry's figure.\n\n${before}`
      .replace('called the arrests a scandal', 'called the mass arrests a scandal')
      .replace('the port would reopen on Thursday', 'talks would resume next week');
    await write(wire, edited);
    await waitFor(async () => (await read(wireSidecar)).includes('reanchored'), 'the sidecar to be re-anchored', 20_000);
    const sidecar = await read(wireSidecar);
    const items = sidecar.split('\n  - ').slice(1);
    const claim = items.find((item) => item.includes('quote: called the mass arrests a scandal'));
    assert.ok(claim, 'the edited claim follows its edited text');
    assert.match(claim, /status: proposed/);
    assert.ok(
      items.some((item) => item.includes('orphaned: true') && item.includes('quote: the port would reopen on Thursday')),
      'the replaced claim is kept as orphaned',
    );
    assert.equal(items.length, 6, 'nothing is dropped');
    const points = Array.from(edited);
    const moved = items.find((item) => item.includes('quote: Interior Ministry'));
    const start = Number(/start: (\d+)/.exec(moved ?? '')?.[1]);
    assert.equal(points.slice(start, start + 'Interior Ministry'.length).join(''), 'Interior Ministry');
    // The summary is set just after the re-anchored sidecar is written: wait for it, not only for the file.
    let summary = '';
    await waitFor(
      async () => (summary = (await internal<string>('getLastReanchorSummary')) ?? '').includes('wire-update.txt'),
      'the re-anchoring summary of wire-update.txt',
    );
    assert.match(summary, /wire-update\.txt changed outside the editor: annotations 4 moved, 1 re-attached approximately \(marked for review\), 1 orphaned/);
  });
});

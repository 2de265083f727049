import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { contextAround, hashText, loadSidecar, normalizeText, serializeSidecar, sliceCodePoints, type Annotation } from '../../src/core';
import { decoratedTexts, waitFor, workspaceFile, internal } from './util';

const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, content: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: `${uri.path}.annotations.yaml` });

const moved = 'REYES: The chief engineer, Dorota Halloway, told me three of the panels near the old tannery buckled at about 10:52 p.m.\n\n';

/** The paragraph of the chief engineer cut from the middle and pasted after the last one. */
function moveFar(text: string): string {
  assert.ok(text.includes(moved));
  return `${text.replace(moved, '').trimEnd()}\n\n${moved.trimEnd()}\n`;
}

const fixFigure = (text: string): string => text.replace('5,500 homes', '8,500 homes');

/** Hard-wrapped at 40 columns, as a copy from a fixed-width page: spaces become line breaks. */
function rewrap(text: string): string {
  return text.replace(/[^\n]{1,40}(?: |$)/gm, (line) => (line.endsWith(' ') ? `${line.slice(0, -1)}\n` : line));
}

/** The sidecar's annotations by id, each checked to cover its quote in the text on disk. */
async function stored(uri: vscode.Uri): Promise<Map<string, Annotation>> {
  const text = await read(uri);
  const loaded = loadSidecar(await read(sidecarOf(uri)), text, { textFileName: uri.path.slice(uri.path.lastIndexOf('/') + 1) });
  assert.ok(loaded.sidecar, `the sidecar loads cleanly: ${JSON.stringify(loaded.problems)}`);
  for (const a of loaded.sidecar.annotations) {
    if (!a.orphaned) assert.equal(sliceCodePoints(normalizeText(text), a.start, a.end), a.quote, `the offsets of ${a.id} cover its quote`);
  }
  return new Map(loaded.sidecar.annotations.map((a) => [a.id, a]));
}

/** Waits until the sidecar on disk was re-anchored to the text on disk (or saved with it). */
async function sidecarFollows(uri: vscode.Uri, before: string): Promise<Map<string, Annotation>> {
  let last: Map<string, Annotation> | undefined;
  await waitFor(
    async () => {
      if ((await read(sidecarOf(uri))) === before) return false;
      last = await stored(uri);
      return true;
    },
    `the sidecar of ${vscode.workspace.asRelativePath(uri)} to follow its text`,
    20_000,
  );
  return last as Map<string, Annotation>;
}

function assertMovedExactly(annotations: Map<string, Annotation>, ids: string[]): void {
  for (const id of ids) {
    const a = annotations.get(id);
    assert.ok(a && !a.orphaned, `${id} is placed`);
    assert.equal(a.status, 'accepted', `${id} keeps its status`);
    assert.equal(a.attributes?.['reanchored'], undefined);
  }
}

function assertFigureReattached(annotations: Map<string, Annotation>): void {
  const claim = annotations.get('edit0003');
  assert.equal(claim?.quote, '8,500 homes had lost power', 'the whole corrected claim, both ends aligned');
  assert.equal(claim?.status, 'proposed');
  assert.match(String(claim?.attributes?.['reanchored']), /was "5,500 homes had lost power"/);
}

describe('Annotations follow editorial changes made on disk', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('keeps the annotations of a paragraph moved far down, in place and accepted, with the file open', async () => {
    const uri = workspaceFile('editorial/disk-move.txt');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(async () => (await decoratedTexts(editor.document)).entity.includes('Dorota Halloway'), 'the highlights');
    const before = await read(sidecarOf(uri));
    const edited = moveFar(await read(uri));
    await write(uri, edited);
    const annotations = await sidecarFollows(uri, before);
    assertMovedExactly(annotations, ['edit0001', 'edit0002', 'edit0004']);
    assert.ok((annotations.get('edit0002')?.start ?? 0) > Array.from(edited).length - moved.length, 'the name is in the last paragraph now');
    await waitFor(() => editor.document.getText() === edited, 'the editor to show the new text');
    // Drawn where the name is now, in the last paragraph.
    await waitFor(async () => {
      const ranges = await internal<{ entity: vscode.Range[] }>('getDecorations');
      return ranges.entity.some((r) => editor.document.offsetAt(r.start) === edited.indexOf('Dorota Halloway'));
    }, 'the highlight on the moved name');
  });

  it('re-attaches a claim whose figure was corrected with its whole new extent, for review', async () => {
    const uri = workspaceFile('editorial/disk-figure.txt');
    const before = await read(sidecarOf(uri));
    await write(uri, fixFigure(await read(uri)));
    const annotations = await sidecarFollows(uri, before);
    assertFigureReattached(annotations);
    assertMovedExactly(annotations, ['edit0001', 'edit0002', 'edit0004', 'edit0005']);
  });

  it('places every annotation of a re-wrapped text, those across a new line break for review with their whole extent', async () => {
    const uri = workspaceFile('editorial/disk-wrap.txt');
    const before = await read(sidecarOf(uri));
    const old = await stored(uri);
    await write(uri, rewrap(await read(uri)));
    const annotations = await sidecarFollows(uri, before);
    for (const [id, a] of annotations) {
      const was = old.get(id) as Annotation;
      assert.ok(!a.orphaned, `${id} is placed`);
      assert.equal(a.quote.replace(/\n/g, ' '), was.quote, `${id} covers all of its re-wrapped text`);
      assert.equal(a.status, a.quote === was.quote ? 'accepted' : 'proposed');
    }
  });
});

describe('Annotations follow editorial changes made in the editor', () => {
  let editor: vscode.TextEditor;

  async function open(name: string): Promise<vscode.Uri> {
    const uri = workspaceFile(`editorial/${name}`);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(async () => (await decoratedTexts(editor.document)).entity.includes('Dorota Halloway'), 'the highlights');
    return uri;
  }

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('keeps the annotations of a paragraph cut and pasted far down, accepted, when the text is saved', async () => {
    const uri = await open('live-move.txt');
    const before = await read(sidecarOf(uri));
    const text = editor.document.getText();
    const at = text.indexOf(moved);
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + moved.length))));
    const end = editor.document.positionAt(editor.document.getText().trimEnd().length);
    await editor.edit((b) => b.insert(end, `\n\n${moved.trimEnd()}`));
    assert.equal(editor.document.getText(), moveFar(text));
    await editor.document.save();
    const annotations = await sidecarFollows(uri, before);
    assertMovedExactly(annotations, ['edit0001', 'edit0002', 'edit0004']);
    await waitFor(async () => (await decoratedTexts(editor.document)).entity.includes('Dorota Halloway'), 'the name highlighted in its new place');
  });

  it('grows a claim over its corrected figure while editing, and saves its whole new extent', async () => {
    const uri = await open('live-figure.txt');
    const before = await read(sidecarOf(uri));
    const at = editor.document.getText().indexOf('5,500');
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 1)), '8'));
    await waitFor(async () => (await decoratedTexts(editor.document)).claim.includes('8,500 homes had lost power'), 'the claim over the corrected figure');
    await editor.document.save();
    const annotations = await sidecarFollows(uri, before);
    assert.equal(annotations.get('edit0003')?.quote, '8,500 homes had lost power');
    assertMovedExactly(annotations, ['edit0001', 'edit0002', 'edit0004', 'edit0005']);
  });

  it('keeps every annotation whole while the text is re-wrapped in the editor', async () => {
    const uri = await open('live-wrap.txt');
    const before = await read(sidecarOf(uri));
    const old = await stored(uri);
    const text = editor.document.getText();
    const wrapped = rewrap(text);
    // One edit per new line break, all at once, as a re-wrap command makes them.
    const breaks = [...wrapped].flatMap((c, i) => (c === '\n' && text[i] === ' ' ? [i] : []));
    await editor.edit((b) => {
      for (const i of breaks) b.replace(new vscode.Range(editor.document.positionAt(i), editor.document.positionAt(i + 1)), '\n');
    });
    assert.equal(editor.document.getText(), wrapped);
    await editor.document.save();
    const annotations = await sidecarFollows(uri, before);
    for (const [id, a] of annotations) assert.equal(a.quote.replace(/\n/g, ' '), old.get(id)?.quote, `${id} covers all of its re-wrapped text`);
    const claims = (await decoratedTexts(editor.document)).claim.map((q) => q.replace(/\n/g, ' '));
    assert.ok(claims.includes('three of the panels near the old tannery buckled'));
  });
});

describe('A text whose sidecar appears after VS Code started', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens as a transcript with its highlights at once, as after a git pull or an import', async () => {
    const uri = workspaceFile('late/pulled.txt');
    const text = 'REYES: The Red Cross told me 1,240 people checked in overnight.\n';
    const start = text.indexOf('1,240');
    const end = start + '1,240 people checked in overnight'.length;
    const claim: Annotation = {
      id: 'late0001',
      kind: 'claim',
      start,
      end,
      quote: text.slice(start, end),
      ...contextAround(text, start, end),
      claimType: 'statistic',
      status: 'accepted',
    };
    const sidecar = serializeSidecar({ version: 1, text: 'pulled.txt', textHash: hashText(text), annotations: [claim] });
    await vscode.workspace.fs.createDirectory(workspaceFile('late'));
    // Both files arrive on disk, the sidecar first, as a checkout writes them.
    await write(sidecarOf(uri), sidecar);
    await write(uri, text);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await waitFor(() => editor.document.languageId === 'transcript', 'the pulled file to open as a transcript');
    await waitFor(async () => (await decoratedTexts(editor.document)).claim.includes('1,240 people checked in overnight'), 'its highlights');
  });
});

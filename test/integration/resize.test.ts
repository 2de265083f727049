import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './util';

const textFile = workspaceFile('firsthour/ferry-strike.txt');
const sidecarFile = workspaceFile('firsthour/ferry-strike.txt.annotations.yaml');

/** The quote and id of each annotation on disk, in the canonical layout. */
async function stored(): Promise<Array<{ id: string; quote: string; start: number; end: number }>> {
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarFile));
  return [...source.matchAll(/ {2}- id: (\w+)\n(?: {4}.*\n)*? {4}start: (\d+)\n {4}end: (\d+)\n {4}quote: (.*)\n/g)].map((match) => ({
    id: match[1] as string,
    start: Number(match[2]),
    end: Number(match[3]),
    quote: (match[4] as string).startsWith('"') ? (JSON.parse(match[4] as string) as string) : (match[4] as string),
  }));
}

describe('Resizing an annotation', () => {
  let editor: vscode.TextEditor;
  let id: string;
  const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
  const quote = async (): Promise<string | undefined> => (await stored()).find((a) => a.id === id)?.quote;
  const select = (text: string): void => {
    const at = editor.document.getText().indexOf(text);
    assert.ok(at >= 0, text);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
  };

  before(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    select('Solheim');
    [id] = (await run<string[]>('tagEntity', { type: 'person' })) as [string];
    await waitFor(() => editor.document.languageId === 'transcript', 'the file to become a transcript');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecarFile).then(undefined, () => undefined);
  });

  it('resizes the annotation the selection overlaps to the selection, keeping its id, at exact code point offsets in a CRLF file', async () => {
    select('Ingrid Solheim-Vik');
    assert.equal(await run('resizeAnnotation'), id);
    const [annotation] = await stored();
    assert.deepEqual([annotation?.id, annotation?.quote], [id, 'Ingrid Solheim-Vik']);
    const points = Array.from(editor.document.getText().replace(/\r\n/g, '\n'));
    assert.equal(points.slice(annotation?.start, annotation?.end).join(''), 'Ingrid Solheim-Vik');
  });

  it('resizes the annotation given by id and uri to the selection', async () => {
    select('Harbour master Ingrid Solheim-Vik');
    assert.equal(await run('resizeAnnotation', { id, uri: textFile.toString() }), id);
    assert.equal(await quote(), 'Harbour master Ingrid Solheim-Vik');
  });

  it('grows and shrinks the annotation under the cursor by a word at either end, one undoable step each', async () => {
    select('Ingrid');
    editor.selection = new vscode.Selection(editor.selection.start, editor.selection.start);
    await run('shrinkAnnotationStart');
    assert.equal(await quote(), 'master Ingrid Solheim-Vik');
    await run('shrinkAnnotationStart');
    assert.equal(await quote(), 'Ingrid Solheim-Vik');
    await run('growAnnotationEnd');
    assert.equal(await quote(), 'Ingrid Solheim-Vik said');
    await run('shrinkAnnotationEnd');
    await run('shrinkAnnotationEnd');
    assert.equal(await quote(), 'Ingrid');
    await run('shrinkAnnotationEnd');
    assert.equal(await quote(), 'Ingrid', 'one word is left');
    await run('growAnnotationStart');
    assert.equal(await quote(), 'master Ingrid');
    await run('undo');
    assert.equal(await quote(), 'Ingrid');
  });

  it('binds the grow and shrink commands to keys under the extension’s chord', () => {
    const keys = (
      vscode.extensions.all.find((extension) => extension.id.endsWith('transcript-annotator'))?.packageJSON as {
        contributes: { keybindings: Array<{ command: string; key: string }> };
      }
    ).contributes.keybindings;
    const bound = new Map(keys.map((binding) => [binding.command, binding.key]));
    for (const command of ['resizeAnnotation', 'growAnnotationStart', 'growAnnotationEnd', 'shrinkAnnotationStart', 'shrinkAnnotationEnd']) {
      assert.match(bound.get(`transcriptAnnotator.${command}`) ?? '', /^ctrl\+alt\+a /, command);
    }
  });
});

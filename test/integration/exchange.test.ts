import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceFile } from './util';

interface ExportOutcome {
  files: string[];
  documents: number;
  warnings: string[];
}

interface ImportOutcome {
  added: number;
  skipped: number;
  unplaced: unknown[];
}

const source = workspaceFile('astral-crlf.txt');
const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const run = <T>(command: string, args: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);

describe('Export and import', () => {
  before(async () => {
    await vscode.window.showTextDocument(source);
  });

  const singleFile: Array<[string, string, (content: string) => void]> = [
    ['json', 'out/all.json', (content) => assert.equal(JSON.parse(content).documents[0].sidecar.annotations.length, 7)],
    ['jsonl', 'out/all.jsonl', (content) => assert.equal(content.trim().split('\n').length, 7)],
    ['csv', 'out/all.csv', (content) => assert.match(content, /^document,id,kind,type,start,end,text,/)],
    ['w3c', 'out/all.jsonld', (content) => assert.equal(JSON.parse(content).type, 'AnnotationCollection')],
    ['conll', 'out/all.conll', (content) => assert.match(content, /^-DOCSTART-/)],
  ];
  for (const [format, out, check] of singleFile) {
    it(`writes ${format} for this file to the path given as an argument`, async () => {
      const outcome = await run<ExportOutcome>('export', { scope: 'file', format, out });
      assert.equal(outcome.documents, 1);
      assert.deepEqual(outcome.files, [workspaceFile(out).toString()]);
      check(await read(workspaceFile(out)));
    });
  }

  it('writes brat as a normalised .txt and an .ann per document, at code point offsets', async () => {
    const outcome = await run<ExportOutcome>('export', { scope: 'file', format: 'brat', out: 'out/brat' });
    assert.ok(outcome.files.some((file) => file.endsWith('astral-crlf.ann')));
    const text = await read(workspaceFile('out/brat/astral-crlf.txt'));
    assert.ok(!text.includes('\r'), 'LF line ends');
    const points = Array.from(text);
    const ann = await read(workspaceFile('out/brat/astral-crlf.ann'));
    const emoji = ann.split('\n').find((line) => line.includes('Stand with the docks'));
    const [, , range] = /^(T\d+)\tClaim (\d+ \d+)\t/.exec(emoji ?? '') ?? [];
    const [start, end] = (range ?? '').split(' ').map(Number);
    assert.equal(points.slice(start, end).join(''), 'Stand with the docks \u{1F6A2}\u270A');
  });

  it('writes a markdown report per document', async () => {
    const outcome = await run<ExportOutcome>('export', { scope: 'file', format: 'markdown', out: 'out/md' });
    assert.equal(outcome.files.length, 1);
    assert.match(await read(vscode.Uri.parse(outcome.files[0]!)), /Sigrid Lindqvist/);
  });

  it('exports every annotated file of the workspace, skipping invalid sidecars with a warning', async () => {
    const outcome = await run<ExportOutcome>('export', { scope: 'workspace', format: 'jsonl', out: 'out/workspace.jsonl' });
    assert.ok(outcome.documents >= 3, `${outcome.documents} documents`);
    assert.ok(
      outcome.warnings.some((warning) => warning.includes('refused.txt')),
      'the invalid sidecar is named',
    );
  });

  it('rejects an unknown format with a clear error instead of writing anything', async () => {
    assert.equal(await run('export', { scope: 'file', format: 'docx', out: 'out/x.docx' }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('out/x.docx'))));
  });

  it('imports a brat export into another copy of the text, then skips every duplicate on a second import', async () => {
    await run('export', { scope: 'file', format: 'brat', out: 'out/brat' });
    const copy = workspaceFile('imported/astral-copy.txt');
    await vscode.workspace.fs.copy(source, copy, { overwrite: true });
    await vscode.window.showTextDocument(copy);
    const first = await run<ImportOutcome>('import', { format: 'brat', from: 'out/brat/astral-crlf.ann' });
    assert.deepEqual([first.added, first.skipped, first.unplaced.length], [7, 0, 0]);
    const sidecar = await read(workspaceFile('imported/astral-copy.txt.annotations.yaml'));
    assert.match(sidecar, /quote: "Stand with the docks 🚢✊"/);
    const second = await run<ImportOutcome>('import', { format: 'brat', from: 'out/brat/astral-crlf.ann' });
    assert.deepEqual([second.added, second.skipped], [0, 7]);
    await vscode.window.showTextDocument(source);
  });
});

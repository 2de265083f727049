/**
 * Exporting from VS Code with the default destination: files land in `exports/`, no source
 * text or sidecar changes (bytes and modification time), no editor closes, and a destination
 * over the sources is refused.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { snapshot } from './snapshot';
import { workspaceFile } from './util';

interface ExportOutcome {
  files: string[];
  documents: number;
}

const run = <T>(command: string, args: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const tabs = (): string[] =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs.map((tab) => (tab.input instanceof vscode.TabInputText ? tab.input.uri.toString() : tab.label)))
    .sort();

describe('Export safety in VS Code', () => {
  const sources = ['astral-crlf.txt', 'short-briefing.txt', 'event/coastal-radio-quay.txt'].map(workspaceFile);

  before(async () => {
    for (const uri of sources) await vscode.window.showTextDocument(uri, { preview: false });
  });

  it('writes brat and csv of the workspace to exports/ by default, changing no source and closing no editor', async () => {
    const before = await snapshot();
    assert.ok(before.size >= 6, `${before.size} source files`);
    const openTabs = tabs();
    const brat = await run<ExportOutcome>('export', { scope: 'workspace', format: 'brat' });
    const csv = await run<ExportOutcome>('export', { scope: 'workspace', format: 'csv' });
    const exports = workspaceFile('exports').toString();
    for (const file of [...brat.files, ...csv.files]) assert.ok(file.startsWith(exports + '/'), `${file} is in exports/`);
    assert.ok(
      brat.files.some((file) => file.endsWith('/exports/astral-crlf.txt')),
      'brat writes its normalised copies into exports/',
    );
    assert.ok(csv.files[0]?.endsWith('-annotations.csv'));
    assert.deepEqual(await snapshot(), before, 'no source text or sidecar changed, byte for byte or in its modification time');
    assert.deepEqual(tabs(), openTabs, 'every editor is still open');
  });

  it('rewrites an export open in an editor in place, keeping its editor', async () => {
    const csv = await run<ExportOutcome>('export', { scope: 'workspace', format: 'csv' });
    const exported = vscode.Uri.parse(csv.files[0] as string);
    await vscode.window.showTextDocument(exported, { preview: false });
    const openTabs = tabs();
    await run<ExportOutcome>('export', { scope: 'workspace', format: 'csv' });
    assert.deepEqual(tabs(), openTabs);
    await vscode.window.showTextDocument(sources[0] as vscode.Uri);
  });

  it('refuses a destination over the sources, writing nothing', async () => {
    const before = await snapshot();
    // The command reports the refusal in an error message and returns nothing.
    assert.equal(await run('export', { scope: 'workspace', format: 'brat', out: '.' }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('annotation.conf'))), 'not even the files that would not clash are written');
    assert.equal(await run('export', { scope: 'file', format: 'json', out: 'short-briefing.txt.annotations.yaml' }), undefined);
    assert.equal(await run('exportClaimsBoard', { format: 'csv', out: 'entities.annotations.yaml' }), undefined);
    assert.deepEqual(await snapshot(), before);
  });

  it('exports the claims board CSV to exports/ with spreadsheet formulas neutralised', async () => {
    const outcome = await run<{ file: string }>('exportClaimsBoard', { format: 'csv', out: 'exports/board.csv' });
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(outcome.file)));
    assert.match(csv, /^question,conflict,document,id,by,claim,figures,compared,status,note\r\n/);
    for (const line of csv.split('\r\n').slice(1)) assert.doesNotMatch(line, /(^|,)[=+\-@]/, line);
  });
});

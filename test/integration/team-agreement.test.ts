import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { itWithShell } from './host';
import { waitFor, workspaceFile } from './util';

interface Row {
  kind: string;
  type?: string;
  a: number;
  b: number;
  exact: { matched: number };
  overlap: { matched: number };
  kappa: number | null;
}
interface Shown {
  request: { scope: string; ref?: string; with?: string };
  comparisons: Array<{
    a: string;
    b: string;
    report: { documents: number; rows: Row[]; entities: { compared: number; agreed: number } };
    skipped: Array<{ path: string; reason: string }>;
  }>;
}

const folder = workspaceFile('agreement');
const quay = workspaceFile('agreement/quay-night.txt');
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const rowOf = (rows: Row[], kind: string, type?: string): Row | undefined => rows.find((r) => r.kind === kind && r.type === type);
const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

function agreementTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('transcriptAnnotator.agreement'));
}

describe('Team: agreement report', () => {
  before(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(quay));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('compares this file with another sidecar and opens the report beside it', async () => {
    const shown = await run<Shown>('showAgreement', { scope: 'file', with: 'agreement/other/quay-night.txt.annotations.yaml' });
    const [c] = shown.comparisons;
    assert.deepEqual([c?.a, c?.b, c?.report.documents, c?.skipped], ['agreement/quay-night.txt', 'agreement/other/quay-night.txt.annotations.yaml', 1, []]);
    const rows = c?.report.rows ?? [];
    assert.deepEqual(
      [rowOf(rows, 'entity')?.a, rowOf(rows, 'entity')?.b, rowOf(rows, 'entity')?.exact.matched, rowOf(rows, 'entity')?.overlap.matched],
      [4, 3, 2, 2],
    );
    assert.deepEqual([rowOf(rows, 'claim')?.exact.matched, rowOf(rows, 'claim')?.overlap.matched], [0, 1], 'the shorter claim overlaps');
    // 58 tokens; po = 53/58; pe = (51 x 52 + 1 x 1 + 4 x 2) / 58^2.
    const po = 53 / 58;
    const pe = 2661 / 3364;
    assert.ok(Math.abs((rowOf(rows, 'entity')?.kappa ?? 0) - (po - pe) / (1 - pe)) < 1e-9);
    assert.deepEqual(c?.report.entities, { compared: 1, agreed: 1 });
    // The tab model reaches the extension host after the panel is created.
    await waitFor(() => agreementTabs().length === 1, 'the report panel beside the text');
  });

  it('compares the authors of one sidecar when neither a revision nor another sidecar is given', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('agreement/both-desks.txt')));
    const shown = await run<Shown>('showAgreement', { scope: 'file' });
    assert.deepEqual(
      shown.comparisons.map((c) => `${c.a} / ${c.b}`),
      ['Jonas Vik / Mira Holm'],
    );
    assert.equal(rowOf(shown.comparisons[0]?.report.rows ?? [], 'entity')?.exact.matched, 2);
    assert.equal(agreementTabs().length, 1, 'the same panel shows the new report');
  });

  itWithShell('compares the file with itself at a git revision, read through the git extension', 'runs git in a shell', async () => {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: folder.fsPath, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Desk');
    git('config', 'user.email', 'desk@example.org');
    git('add', '-A');
    git('commit', '-q', '-m', 'First pass');
    const extension = vscode.extensions.getExtension<{ getAPI(v: 1): { openRepository(root: vscode.Uri): Promise<unknown> } }>('vscode.git');
    assert.ok(extension);
    assert.ok(await (extension.isActive ? extension.exports : await extension.activate()).getAPI(1).openRepository(folder));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(quay));
    await run('rejectAnnotation', { uri: quay.toString(), id: 'amoen001' });
    const shown = await run<Shown>('showAgreement', { scope: 'file', ref: 'main' });
    const [c] = shown.comparisons;
    assert.deepEqual([c?.b, c?.skipped], ['main', []]);
    const person = rowOf(c?.report.rows ?? [], 'entity', 'person');
    assert.deepEqual([person?.a, person?.b, person?.exact.matched], [1, 2, 1], 'the rejected mention no longer counts on the working side');
    const unknown = await run<Shown>('showAgreement', { scope: 'file', ref: 'no-such-branch' });
    assert.match(unknown.comparisons[0]?.skipped[0]?.reason ?? '', /no sidecar at no-such-branch/);
  });

  it('exports the report as CSV with spreadsheet formulas defused, and as escaped Markdown', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(quay));
    await run('showAgreement', { scope: 'file', with: 'agreement/other/quay-night.txt.annotations.yaml' });
    await run('exportAgreement', { format: 'csv', out: 'agreement-out/report.csv' });
    const csv = await read(workspaceFile('agreement-out/report.csv'));
    assert.match(csv, /^a,b,kind,type,a_count,b_count,exact_matched,/);
    assert.ok(csv.includes("\r\nagreement/quay-night.txt,agreement/other/quay-night.txt.annotations.yaml,entity,'=organization,0,1,0,0,,0,"), csv);
    await run('exportAgreement', { format: 'markdown', out: 'agreement-out/report.md' });
    const md = await read(workspaceFile('agreement-out/report.md'));
    assert.match(md, /^## Agreement: agreement\/quay-night\.txt and agreement\/other\/quay-night\.txt\.annotations\.yaml\n/);
    assert.match(md, /\| entity\/=organization \| 0 \| 1 \|/);
  });

  it('refuses contradictory or malformed arguments with a clear message', async () => {
    const before = agreementTabs().length;
    assert.equal(await run('showAgreement', { ref: 'main', with: 'agreement/other' }), undefined);
    assert.equal(await run('showAgreement', { scope: 'everything' }), undefined);
    assert.equal(agreementTabs().length, before);
  });
});

import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile, internal } from './util';
import { event, question, read, restoreWorkspace, run, snapshotWorkspace, storedAnnotations, WorkspaceSnapshot } from './registry-workspace';

interface Row {
  key: string;
  uri: string;
  claimId: string;
  text: string;
  by?: string;
  compared?: { text: string };
  status: string;
  differs: boolean;
}

interface Board {
  groups: Array<{ question: string; conflict: boolean; kind?: string; sources: number; documents: string[]; columns: string[]; rows: Row[] }>;
  ungrouped: number;
}

async function detentions(): Promise<Board['groups'][number]> {
  const group = (await internal<Board>('getClaimsBoard')).groups.find((candidate) => candidate.question === question);
  assert.ok(group, `a group for “${question}”`);
  return group;
}

const line = (row: Row): string => `${row.key} · ${row.by ?? 'unattributed'} · ${row.compared?.text ?? '-'}${row.differs ? ' · differs' : ''}`;

describe('Claims board', () => {
  let snapshot: WorkspaceSnapshot;

  before(async () => {
    snapshot = await snapshotWorkspace();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreWorkspace(snapshot);
  });

  it('lines up the claims answering one question by source, with who made them and the figures they state', async () => {
    const group = await detentions();
    assert.deepEqual(group.documents, ['event/meridian-wire-detentions.txt', 'event/northern-dispatch-strike.txt', 'event/wvpr-dawn-report.txt']);
    // Columns are named by outlet and date where the sidecar has a source, else by the text's headline.
    assert.deepEqual(group.columns, ['Meridian Wire, 2026-02-10', 'Police say 900 held as Varnholm port strike enters second day', 'WVPR, 2026-02-10']);
    assert.deepEqual(group.rows.map(line), [
      'event/meridian-wire-detentions.txt · Kaldmark · about 1,150 · differs',
      'event/northern-dispatch-strike.txt · Varnholm Metropolitan Police · 900 · differs',
      'event/wvpr-dawn-report.txt · Maria Okonjo · 1,200 · differs',
    ]);
    assert.deepEqual([group.conflict, group.kind, group.sources], [true, 'count', 3]);
    assert.deepEqual(
      group.rows.map((row) => [row.uri, row.status]),
      [event.meridian, event.northern, event.wvpr].map((uri) => [uri.toString(), 'accepted']),
    );
  });

  it('adds a claim to the group by question, and the board compares its figure with the others', async () => {
    const outcome = await run<{ question: string; claims: Array<{ uri: string; id: string }> }>('groupClaim', {
      uri: event.coastal.toString(),
      id: 'crclm001',
      question,
    });
    assert.deepEqual(outcome, { question, claims: [{ uri: event.coastal.toString(), id: 'crclm001' }] });
    const claim = (await storedAnnotations(event.coastal)).find((annotation) => annotation['id'] === 'crclm001');
    assert.deepEqual(claim?.['attributes'], { question });
    const group = await detentions();
    assert.equal(group.sources, 4);
    assert.deepEqual(
      group.rows.map((row) => row.compared?.text),
      ['2,000', 'about 1,150', '900', '1,200'],
    );
    assert.equal(group.rows[0]?.by, 'Åsa Nordin');
    assert.ok(group.conflict);
  });

  it('offers a Group link on the hover card of a claim', async () => {
    const document = await vscode.workspace.openTextDocument(event.northern);
    const position = document.positionAt(document.getText().indexOf('900 people') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', event.northern, position);
    const card = hovers
      .flatMap((hover) => hover.contents)
      .find((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString && content.value.includes('**Claim**'));
    const argument = encodeURIComponent(JSON.stringify([{ uri: event.northern.toString(), id: 'ndclm001', hover: true }]));
    assert.ok(card?.value.includes(`[Group](command:transcriptAnnotator.groupClaim?${argument})`), card?.value);
  });

  it('opens the board in a webview panel', async () => {
    const outcome = await run<{ groups: number }>('showClaimsBoard');
    assert.ok(outcome.groups >= 1);
    const tabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    await waitFor(() => tabs().some((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === 'Claims Board'), 'the Claims Board tab');
  });

  it('exports the board as CSV and as Markdown to the paths given', async () => {
    const csv = await run<{ file: string; groups: number }>('exportClaimsBoard', { format: 'csv', out: 'out/claims-board.csv' });
    assert.equal(csv.file, workspaceFile('out/claims-board.csv').toString());
    const rows = (await read(workspaceFile('out/claims-board.csv'))).split('\r\n');
    assert.equal(rows[0], 'question,conflict,document,id,by,claim,figures,compared,status,note');
    assert.ok(
      rows.includes(
        'How many people were detained?,yes,event/northern-dispatch-strike.txt,ndclm001,Varnholm Metropolitan Police,900 people had been detained in and around Harbor Square,900,900,accepted,',
      ),
      rows.join('\n'),
    );
    await run('exportClaimsBoard', { format: 'markdown', out: 'out/claims-board.md' });
    const markdown = await read(workspaceFile('out/claims-board.md'));
    assert.match(markdown, /## How many people were detained\?/);
    assert.match(markdown, /\*\*Conflicting figures:\*\*/);
  });

  it('refuses a format it does not know, writing nothing', async () => {
    assert.equal(await run('exportClaimsBoard', { format: 'html', out: 'out/claims-board.html' }), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('out/claims-board.html'))));
  });
});

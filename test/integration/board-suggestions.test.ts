import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, internal } from './util';
import { event, question, read, restoreWorkspace, run, sidecarOf, snapshotWorkspace, storedAnnotations, write, WorkspaceSnapshot } from './registry-workspace';

interface Suggestion {
  question: string;
  existing: boolean;
  kind?: string;
  claims: Array<{ uri: string; id: string; text: string; source: string }>;
}
interface Board {
  groups: Array<{ question: string; sources: number; documents: string[]; sourceNames: Record<string, string> }>;
  suggestions: Suggestion[];
}

describe('Claims board suggestions and source names', () => {
  let snapshot: WorkspaceSnapshot;
  /** Sidecars outside the event folder that Group these writes too (the anchoring texts report detentions as well). */
  const touched = new Map<string, string>();

  before(async () => {
    snapshot = await snapshotWorkspace();
  });

  after(async () => {
    for (const [uri, content] of touched) await write(vscode.Uri.parse(uri), content);
    await restoreWorkspace(snapshot);
  });

  it('names each source column by its outlet and date when the sidecar has them, else by the text’s headline, past the site furniture and the masthead', async () => {
    const group = (await internal<Board>('getClaimsBoard')).groups.find((candidate) => candidate.question === question);
    assert.deepEqual(group?.sourceNames, {
      'event/meridian-wire-detentions.txt': 'Meridian Wire, 2026-02-10',
      'event/northern-dispatch-strike.txt': 'Police say 900 held as Varnholm port strike enters second day',
      'event/wvpr-dawn-report.txt': 'WVPR, 2026-02-10',
    });
  });

  it('shows the suggested group of a claim not filed yet, and files it in one click with Group these', async () => {
    const board = await internal<Board>('getClaimsBoard');
    const suggestion = board.suggestions.find((candidate) =>
      candidate.claims.some((claim) => claim.uri === event.coastal.toString() && claim.id === 'crclm001'),
    );
    assert.ok(suggestion, JSON.stringify(board.suggestions));
    assert.deepEqual([suggestion.question, suggestion.existing, suggestion.kind], [question, true, 'count']);
    assert.equal(suggestion.claims.find((claim) => claim.id === 'crclm001')?.source, 'Union says 2,000 were detained in Varnholm');

    for (const uri of new Set(suggestion.claims.map((c) => c.uri)))
      touched.set(sidecarOf(vscode.Uri.parse(uri)).toString(), await read(sidecarOf(vscode.Uri.parse(uri))));
    const sources = new Set([...suggestion.claims.map((c) => c.uri), event.meridian.toString(), event.northern.toString(), event.wvpr.toString()]).size;
    await run('showClaimsBoard');
    assert.equal(await internal('sendClaimsBoardMessage', { type: 'group', question: 'A question the board does not suggest' }), undefined);
    assert.equal(await internal('sendClaimsBoardMessage', { type: 'group', question, claims: [] }), undefined, 'a message of another shape');
    const filed = await internal<number>('sendClaimsBoardMessage', { type: 'group', question });
    assert.equal(filed, suggestion.claims.length, 'every member is filed under the question');
    const claim = (await storedAnnotations(event.coastal)).find((annotation) => annotation['id'] === 'crclm001');
    assert.deepEqual(claim?.['attributes'], { question });
    await waitFor(async () => {
      const after = await internal<Board>('getClaimsBoard');
      return (
        after.groups.find((group) => group.question === question)?.sources === sources &&
        !after.suggestions.some((candidate) => candidate.claims.some((c) => c.id === 'crclm001'))
      );
    }, 'the group to gain the suggested sources and the suggestion to go');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

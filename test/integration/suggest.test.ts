import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { event, restoreWorkspace, run, snapshotWorkspace, storedAnnotations, WorkspaceSnapshot } from './registry-workspace';

interface SuggestOutcome {
  ids: string[];
  counts: { speaker: number; entity: number; claim: number };
}

describe('Suggestions', () => {
  let snapshot: WorkspaceSnapshot;

  before(async () => {
    snapshot = await snapshotWorkspace();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreWorkspace(snapshot);
  });

  it('proposes speaker turns, registry mentions and candidate claims, all proposed and marked as suggested', async () => {
    const outcome = await run<SuggestOutcome>('suggestAnnotations', { uri: event.wvpr.toString() });
    assert.ok(outcome.counts.speaker >= 1 && outcome.counts.entity >= 1 && outcome.counts.claim >= 1, JSON.stringify(outcome.counts));
    const suggested = (await storedAnnotations(event.wvpr)).filter((annotation) => outcome.ids.includes(String(annotation['id'])));
    assert.equal(suggested.length, outcome.ids.length);
    assert.ok(
      suggested.every((annotation) => annotation['status'] === 'proposed' && (annotation['attributes'] as Record<string, unknown>)['suggested'] === true),
    );
    const quotes = suggested.map((annotation) => `${annotation['kind'] as string}: ${annotation['quote'] as string}`);
    assert.ok(quotes.includes('speaker: SIGRID LINDQVIST'), quotes.join('\n'));
    assert.ok(quotes.includes('entity: the prime minister'), quotes.join('\n'));
    assert.ok(!quotes.includes('entity: Sigrid Lindqvist'), 'a mention tagged already is not proposed again');
  });

  it('never duplicates: a second run proposes nothing new', async () => {
    const first = await run<SuggestOutcome>('suggestAnnotations', { uri: event.northern.toString(), kinds: ['entity', 'claim'] });
    assert.ok(first.ids.length > 0);
    assert.equal(first.counts.speaker, 0, 'only the kinds asked for');
    const second = await run<SuggestOutcome>('suggestAnnotations', { uri: event.northern.toString() });
    assert.deepEqual(second.ids, []);
  });

  it('rejects every open suggestion of a file in one undoable step, and does not propose them again', async () => {
    const { ids } = await run<SuggestOutcome>('suggestAnnotations', { uri: event.coastal.toString() });
    assert.ok(ids.length > 0);
    await vscode.window.showTextDocument(event.coastal);
    assert.deepEqual(await run('rejectSuggestions', { uri: event.coastal.toString() }), { changed: ids.length });
    const statuses = (await storedAnnotations(event.coastal))
      .filter((annotation) => ids.includes(String(annotation['id'])))
      .map((annotation) => annotation['status']);
    assert.deepEqual([...new Set(statuses)], ['rejected']);
    assert.deepEqual((await run<SuggestOutcome>('suggestAnnotations', { uri: event.coastal.toString() })).ids, [], 'a rejected suggestion stays rejected');
    await run('undo', { uri: event.coastal.toString() });
    const undone = (await storedAnnotations(event.coastal))
      .filter((annotation) => ids.includes(String(annotation['id'])))
      .map((annotation) => annotation['status']);
    assert.deepEqual([...new Set(undone)], ['proposed']);
  });

  it('accepts every open suggestion of a file, leaving the annotations made by hand alone', async () => {
    const before = await storedAnnotations(event.meridian);
    const { ids } = await run<SuggestOutcome>('suggestAnnotations', { uri: event.meridian.toString() });
    assert.deepEqual(await run('acceptSuggestions', { uri: event.meridian.toString() }), { changed: ids.length });
    const after = await storedAnnotations(event.meridian);
    assert.ok(after.filter((annotation) => ids.includes(String(annotation['id']))).every((annotation) => annotation['status'] === 'accepted'));
    assert.deepEqual(
      after.filter((annotation) => !ids.includes(String(annotation['id']))),
      before,
    );
  });
});

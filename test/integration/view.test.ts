import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadSidecar } from '../../src/core';
import { describeSummary, summarize } from '../../src/core/status/summary';
import { waitFor, workspaceFile, internal } from './util';

interface Item {
  readonly label: string;
  readonly description?: string;
  readonly children?: Item[];
}

const nightShift = workspaceFile('review/night-shift.txt');
const sidecarFile = workspaceFile('review/night-shift.txt.annotations.yaml');

async function tree(): Promise<Item[]> {
  return internal<Item[]>('getAnnotationTree');
}

async function documentItem(label: string): Promise<Item | undefined> {
  return (await tree()).find((item) => item.label === label);
}

/** `label (description)` of each item, so one assertion shows a whole level of the tree. */
function shown(items: readonly Item[] | undefined): string[] {
  return (items ?? []).map((item) => (item.description ? `${item.label} (${item.description})` : item.label));
}

async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Annotations view', () => {
  before(async () => {
    await waitFor(async () => (await documentItem('review/night-shift.txt')) !== undefined, 'the review sidecars in the view');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.clearAnnotationFilter');
  });

  it('lists each annotated document with its kinds, its annotations and an orphaned group, counts in the descriptions', async () => {
    const document = await documentItem('review/night-shift.txt');
    assert.equal(document?.description, '2 claims · 2 speakers · 3 entities · 1 orphaned');
    assert.deepEqual(shown(document?.children), ['Claims (2 · 1 to review)', 'Speakers (2 · 1 to review)', 'Entities (3 · 2 to review)', 'Orphaned (1)']);
    const [claims, speakers, entities, orphaned] = document?.children ?? [];
    assert.deepEqual(shown(claims?.children), [
      'detained about forty people near the port authority offices (statistic · accepted)',
      'Two officers and one picket were treated for minor injuries (statistic · proposed)',
    ]);
    assert.deepEqual(shown(speakers?.children), ['OSKAR LUND (Oskar Lund · accepted)', 'MIRA HOLT (Mira Holt · proposed)']);
    assert.deepEqual(shown(entities?.children), [
      // Not in the registry: the type, not the raw canonical id (it stays in the tooltip).
      'container terminal (location · proposed)',
      'port authority (organization · proposed)',
      'city hospital (organization · rejected)',
    ]);
    assert.deepEqual(shown(orphaned?.children), ['Police fired tear gas (claim · event · proposed)']);
  });

  it('leaves out documents whose sidecar has no annotations', async () => {
    const labels = (await tree()).map((item) => item.label);
    assert.ok(!labels.includes('short-briefing.txt'), labels.join(', '));
    assert.ok(labels.includes('review/harbor-call-in.txt'));
  });

  it('shows only the kinds and statuses the filter keeps, and everything again once cleared', async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.filterAnnotations', { kinds: ['claim'], statuses: ['proposed'] });
    const filtered = await documentItem('review/night-shift.txt');
    assert.deepEqual(shown(filtered?.children), ['Claims (1 · 1 to review)', 'Orphaned (1)']);
    assert.deepEqual(shown(filtered?.children?.[0]?.children), ['Two officers and one picket were treated for minor injuries (statistic · proposed)']);
    const harbor = await documentItem('review/harbor-call-in.txt');
    assert.deepEqual(shown(harbor?.children), ['Claims (1 · 1 to review)']);
    await vscode.commands.executeCommand('transcriptAnnotator.clearAnnotationFilter');
    assert.equal((await documentItem('review/night-shift.txt'))?.children?.length, 4);
  });

  it('hides a document that has nothing matching the filter', async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.filterAnnotations', { kinds: ['speaker'], statuses: ['rejected'] });
    assert.equal(await documentItem('review/night-shift.txt'), undefined);
  });

  it('refreshes when a sidecar changes', async () => {
    const original = await readFile(sidecarFile);
    try {
      await vscode.commands.executeCommand('transcriptAnnotator.acceptAnnotation', { uri: nightShift.toString(), id: 'nsfhurtn' });
      await waitFor(async () => (await documentItem('review/night-shift.txt'))?.children?.[0]?.description === '2', 'the claims to show no review left');
    } finally {
      await vscode.workspace.fs.writeFile(sidecarFile, new TextEncoder().encode(original));
    }
    await waitFor(async () => (await documentItem('review/night-shift.txt'))?.children?.[0]?.description === '2 · 1 to review', 'the restored sidecar');
  });

  it('words the status bar summary with counts by kind and the number to review', async () => {
    const { sidecar } = loadSidecar(await readFile(sidecarFile), await readFile(nightShift));
    assert.equal(describeSummary(summarize(sidecar?.annotations ?? [])), '2 claims · 2 speakers · 3 entities · 4 to review');
    assert.equal(describeSummary(summarize([])), '0 claims · 0 speakers · 0 entities · 0 to review');
  });
});

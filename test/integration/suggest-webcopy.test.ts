import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { registryFile, restoreWorkspace, run, snapshotWorkspace, storedAnnotations, type WorkspaceSnapshot } from './registry-workspace';
import { waitFor, workspaceFile, internal } from './util';

interface SuggestOutcome {
  ids: string[];
  counts: { speaker: number; entity: number; claim: number };
}

interface ReviewStep {
  settled?: string;
  current?: string;
  remaining: number;
}

type Stored = Record<string, unknown> & { id: string; kind: string; quote: string; status: string; start: number };

const radio = workspaceFile('webcopy/radio-chrome.transcript');
const wire = workspaceFile('webcopy/wire-chrome.transcript');
const stored = async (uri: vscode.Uri): Promise<Stored[]> => (await storedAnnotations(uri)) as Stored[];

describe('Suggestions on web-copied text', () => {
  let snapshot: WorkspaceSnapshot;

  before(async () => {
    snapshot = await snapshotWorkspace();
  });

  afterEach(async () => {
    await run('stopReviewingSuggestions');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await restoreWorkspace(snapshot);
  });

  it('proposes typed entities on a folder with no registry, gives reported speech to its source, learns an alias when accepted, and leaves boilerplate alone', async () => {
    await vscode.workspace.fs.delete(registryFile);
    // The Annotations view names registry entities; once it shows ids again, the registry is gone.
    await waitFor(async () => !JSON.stringify(await internal('getAnnotationTree')).includes('Prime Minister Abadie · accepted'), 'the registry to be unloaded');
    const outcome = await run<SuggestOutcome>('suggestAnnotations', { uri: radio.toString() });
    assert.ok(outcome.counts.entity > 0 && outcome.counts.claim > 0 && outcome.counts.speaker === 5, JSON.stringify(outcome.counts));
    const all = await stored(radio);
    const byId = new Map(all.map((a) => [a.id, a]));
    const entities = all.filter((a) => a.kind === 'entity');
    const typed = (quote: string): unknown => entities.find((a) => a.quote === quote)?.['type'];
    assert.equal(typed('Jean-Luc Abadie'), 'person');
    assert.equal(typed('interior ministry'), 'organization');
    assert.equal(typed('Varnholm'), 'location');
    assert.ok(
      entities.every((a) => a['entity'] === undefined && a.status === 'proposed'),
      'no registry, no canonical id',
    );
    const abadie = entities.find((a) => a.quote === 'Abadie');
    assert.deepEqual(abadie?.['attributes'], { suggested: true, name: 'Jean-Luc Abadie' }, 'a surname is linked to the full name before it');

    const ministryClaim = all.find((a) => a.kind === 'claim' && a.quote.includes('the interior ministry says that 1,200 people were detained'));
    assert.equal(ministryClaim?.['claimType'], 'statistic');
    assert.equal(byId.get(String(ministryClaim?.['by']))?.quote, 'interior ministry', 'the claim is the ministry’s, not the reporter’s');
    const quoted = all.find((a) => a.kind === 'claim' && a.quote.includes('We will not negotiate under pressure'));
    assert.equal(byId.get(String(quoted?.['by']))?.quote, 'Abadie');

    // Accepting the surname teaches the registry (created on first use) the full name and the alias.
    const editor = await vscode.window.showTextDocument(radio);
    const at = editor.document.getText().indexOf('Abadie said');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    assert.equal((await run<ReviewStep>('reviewSuggestions')).current, abadie?.id);
    await run<ReviewStep>('acceptSuggestion');
    assert.equal((await stored(radio)).find((a) => a.id === abadie?.id)?.['entity'], 'jean-luc-abadie');
    await waitFor(
      async () =>
        /name: Jean-Luc Abadie[\s\S]*aliases:\s*- Abadie/u.test(
          new TextDecoder().decode(await vscode.workspace.fs.readFile(registryFile).then(undefined, () => new Uint8Array())),
        ),
      'the registry to learn the alias',
    );

    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(radio));
    const credit = Array.from(text.slice(0, text.indexOf('Transcript provided by'))).length;
    const masthead = Array.from(text.slice(0, text.indexOf('Ferry crews join'))).length;
    assert.ok(
      all.every((a) => a.start >= masthead && a.start < credit),
      'nothing proposed in the masthead, the credit, the bio or the teaser',
    );
  });

  it('types a claim tagged by hand as a statistic when it states a figure, unless told otherwise', async () => {
    const editor = await vscode.window.showTextDocument(radio);
    const select = (quote: string): void => {
      const at = editor.document.getText().indexOf(quote);
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + quote.length));
    };
    select('1,200 people were detained on Monday');
    const [withFigure] = await run<string[]>('tagClaim', { by: 'Maria Okonjo' });
    select('the strike was unlawful');
    const [without] = await run<string[]>('tagClaim', { by: 'Maria Okonjo' });
    select('We are 2,400-strong');
    const [told] = await run<string[]>('tagClaim', { claimType: 'quote' });
    const all = await stored(radio);
    assert.deepEqual(
      [withFigure, without, told].map((id) => all.find((a) => a.id === id)?.['claimType']),
      ['statistic', undefined, 'quote'],
    );
  });

  it('reviews suggestions one by one: accept, reject and skip move on, each verdict one undoable step', async () => {
    const { ids } = await run<SuggestOutcome>('suggestAnnotations', { uri: wire.toString() });
    assert.ok(ids.length >= 4);
    const editor = await vscode.window.showTextDocument(wire);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const order = (await stored(wire))
      .filter((a) => ids.includes(a.id))
      .sort((a, b) => a.start - b.start || Number(a['end']) - Number(b['end']))
      .map((a) => a.id);

    const first = await run<ReviewStep>('reviewSuggestions');
    assert.deepEqual(first, { current: order[0], remaining: ids.length });
    const selected = (await stored(wire)).find((a) => a.id === order[0]);
    assert.equal(editor.document.getText(editor.selection), selected?.quote, 'the suggestion under review is selected');

    assert.deepEqual(await run<ReviewStep>('acceptSuggestion'), { settled: order[0], current: order[1], remaining: ids.length - 1 });
    assert.deepEqual(await run<ReviewStep>('rejectSuggestion'), { settled: order[1], current: order[2], remaining: ids.length - 2 });
    assert.deepEqual(await run<ReviewStep>('skipSuggestion'), { current: order[3], remaining: ids.length - 2 });
    const status = async (): Promise<Array<unknown>> => {
      const now = await stored(wire);
      return order.slice(0, 4).map((id) => now.find((a) => a.id === id)?.status);
    };
    assert.deepEqual(await status(), ['accepted', 'rejected', 'proposed', 'proposed']);

    await run('undo', { uri: wire.toString() });
    assert.deepEqual(await status(), ['accepted', 'proposed', 'proposed', 'proposed'], 'undo takes back the last verdict only');

    await run('stopReviewingSuggestions');
    // Stopped: the keys do nothing more (the command reports an error and settles nothing).
    assert.equal(await run('acceptSuggestion'), undefined);
    assert.deepEqual(await status(), ['accepted', 'proposed', 'proposed', 'proposed']);
  });
});

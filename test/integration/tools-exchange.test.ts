import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { normalizeText } from '../../src/core';
import { missingClaimReviewProperties } from '../../src/core/exchange';
import { workspaceFile } from './util';
import { promptsFromNow } from './prompts';

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

type Json = Record<string, unknown>;

const original = workspaceFile('astral-crlf.txt');
const text = workspaceFile('tools/astral-tools.txt');
const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const exists = async (uri: vscode.Uri): Promise<boolean> =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );

async function copyOf(name: string): Promise<vscode.Uri> {
  const copy = workspaceFile(`tools/${name}.txt`);
  await vscode.workspace.fs.copy(original, copy, { overwrite: true });
  return copy;
}

describe('Export and import for Label Studio, spaCy, INCEpTION and fact-checkers', () => {
  before(async () => {
    await vscode.workspace.fs.copy(original, text, { overwrite: true });
    await vscode.workspace.fs.copy(workspaceFile('astral-crlf.txt.annotations.yaml'), workspaceFile('tools/astral-tools.txt.annotations.yaml'), {
      overwrite: true,
    });
    await vscode.window.showTextDocument(text);
  });

  it('exports labelstudio tasks whose offsets are UTF-16 units of data.text, the CRLF file normalised', async () => {
    const outcome = await run<ExportOutcome>('export', { scope: 'file', format: 'labelstudio', out: 'out/tools/tasks.json' });
    assert.deepEqual(outcome.files, [workspaceFile('out/tools/tasks.json').toString()]);
    const [task] = JSON.parse(await read(workspaceFile('out/tools/tasks.json'))) as Array<{
      data: { text: string; document: string };
      annotations: Array<{ result: Json[] }>;
    }>;
    assert.equal(task?.data.text, normalizeText(await read(text)));
    const labels = task?.annotations[0]?.result.filter((r) => r.type === 'labels') ?? [];
    assert.equal(labels.length, 7);
    for (const r of labels) {
      const value = r.value as { start: number; end: number; text: string };
      assert.equal(task?.data.text.slice(value.start, value.end), value.text);
    }
    assert.ok(labels.some((r) => (r.value as { text: string }).text === 'Stand with the docks 🚢✊'));
  });

  it('exports spacy JSONL whose offsets are code points, as Python counts them', async () => {
    await run<ExportOutcome>('export', { scope: 'file', format: 'spacy', out: 'out/tools/spans.jsonl' });
    const line = JSON.parse((await read(workspaceFile('out/tools/spans.jsonl'))).split('\n')[0] as string) as {
      text: string;
      spans: Array<{ start: number; end: number; text: string }>;
    };
    const points = Array.from(line.text);
    assert.equal(line.spans.length, 7);
    for (const s of line.spans) assert.equal(points.slice(s.start, s.end).join(''), s.text);
  });

  it('exports webanno as one .tsv per document into the folder given', async () => {
    const outcome = await run<ExportOutcome>('export', { scope: 'file', format: 'webanno', out: 'out/tools/webanno' });
    assert.deepEqual(outcome.files, [workspaceFile('out/tools/webanno/tools/astral-tools.tsv').toString()]);
    const tsv = await read(workspaceFile('out/tools/webanno/tools/astral-tools.tsv'));
    assert.match(tsv, /^#FORMAT=WebAnno TSV 3\.3\n#T_SP=webanno\.custom\.Claim\|/);
  });

  for (const [format, out] of [
    ['labelstudio', 'out/tools/tasks.json'],
    ['spacy', 'out/tools/spans.jsonl'],
    ['webanno', 'out/tools/webanno/tools/astral-tools.tsv'],
  ] as const) {
    it(`imports its own ${format} export into a copy of the text with every annotation in place, then skips them all the second time`, async () => {
      const copy = await copyOf(`import-${format}`);
      await vscode.window.showTextDocument(copy);
      const first = await run<ImportOutcome>('import', { format, from: out });
      assert.deepEqual([first.added, first.skipped, first.unplaced.length], [7, 0, 0]);
      const sidecar = await read(workspaceFile(`tools/import-${format}.txt.annotations.yaml`));
      assert.match(sidecar, /quote: "Stand with the docks 🚢✊"/);
      const second = await run<ImportOutcome>('import', { format, from: out });
      assert.deepEqual([second.added, second.skipped], [0, 7]);
      await vscode.window.showTextDocument(text);
    });
  }

  it("exports claimreview JSON-LD with the document source as the claims' appearance", async () => {
    await run('editSource', { uri: text.toString(), outlet: 'Meridian Wire', url: 'https://meridian.example/varnholm', published: '2026-02-10' });
    await run<ExportOutcome>('export', { scope: 'file', format: 'claimreview', out: 'out/tools/claims.jsonld' });
    const graph = (JSON.parse(await read(workspaceFile('out/tools/claims.jsonld'))) as { '@graph': Json[] })['@graph'];
    assert.ok(graph.length >= 3 && graph.every((n) => n['@type'] === 'Claim'));
    assert.deepEqual((graph[0]?.appearance as Json).publisher, { '@type': 'Organization', name: 'Meridian Wire' });
  });

  it('refuses claimreview while a claim with a verdict has no review URL, and writes complete ClaimReviews once it has', async () => {
    await run('editAnnotation', { uri: text.toString(), id: 'aclm0001', verdict: 'Misleading' });
    assert.equal(await run('export', { scope: 'file', format: 'claimreview', out: 'out/tools/refused.jsonld' }), undefined);
    assert.equal(await exists(workspaceFile('out/tools/refused.jsonld')), false, 'nothing written');
    await run('editAnnotation', { uri: text.toString(), id: 'aclm0001', reviewUrl: 'https://factcheck.example/varnholm-1150' });
    await run<ExportOutcome>('export', { scope: 'file', format: 'claimreview', out: 'out/tools/reviewed.jsonld' });
    const graph = (JSON.parse(await read(workspaceFile('out/tools/reviewed.jsonld'))) as { '@graph': Json[] })['@graph'];
    const reviews = graph.filter((n) => n['@type'] === 'ClaimReview');
    assert.equal(reviews.length, 1);
    assert.deepEqual(missingClaimReviewProperties(reviews[0] as Json), []);
    assert.deepEqual([(reviews[0]?.reviewRating as Json).alternateName, reviews[0]?.url], ['Misleading', 'https://factcheck.example/varnholm-1150']);
  });

  it("shows the verdict and the review address as inert text on the claim's hover card, with links that edit them", async () => {
    const document = await vscode.workspace.openTextDocument(text);
    await vscode.window.showTextDocument(document);
    const position = document.positionAt(document.getText().indexOf('Police detained about') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', text, position);
    const card = hovers
      .flatMap((h) => h.contents)
      .find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('**Verdict:**'));
    assert.ok(card, 'a card with the verdict');
    assert.ok(card.value.includes('**Verdict:** Misleading'), card.value);
    assert.ok(card.value.includes('Fact check: https\\:\\/\\/factcheck\\.example\\/varnholm\\-1150'), card.value);
    for (const field of ['verdict', 'reviewUrl']) {
      const argument = encodeURIComponent(JSON.stringify([{ uri: text.toString(), id: 'aclm0001', hover: true, field }]));
      assert.ok(card.value.includes(`](command:transcriptAnnotator.editAnnotation?${argument})`), field);
    }
  });

  it('rejects a review URL that is not a web address, leaving the claim as it was', async () => {
    await run('editAnnotation', { uri: text.toString(), id: 'aclm0001', reviewUrl: 'factcheck example' });
    const sidecar = await read(workspaceFile('tools/astral-tools.txt.annotations.yaml'));
    assert.match(sidecar, /reviewUrl: "?https:\/\/factcheck\.example\/varnholm-1150"?/);
    assert.ok(!sidecar.includes('factcheck example'));
  });
});

describe('Edit Document Source', () => {
  const article = workspaceFile('tools/dispatch-cranes.txt');
  const sidecarOf = workspaceFile('tools/dispatch-cranes.txt.annotations.yaml');

  before(async () => {
    const content =
      'THE NORTHERN DISPATCH\r\nNews | Labor\r\n\r\nCranes stand idle on Varnholm’s North Quay as strike enters third day\r\n\r\nBy Ingrid Thorsen\r\nPublished Feb. 11, 2026, 7:45 a.m.\r\n\r\nVARNHOLM — The cranes did not move on Wednesday.\r\n';
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(content));
    await vscode.window.showTextDocument(article);
  });

  it('asks field by field, proposing the headline as the title and the dateline as the date, and saves them as source:', async () => {
    const prompts = await promptsFromNow();
    const pending = run<Json>('editSource');
    // Accept each of the five input boxes as proposed, once it is showing.
    for (const [i, field] of ['Outlet', 'Title', 'Address', 'Published', 'Language'].entries()) {
      await prompts.answer(`Document source (${i + 1}/5): ${field}`);
    }
    assert.deepEqual(await pending, { title: 'Cranes stand idle on Varnholm’s North Quay as strike enters third day', published: '2026-02-11' });
    const sidecar = await read(sidecarOf);
    assert.ok(
      sidecar.includes('source:\n  title: "Cranes stand idle on Varnholm’s North Quay as strike enters third day"\n  published: "2026-02-11"\n'),
      sidecar,
    );
  });

  it('takes the fields as an argument object, clearing one given as "", and keeps the annotations', async () => {
    const result = await run<Json>('editSource', { outlet: 'The Northern Dispatch', language: 'en', title: '' });
    assert.deepEqual(result, { outlet: 'The Northern Dispatch', published: '2026-02-11', language: 'en' });
    assert.match(await read(sidecarOf), /source:\n {2}outlet: The Northern Dispatch\n {2}published: "2026-02-11"\n {2}language: en\nannotations: \[\]\n/);
  });

  it('refuses an invalid address with a clear error and leaves the sidecar untouched', async () => {
    const before = await read(sidecarOf);
    assert.equal(await run('editSource', { url: 'northern dispatch dot example' }), undefined);
    assert.equal(await read(sidecarOf), before);
  });

  it('is undone and redone with Undo / Redo Annotation Change, one source edit at a time', async () => {
    assert.equal(await run('undo', { uri: article.toString() }), 'Edit document source');
    assert.match(await read(sidecarOf), /source:\n {2}title: "Cranes stand idle[^\n]*"\n {2}published: "2026-02-11"\nannotations:/);
    assert.equal(await run('undo', { uri: article.toString() }), 'Edit document source');
    assert.ok(!(await read(sidecarOf)).includes('source:'), 'the sidecar had no source before the first edit');
    await run('redo', { uri: article.toString() });
    await run('redo', { uri: article.toString() });
    assert.match(await read(sidecarOf), /source:\n {2}outlet: The Northern Dispatch\n {2}published: "2026-02-11"\n {2}language: en\n/);
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadSidecar, writeCanonical, type Annotation, type Sidecar } from '../../src/core';
import { buildCli } from './cli-harness.test';
import { cliIn, git, newRepo, tempDir } from './team-git';

const root = path.resolve(__dirname, '../../..');
const RADIO = path.join(root, 'test/fixtures/cli/radio');
const TEXT = 'harbor-hour.txt';

interface Row {
  kind: string;
  type?: string;
  a: number;
  b: number;
  exact: { matched: number; f1: number | null };
  overlap: { matched: number };
  kappa: number | null;
}
interface Json {
  comparisons: Array<{
    a: string;
    b: string;
    report: { documents: number; rows: Row[]; attributions: { compared: number; agreed: number } };
    skipped: unknown[];
  }>;
}

function copyRadio(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of [TEXT, `${TEXT}.annotations.yaml`]) fs.copyFileSync(path.join(RADIO, f), path.join(dir, f));
}

function rewrite(dir: string, change: (list: Annotation[]) => Annotation[]): void {
  const file = path.join(dir, `${TEXT}.annotations.yaml`);
  const loaded = loadSidecar(fs.readFileSync(file, 'utf8'), fs.readFileSync(path.join(dir, TEXT), 'utf8'));
  const sidecar = loaded.sidecar as Sidecar;
  fs.writeFileSync(file, writeCanonical({ ...sidecar, annotations: change(sidecar.annotations) }));
}

// Bjørn's pass over Harbor Hour: one organization retyped, one location left out, one claim cut short.
const bjorn = (list: Annotation[]): Annotation[] =>
  list
    .filter((a) => a.id !== 'evarn001')
    .map((a) => (a.id === 'eunion01' ? ({ ...a, type: 'person' } as Annotation) : a))
    .map((a) => (a.id === 'cship001' ? { ...a, end: a.end - 6, quote: a.quote.slice(0, -6) } : a));

const rowOf = (rows: Row[], kind: string, type?: string): Row | undefined => rows.find((r) => r.kind === kind && r.type === type);

describe('transcript-annotator agree', function () {
  this.timeout(60_000);
  before(() => buildCli());

  it('compares two folders document by document, per kind and type, as JSON', () => {
    const dir = tempDir('ta-agree-');
    copyRadio(path.join(dir, 'ana'));
    copyRadio(path.join(dir, 'bjorn'));
    rewrite(path.join(dir, 'bjorn'), bjorn);
    const r = cliIn(dir, ['agree', 'ana', 'bjorn', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const [c] = (JSON.parse(r.stdout) as Json).comparisons;
    assert.deepEqual([c?.a, c?.b, c?.report.documents, c?.skipped], ['ana', 'bjorn', 1, []]);
    const rows = c?.report.rows ?? [];
    assert.deepEqual([rowOf(rows, 'entity')?.a, rowOf(rows, 'entity')?.b, rowOf(rows, 'entity')?.exact.matched], [5, 4, 3]);
    assert.deepEqual(
      [rowOf(rows, 'entity', 'organization')?.a, rowOf(rows, 'entity', 'organization')?.b, rowOf(rows, 'entity', 'organization')?.exact.f1],
      [3, 2, 0.8],
    );
    assert.deepEqual([rowOf(rows, 'entity', 'location')?.b, rowOf(rows, 'entity', 'location')?.exact.f1], [0, 0]);
    const untyped = rowOf(rows, 'claim', '(untyped)');
    assert.deepEqual([untyped?.exact.matched, untyped?.overlap.matched], [0, 1], 'the shortened claim matches by overlap only');
    assert.equal(rowOf(rows, 'speaker')?.exact.f1, 1);
    assert.equal(rowOf(rows, 'speaker')?.kappa, 1);
    assert.ok((rowOf(rows, 'entity')?.kappa ?? 1) < 1);
    assert.deepEqual(c?.report.attributions, { compared: 3, agreed: 3 }, 'the cut-short claim is not at the same span any more, so not compared');
  });

  it('compares the working files with the same files at a git revision, as CSV', () => {
    const dir = newRepo('Desk');
    copyRadio(path.join(dir, 'radio'));
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'first pass']);
    rewrite(path.join(dir, 'radio'), bjorn);
    const r = cliIn(path.join(dir, 'radio'), ['agree', '.', '--ref', 'HEAD', '--format', 'csv']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.endsWith('\r\n'));
    const records = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const entity = records.find((x) => x['kind'] === 'entity' && x['type'] === '');
    assert.deepEqual([entity?.['a'], entity?.['b'], entity?.['a_count'], entity?.['b_count'], entity?.['exact_matched']], ['.', 'HEAD:.', '4', '5', '3']);
    const bad = cliIn(path.join(dir, 'radio'), ['agree', '.', '--ref', 'no-such-branch']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown revision "no-such-branch"/);
  });

  it('compares the authors within one sidecar with --by-author, as Markdown with file text escaped', () => {
    const dir = tempDir('ta-agree-authors-');
    copyRadio(dir);
    const extra = (list: Annotation[]): Annotation[] => [
      ...list.map((a) => ({ ...a, author: 'Ana' })),
      ...bjorn(list).map((a) => ({
        ...a,
        id: `${a.id.slice(0, 1)}z${a.id.slice(2)}`,
        author: 'Bjørn',
        ...(a.kind === 'claim' ? { by: undefined } : {}),
        ...(a.kind === 'entity' && a.id === 'eradio01' ? { type: '=HYPERLINK("x")|org' } : {}),
      })),
    ];
    rewrite(dir, extra);
    const validate = cliIn(dir, ['validate', TEXT]);
    assert.equal(validate.status, 0, validate.stdout + validate.stderr);
    const md = cliIn(dir, ['agree', TEXT, '--by-author', '--format', 'markdown']);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^## Agreement: Ana and Bjørn\n/);
    assert.ok(md.stdout.includes('| entity/=HYPERLINK\\("x"\\)\\|org | 0 | 1 |'), md.stdout);
    const csv = cliIn(dir, ['agree', TEXT, '--by-author', '--format', 'csv']);
    assert.ok(csv.stdout.includes('\r\nAna,Bjørn,entity,"\'=HYPERLINK(""x"")|org",0,1,'), csv.stdout);
    const text = cliIn(dir, ['agree', TEXT, '--by-author']);
    // 125: the tokenizer splits clitics as Penn Treebank does ("Reyes" "'s").
    assert.match(text.stdout, /^A: Ana\nB: Bjørn\n1 document\(s\), 125 token\(s\)/);
  });

  it('says what is wrong with bad arguments and when nothing can be compared', () => {
    const dir = tempDir('ta-agree-bad-');
    copyRadio(dir);
    assert.equal(cliIn(dir, ['agree', TEXT]).status, 2);
    assert.match(cliIn(dir, ['agree', TEXT, TEXT, '--format', 'xml']).stderr, /unknown format "xml"/);
    const one = cliIn(dir, ['agree', TEXT, '--by-author']);
    assert.equal(one.status, 1);
    assert.match(one.stderr, /--by-author needs annotations by two authors; found "fixture"/);
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSidecar, type Annotation } from '../../src/core';
import { buildCli, cli, read, workspace } from './cli-harness.test';

const WIRE = 'wire/varnholm-dockers.txt';
const annotationsOf = (dir: string, text: string): Annotation[] => {
  const loaded = loadSidecar(read(dir, `${text}.annotations.yaml`), read(dir, text));
  assert.deepEqual(
    loaded.problems.filter((p) => p.severity === 'error'),
    [],
  );
  return loaded.sidecar?.annotations ?? [];
};
const key = (a: Annotation): string => `${a.id} ${a.kind} ${a.start}-${a.end} ${a.status}`;

describe('transcript-annotator export and import for labelstudio, spacy and webanno', function () {
  this.timeout(30_000);
  before(() => buildCli());

  for (const [format, out, from] of [
    ['labelstudio', 'tasks.json', 'tasks.json'],
    ['spacy', 'spans.jsonl', 'spans.jsonl'],
    ['webanno', 'tsv', 'tsv/wire/varnholm-dockers.tsv'],
  ] as const) {
    it(`${format}: export, delete the sidecar, import: the same annotations, ids and offsets come back`, () => {
      const dir = workspace();
      const exported = cli(dir, 'export', 'wire', '--format', format, '--out', out);
      assert.equal(exported.status, 0, exported.stderr);
      const original = annotationsOf(dir, WIRE);
      fs.rmSync(path.join(dir, `${WIRE}.annotations.yaml`));
      const imported = cli(dir, 'import', WIRE, '--format', format, '--from', from);
      assert.equal(imported.status, 0, imported.stdout + imported.stderr);
      assert.match(imported.stdout, new RegExp(`: ${original.length} added, 0 skipped`));
      assert.deepEqual(annotationsOf(dir, WIRE).map(key).sort(), original.map(key).sort());
    });
  }

  it('lists the new formats in export --help with the unit their offsets count in', () => {
    const help = cli(workspace(), 'export', '--help').stdout;
    assert.match(help, /labelstudio\s+one file\s+Label Studio JSON tasks .*UTF-16/);
    assert.match(help, /webanno\s+per document\s+WebAnno TSV 3\.3/);
    assert.match(cli(workspace(), 'import', '--help').stdout, /spacy {2}spaCy \/ Prodigy JSONL/);
  });

  it('claimreview: refuses with exit 1, naming each claim whose verdict lacks a review URL, and writes nothing', () => {
    const dir = workspace();
    const file = path.join(dir, `${WIRE}.annotations.yaml`);
    fs.writeFileSync(
      file,
      read(dir, `${WIRE}.annotations.yaml`).replace(/(\n {4}kind: claim\n(?:.*\n)*? {4}status: \w+\n)/, (m) =>
        m.replace(/( {4}status: \w+\n)$/, '    verdict: False claim\n$1'),
      ),
    );
    const run = cli(dir, 'export', 'wire', '--format', 'claimreview', '--out', 'claims.jsonld');
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /cannot export ClaimReview: 1 claim\(s\) with a verdict/);
    assert.match(run.stderr, /\nwire\/varnholm-dockers\.txt: claim \w{8} ".*": has a verdict but no reviewUrl/);
    assert.equal(fs.existsSync(path.join(dir, 'claims.jsonld')), false);
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSidecar, type Annotation } from '../../src/core';
import { buildCli, cli, read, workspace } from './cli-harness.test';

const WIRE = 'wire/varnholm-dockers.txt';
const sidecarOf = (dir: string, text: string): Annotation[] => {
  const loaded = loadSidecar(read(dir, `${text}.annotations.yaml`), read(dir, text));
  assert.deepEqual(loaded.problems, []);
  return loaded.sidecar?.annotations ?? [];
};
const shape = (list: readonly Annotation[]): string[] => list.map((a) => `${a.kind} ${a.start}-${a.end} ${a.status} ${a.note ?? ''}`).sort();

describe('transcript-annotator import', function () {
  this.timeout(20_000);
  before(() => buildCli());

  it('creates the missing sidecar of a text file from a brat export of it, then skips everything on a second import', () => {
    const dir = workspace();
    assert.equal(cli(dir, 'export', 'wire', '--format', 'brat', '--out', 'brat').status, 0);
    const original = sidecarOf(dir, WIRE);
    fs.rmSync(path.join(dir, `${WIRE}.annotations.yaml`));
    const first = cli(dir, 'import', WIRE, '--format', 'brat', '--from', 'brat/wire/varnholm-dockers.ann');
    assert.equal(first.status, 0, first.stdout + first.stderr);
    assert.equal(
      first.stdout,
      `${path.join('wire', 'varnholm-dockers.txt.annotations.yaml')}: 12 added, 0 skipped (already there), 0 unplaced (new sidecar)\n`,
    );
    const imported = sidecarOf(dir, WIRE);
    assert.deepEqual(
      shape(imported),
      shape(original).map((s) => s.replace(/ Spans two paragraphs:\n/, ' Spans two paragraphs: ')),
    );
    const saved = read(dir, `${WIRE}.annotations.yaml`);
    const second = cli(dir, 'import', WIRE, '--format', 'brat', '--from', 'brat/wire/varnholm-dockers.ann');
    assert.match(second.stdout, /: 0 added, 12 skipped \(already there\), 0 unplaced\n$/);
    assert.equal(read(dir, `${WIRE}.annotations.yaml`), saved, 'nothing added, nothing written');
  });

  it('lists each annotation it could not place, adds the others and exits 1', () => {
    const dir = workspace();
    const before = sidecarOf(dir, 'radio/harbor-hour.txt').length;
    const r = cli(dir, 'import', 'radio/harbor-hour.txt', '--format', 'brat', '--from', 'imports/harbor-hour-extra.ann');
    assert.equal(r.status, 1);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      `${path.join('radio', 'harbor-hour.txt.annotations.yaml')}: 2 added, 1 skipped (already there), 3 unplaced`,
      '  unplaced T3 "Halvor Strand": offsets 5000 5012 are outside the text (593 code points)',
      '  unplaced T4 "Saturday": text at 395 401 is "Sunday", the .ann file says "Saturday"',
      '  unplaced T5 "3.5 million kroner a day": attribution to T9 dropped: it is not in the file or could not be placed',
    ]);
    const after = sidecarOf(dir, 'radio/harbor-hour.txt');
    assert.equal(after.length, before + 2);
    const quay = after.find((a) => a.quote === 'east quay');
    assert.deepEqual(quay && [quay.kind, quay.kind === 'entity' && quay.entity, quay.status, quay.note], [
      'entity',
      'east-quay',
      'accepted',
      'The cranes stand here.',
    ]);
  });

  it('refuses to import into a sidecar with errors and leaves it untouched', () => {
    const dir = workspace();
    const sidecar = 'invalid/ferry-notice.txt.annotations.yaml';
    const before = read(dir, sidecar);
    const r = cli(dir, 'import', 'invalid/ferry-notice.txt', '--format', 'brat', '--from', 'imports/harbor-hour-extra.ann');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /ferry-notice\.txt\.annotations\.yaml:17:12: error: quote does not match/);
    assert.match(r.stderr, /transcript-annotator: refusing to import into .*ferry-notice\.txt\.annotations\.yaml: it has 1 error; fix it first/);
    assert.equal(read(dir, sidecar), before);
  });

  it('imports the annotations a W3C export holds for the text file, leaving those of other documents', () => {
    const dir = workspace();
    assert.equal(cli(dir, 'export', 'radio', 'wire', '--format', 'w3c', '--out', 'all.jsonld').status, 0);
    fs.rmSync(path.join(dir, 'radio/harbor-hour.txt.annotations.yaml'));
    const r = cli(dir, 'import', 'radio/harbor-hour.txt.annotations.yaml', '--format', 'w3c', '--from', 'all.jsonld');
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /14 added, 0 skipped \(already there\), 0 unplaced \(new sidecar\)\n {2}12 annotations in all\.jsonld belong to other documents/);
    const claims = sidecarOf(dir, 'radio/harbor-hour.txt').filter((a) => a.kind === 'claim' && a.by !== undefined);
    assert.equal(claims.length, 4, 'attributions survive');
  });

  it('fails with one line for an import file that is missing or not in the format', () => {
    const dir = workspace();
    const missing = cli(dir, 'import', WIRE, '--format', 'w3c', '--from', 'nope.jsonld');
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'transcript-annotator: nope.jsonld: no such file\n');
    const wrong = cli(dir, 'import', WIRE, '--format', 'w3c', '--from', 'imports/harbor-hour-extra.ann');
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /^transcript-annotator: imports\/harbor-hour-extra\.ann: not JSON: /);
  });
});

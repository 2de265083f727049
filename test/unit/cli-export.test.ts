import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadSidecar, sameSidecar } from '../../src/core';
import { buildCli, cli, read, workspace } from './cli-harness.test';

const lines = (s: string): string[] => s.trimEnd().split('\n');
const p = (...parts: string[]): string => path.join(...parts);

describe('transcript-annotator export', function () {
  this.timeout(20_000);
  before(() => buildCli());

  it('writes a lossless json bundle of every sidecar found, named by path relative to the working directory', () => {
    const dir = workspace();
    const r = cli(dir, 'export', 'radio', 'wire', '--format', 'json', '--out', 'out/all.json');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `wrote ${p('out', 'all.json')}\n`);
    const bundle = JSON.parse(read(dir, 'out/all.json'));
    assert.deepEqual(
      bundle.documents.map((d: { document: string }) => d.document),
      ['radio/harbor-hour.txt', 'wire/varnholm-dockers.txt'],
    );
    const original = loadSidecar(read(dir, 'wire/varnholm-dockers.txt.annotations.yaml'), read(dir, 'wire/varnholm-dockers.txt')).sidecar;
    assert.ok(original && sameSidecar(bundle.documents[1].sidecar, original));
  });

  it('writes brat per document into the --out folder: the normalised text, the .ann and annotation.conf', () => {
    const dir = workspace();
    const r = cli(dir, 'export', '.', '--format', 'brat', '--out', 'export/brat');
    assert.deepEqual(
      lines(r.stdout),
      ['radio/harbor-hour.txt', 'radio/harbor-hour.ann', 'wire/varnholm-dockers.txt', 'wire/varnholm-dockers.ann', 'annotation.conf'].map(
        (f) => `wrote ${p('export', 'brat', f)}`,
      ),
    );
    const txt = read(dir, 'export/brat/wire/varnholm-dockers.txt');
    assert.equal(txt, read(dir, 'wire/varnholm-dockers.txt').replace(/\r\n/g, '\n'));
    assert.match(read(dir, 'export/brat/wire/varnholm-dockers.ann'), /^T3\tClaim 37 112\tDockworkers in Varnholm .* on Tuesday 🚢$/m);
    assert.match(r.stderr, /invalid[/\\]ferry-notice\.txt\.annotations\.yaml: skipped: the sidecar has 1 error;/);
    assert.equal(r.status, 1, 'a skipped sidecar makes the export incomplete');
  });

  it('writes csv that a CSV parser reads back, with a BOM only when --bom is given', () => {
    const dir = workspace();
    assert.equal(cli(dir, 'export', 'wire', '--format', 'csv', '--out', 'a.csv').status, 0);
    assert.equal(cli(dir, 'export', 'wire', '--format', 'csv', '--out', 'b.csv', '--bom').status, 0);
    const plain = read(dir, 'a.csv');
    assert.notEqual(plain.charCodeAt(0), 0xfeff);
    assert.equal(read(dir, 'b.csv'), '\ufeff' + plain);
    const rows = parse(plain, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 12);
    const twoParagraphs = rows.find((row) => row.id === 'cdisp001');
    assert.equal(twoParagraphs?.text, 'Teodor Brakke disputed that figure.\n\n“We are not going back for a 2 percent raise,”');
  });

  it('writes a one-file format to standard output with --out -', () => {
    const r = cli(workspace(), 'export', 'wire/varnholm-dockers.txt', '--format', 'jsonl', '--out', '-');
    assert.equal(r.status, 0);
    assert.equal(lines(r.stdout).length, 12);
    assert.equal(JSON.parse(lines(r.stdout)[0] ?? '').document, 'wire/varnholm-dockers.txt');
  });

  it('writes w3c, conll and markdown, with conll warnings on standard error', () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, 'out'));
    assert.equal(cli(dir, 'export', 'radio', 'wire', '--format', 'w3c', '--out', 'out').status, 0, 'an existing folder gets the default name');
    assert.equal(JSON.parse(read(dir, 'out/annotations.jsonld')).total, 26);
    const conll = cli(dir, 'export', 'radio', 'wire', '--format', 'conll', '--out', 'out/tags.conll');
    assert.equal(conll.status, 0);
    assert.match(conll.stderr, /^warning: wire\/varnholm-dockers\.txt: claim craise01 .*: overlaps claim cdisp001/m);
    // "Varnholm's" is two tokens, as Penn Treebank splits it: the entity "Varnholm" aligns.
    assert.ok(!conll.stderr.includes('evarn001'), conll.stderr);
    assert.match(read(dir, 'out/tags.conll'), /^Varnholm\tB-LOCATION\tO\n's\tO\tO$/m);
    assert.equal((read(dir, 'out/tags.conll').match(/^-DOCSTART-/gm) ?? []).length, 2);
    assert.equal(cli(dir, 'export', 'radio', '--format', 'markdown', '--out', 'reports').status, 0);
    assert.match(read(dir, 'reports/radio/harbor-hour.txt.md'), /^# radio\/harbor-hour\.txt/);
  });

  it('refuses, before writing anything, an export that would overwrite the files it reads', () => {
    const dir = workspace();
    const before = read(dir, 'wire/varnholm-dockers.txt');
    const r = cli(dir, 'export', 'wire', '--format', 'brat', '--out', '.');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /refusing to write .*varnholm-dockers\.txt: it is one of the files being exported/);
    assert.equal(read(dir, 'wire/varnholm-dockers.txt'), before);
    assert.ok(!fs.existsSync(path.join(dir, 'wire/varnholm-dockers.ann')));
  });

  it('fails with one line when no valid sidecar is found', () => {
    const r = cli(workspace(), 'export', 'invalid', '--format', 'json', '--out', 'x.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /transcript-annotator: nothing to export: no valid sidecars found in invalid\n$/);
  });
});

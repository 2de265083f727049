/**
 * The command-line tool against concurrent writers and hostile files: every annotation of 20
 * imports started at once is kept; second YAML documents, oversized files, links to sources
 * and spreadsheet formulas are handled without losing or corrupting anything.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSidecar, normalizeText } from '../../src/core';
import { buildCli, cli, read, workspace } from './cli-harness.test';

const RADIO = 'radio/harbor-hour.txt';
const SIDECAR = `${RADIO}.annotations.yaml`;
const leftovers = (dir: string, folder: string): string[] => fs.readdirSync(path.join(dir, folder)).filter((n) => /\.(tmp|lock|break)$/.test(n));

function runAsync(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [buildCli(), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// brat lines for `count` distinct words of the text, each in its own .ann file.
function bratFiles(dir: string, count: number): string[] {
  const text = [...normalizeText(read(dir, RADIO))];
  const joined = text.join('');
  const seen = new Set<string>();
  const files: string[] = [];
  for (const m of joined.matchAll(/\b[A-Za-z]{4,}\b/g)) {
    if (seen.has(m[0]) || files.length === count) continue;
    seen.add(m[0]);
    const start = [...joined.slice(0, m.index)].length;
    const file = `imports/word-${files.length}.ann`;
    fs.writeFileSync(path.join(dir, file), `T1\tTopic ${start} ${start + m[0].length}\t${m[0]}\n`);
    files.push(file);
  }
  assert.equal(files.length, count);
  return files;
}

const annotationsOf = (dir: string, text = RADIO): number => {
  const loaded = loadSidecar(read(dir, `${text}.annotations.yaml`), read(dir, text));
  assert.deepEqual(
    loaded.problems.filter((p) => p.severity === 'error'),
    [],
  );
  return loaded.sidecar?.annotations.length ?? -1;
};

describe('transcript-annotator with concurrent writers and hostile files', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('keeps all 20 annotations of 20 imports started at once into one sidecar', async () => {
    const dir = workspace();
    const before = annotationsOf(dir);
    const files = bratFiles(dir, 20);
    const runs = await Promise.all(files.map((file) => runAsync(dir, ['import', RADIO, '--format', 'brat', '--from', file])));
    for (const r of runs) assert.equal(r.status, 0, r.stderr);
    for (const r of runs) assert.match(r.stdout, /: 1 added, 0 skipped/);
    assert.equal(annotationsOf(dir), before + 20);
    assert.deepEqual(leftovers(dir, 'radio'), []);
  });

  it('keeps the imports of writers racing check --fix', async () => {
    const dir = workspace();
    const before = annotationsOf(dir);
    const files = bratFiles(dir, 6);
    const runs = await Promise.all([
      ...files.map((file) => runAsync(dir, ['import', RADIO, '--format', 'brat', '--from', file])),
      runAsync(dir, ['check', 'radio', '--fix']),
      runAsync(dir, ['check', 'radio', '--fix']),
    ]);
    for (const r of runs.slice(0, 6)) assert.equal(r.status, 0, r.stderr);
    assert.equal(annotationsOf(dir), before + 6);
  });

  it('refuses a second YAML document at its line and column, and never deletes it', () => {
    const dir = workspace();
    const source = read(dir, SIDECAR) + '---\nreviewer notes: keep this\n';
    fs.writeFileSync(path.join(dir, SIDECAR), source);
    const line = source.split('\n').indexOf('---') + 1;
    const validate = cli(dir, 'validate', RADIO);
    assert.equal(validate.status, 1);
    assert.match(
      validate.stdout,
      new RegExp(`harbor-hour\\.txt\\.annotations\\.yaml:${line}:1: error: a second YAML document starts here.*\\[multiple-documents\\]`),
    );
    const [file] = bratFiles(dir, 1);
    assert.equal(cli(dir, 'import', RADIO, '--format', 'brat', '--from', file as string).status, 1);
    assert.equal(cli(dir, 'check', RADIO, '--fix').status, 1);
    assert.equal(read(dir, SIDECAR), source);
  });

  it('never exports over a source text or a sidecar, through a symbolic link to the file or to its folder', () => {
    const dir = workspace();
    const before = [read(dir, SIDECAR), read(dir, RADIO)];
    fs.symlinkSync(path.join(dir, SIDECAR), path.join(dir, 'innocent.json'));
    fs.symlinkSync(path.join(dir, RADIO), path.join(dir, 'innocent.csv'));
    fs.symlinkSync(dir, path.join(dir, 'out-link'));
    for (const [format, out] of [
      ['json', 'innocent.json'],
      ['csv', 'innocent.csv'],
      ['brat', 'out-link'],
      ['brat', '.'],
      ['csv', 'wire/varnholm-dockers.txt'],
      ['json', 'entities.annotations.yaml'],
    ]) {
      const r = cli(dir, 'export', 'radio', '--format', format as string, '--out', out as string);
      assert.equal(r.status, 1, `${format} to ${out}: ${r.stdout}`);
      assert.match(r.stderr, /refusing to write .*nothing was written/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
    assert.deepEqual([read(dir, SIDECAR), read(dir, RADIO)], before);
    assert.ok(fs.lstatSync(path.join(dir, 'innocent.json')).isSymbolicLink());
  });

  it('applies the size limit in check and check --fix, and never rewrites an oversized sidecar', () => {
    const dir = workspace();
    const big = read(dir, SIDECAR).replace('annotations:\n', `# ${'x'.repeat(21 * 1024 * 1024)}\nannotations:\n`);
    fs.writeFileSync(path.join(dir, SIDECAR), big);
    for (const args of [
      ['check', RADIO],
      ['check', RADIO, '--fix'],
      ['validate', RADIO],
    ]) {
      const r = cli(dir, ...args);
      assert.equal(r.status, 1);
      assert.match(r.stdout + r.stderr, /1:1: error: sidecar is too large \(21(\.\d)? MB; limit 20 MB\)/);
    }
    assert.equal(fs.statSync(path.join(dir, SIDECAR)).size, Buffer.byteLength(big));
  });

  it('gives a text file over the 64 MB limit a clear error in every verb', () => {
    const dir = workspace();
    fs.appendFileSync(path.join(dir, RADIO), 'a'.repeat(65 * 1024 * 1024));
    const validate = cli(dir, 'validate', RADIO);
    assert.equal(validate.status, 1);
    assert.match(
      validate.stdout,
      /harbor-hour\.txt\.annotations\.yaml:1:1: error: text file "harbor-hour\.txt" is too large \(65(\.\d)? MB; limit 64 MB\) \[text-too-large\]/,
    );
    const exported = cli(dir, 'export', 'radio', '--format', 'conll', '--out', 'x.conll');
    assert.equal(exported.status, 1);
    assert.ok(!fs.existsSync(path.join(dir, 'x.conll')));
  });

  it('sweeps the temporary file and breaks the lock a killed writer left behind', () => {
    const dir = workspace();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    const host = require('node:os').hostname() as string;
    const temp = `.harbor-hour.txt.annotations.yaml.abcdefabcdef.tmp`;
    fs.writeFileSync(path.join(dir, 'radio', temp), read(dir, SIDECAR).slice(0, 100));
    fs.writeFileSync(path.join(dir, `${SIDECAR}.lock`), JSON.stringify({ token: 'abcdefabcdef', tool: 'import', pid, host, time: Date.now(), temp }));
    const [file] = bratFiles(dir, 1);
    const r = cli(dir, 'import', RADIO, '--format', 'brat', '--from', file as string);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(leftovers(dir, 'radio'), []);
  });

  it('neutralises spreadsheet formulas in CSV cells unless --csv-raw is given', () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'formula.txt'), 'The poster read =HYPERLINK("http://example.test","click") and @SUM(A1) and +1 and -2.\n');
    const text = read(dir, 'formula.txt');
    const at = (s: string): string => `${text.indexOf(s)} ${text.indexOf(s) + s.length}\t${s}`;
    fs.writeFileSync(
      path.join(dir, 'f.ann'),
      ['=HYPERLINK("http://example.test","click")', '@SUM(A1)', '+1', '-2'].map((s, i) => `T${i + 1}\tClaim ${at(s)}`).join('\n') + '\n',
    );
    assert.equal(cli(dir, 'import', 'formula.txt', '--format', 'brat', '--from', 'f.ann').status, 0);
    assert.equal(cli(dir, 'export', 'formula.txt', '--format', 'csv', '--out', 'safe.csv').status, 0);
    const safe = read(dir, 'safe.csv');
    assert.match(safe, /,"'=HYPERLINK\(""http:\/\/example\.test"",""click""\)",/);
    for (const cell of ["'@SUM(A1)", "'+1", "'-2"]) assert.ok(safe.includes(`,${cell},`), cell);
    assert.equal(cli(dir, 'export', 'formula.txt', '--format', 'csv', '--out', 'raw.csv', '--csv-raw').status, 0);
    assert.match(read(dir, 'raw.csv'), /,"=HYPERLINK\(/);
    assert.equal(cli(dir, 'export', 'formula.txt', '--format', 'json', '--out', 'x.json', '--csv-raw').status, 2);
  });

  it('escapes bare URLs, www. names and e-mail addresses in the markdown export', () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'links.txt'), 'Details at https://evil.example/x, www.evil.example or tips@evil.example today.\n');
    const text = read(dir, 'links.txt');
    fs.writeFileSync(path.join(dir, 'l.ann'), `T1\tClaim 0 ${text.trimEnd().length}\t${text.trimEnd()}\n`);
    assert.equal(cli(dir, 'import', 'links.txt', '--format', 'brat', '--from', 'l.ann').status, 0);
    assert.equal(cli(dir, 'export', 'links.txt', '--format', 'markdown', '--out', 'md').status, 0);
    const md = read(dir, 'md/links.txt.md');
    assert.match(md, /https\\:\/\/evil\.example\/x, www\\\.evil\.example or tips\\@evil\.example/);
    assert.doesNotMatch(md, /https:\/\/|www\.e|s@e/);
  });

  it('reports nesting that is too deep at its own line and column', () => {
    const dir = workspace();
    const source = read(dir, SIDECAR).replace(/\nannotations:\n/, `\nextra: ${'['.repeat(300)}\nannotations:\n`);
    fs.writeFileSync(path.join(dir, SIDECAR), source);
    const line = source.split('\n').findIndex((l) => l.startsWith('extra:')) + 1;
    const r = cli(dir, 'validate', RADIO);
    assert.match(r.stdout, new RegExp(`:${line}:208: error: sidecar is nested too deeply to read \\[too-deep\\]`));
  });

  it('stops with one line, no stack trace, when standard output is full', () => {
    const dir = workspace();
    const out = fs.openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [buildCli(), 'check', 'radio', 'wire'], { cwd: dir, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    fs.closeSync(out);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'transcript-annotator: cannot write to standard output: no space left on the device\n');
  });

  it('ends quietly, no stack trace, when standard output is closed early', async () => {
    const dir = workspace();
    const child = spawn(process.execPath, [buildCli(), 'check', 'radio', 'wire', 'invalid'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.notEqual(status, null, 'it exits, not killed');
  });

  it('reports a __proto__ attribute in json and W3C imports as the YAML loader does, instead of dropping it', () => {
    const dir = workspace();
    assert.equal(cli(dir, 'export', RADIO, '--format', 'json', '--out', 'a.json').status, 0);
    assert.equal(cli(dir, 'export', RADIO, '--format', 'w3c', '--out', 'a.jsonld').status, 0);
    fs.rmSync(path.join(dir, SIDECAR));
    const json = JSON.parse(read(dir, 'a.json'));
    json.documents[0].sidecar.annotations[0].attributes = JSON.parse('{"__proto__": "x", "ok": 1}');
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(json));
    const w3c = JSON.parse(read(dir, 'a.jsonld'));
    w3c.first.items[0]['ta:attributes'] = JSON.parse('{"__proto__": "x"}');
    fs.writeFileSync(path.join(dir, 'a.jsonld'), JSON.stringify(w3c));
    for (const file of ['a.json', 'a.jsonld']) {
      const r = cli(dir, 'import', RADIO, '--format', file.endsWith('json') ? 'json' : 'w3c', '--from', file);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /unplaced \S+ .*attributes: "__proto__" is a reserved attribute name; not imported/);
    }
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hashText, loadSidecar, serializeSidecar } from '../../src/core';
import { buildCli, cli, read } from './cli-harness.test';

const root = path.resolve(__dirname, '../../..');

/** A corpus folder with no registry and no sidecars: the web-copied fixtures. */
function corpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-cli-suggest-'));
  fs.mkdirSync(path.join(dir, 'corpus'));
  for (const name of ['radio-chrome.txt', 'wire-chrome.txt']) fs.copyFileSync(path.join(root, 'test/fixtures/webcopy', name), path.join(dir, 'corpus', name));
  return dir;
}

describe('transcript-annotator suggest', function () {
  this.timeout(20_000);
  before(() => buildCli());

  it('prints the suggestions as JSON lines with --dry-run and writes nothing', () => {
    const dir = corpus();
    const r = cli(dir, 'suggest', 'corpus', '--dry-run');
    assert.equal(r.status, 0, r.stderr);
    const records = r.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { document: string; kind: string; status: string; attributes: { suggested: boolean }; quote: string; by?: string; id: string },
      );
    assert.deepEqual([...new Set(records.map((x) => x.document))], ['corpus/radio-chrome.txt', 'corpus/wire-chrome.txt']);
    assert.ok(records.every((x) => x.status === 'proposed' && x.attributes.suggested === true));
    assert.deepEqual([...new Set(records.map((x) => x.kind))].sort(), ['claim', 'entity', 'speaker']);
    // Reported speech goes to the quoted source: the ministry, proposed as an entity of the same file.
    const claim = records.find((x) => x.kind === 'claim' && x.quote.includes('the interior ministry says that 1,200'));
    assert.equal(records.find((x) => x.id === claim?.by)?.quote, 'interior ministry');
    assert.ok(!records.some((x) => x.quote.includes('3 of 12') || x.quote.includes('Transcript provided')), 'nothing in boilerplate');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'corpus')).sort(), ['radio-chrome.txt', 'wire-chrome.txt']);
  });

  it('writes one valid sidecar per text, and a second run proposes nothing and rewrites nothing', () => {
    const dir = corpus();
    const first = cli(dir, 'suggest', 'corpus');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /radio-chrome\.txt\.annotations\.yaml: \d+ proposed \(\d+ speakers, \d+ entities, \d+ claims\) \(new sidecar\)/u);
    for (const name of ['radio-chrome.txt', 'wire-chrome.txt']) {
      const sidecar = read(dir, `corpus/${name}.annotations.yaml`);
      const loaded = loadSidecar(sidecar, read(dir, `corpus/${name}`), { textFileName: name });
      assert.deepEqual(
        loaded.problems.filter((p) => p.severity === 'error'),
        [],
      );
      assert.ok((loaded.sidecar?.annotations.length ?? 0) > 5);
    }
    const before = read(dir, 'corpus/wire-chrome.txt.annotations.yaml');
    const second = cli(dir, 'suggest', 'corpus');
    assert.equal(second.status, 0);
    assert.match(second.stdout, /wire-chrome\.txt\.annotations\.yaml: no new suggestions/u);
    assert.equal(read(dir, 'corpus/wire-chrome.txt.annotations.yaml'), before);
  });

  it('links a speaker label to the person another file of the corpus links to (issue 19)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-cli-suggest-'));
    fs.mkdirSync(path.join(dir, 'corpus'));
    const article = 'Ana Reyes said 2,400 crews backed the strike.\n';
    fs.writeFileSync(path.join(dir, 'corpus', 'article.txt'), article);
    const mention = {
      id: 'ment0001',
      kind: 'entity' as const,
      type: 'person',
      start: 0,
      end: 9,
      quote: 'Ana Reyes',
      entity: 'ana-reyes',
      status: 'accepted' as const,
    };
    fs.writeFileSync(
      path.join(dir, 'corpus', 'article.txt.annotations.yaml'),
      serializeSidecar({ version: 1, text: 'article.txt', textHash: hashText(article), annotations: [mention] }),
    );
    fs.writeFileSync(path.join(dir, 'corpus', 'radio.txt'), 'ANA REYES, BYLINE: The crews stayed home.\n\nREYES: They said 2,400.\n');
    const r = cli(dir, 'suggest', 'corpus', '--kinds', 'speaker', '--dry-run');
    assert.equal(r.status, 0, r.stderr);
    const speakers = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { quote: string; entity?: string });
    assert.deepEqual(
      speakers.map((x) => [x.quote, x.entity]),
      [
        ['ANA REYES', 'ana-reyes'],
        ['REYES', 'ana-reyes'],
      ],
    );
  });

  it('proposes only the kinds asked for', () => {
    const r = cli(corpus(), 'suggest', 'corpus/radio-chrome.txt', '--kinds', 'speaker', '--dry-run');
    assert.equal(r.status, 0);
    const kinds = r.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { kind: string }).kind);
    assert.deepEqual([...new Set(kinds)], ['speaker']);
    assert.equal(kinds.length, 5);
  });

  it('exits 2 on an unknown kind and 1, leaving it untouched, on a sidecar with errors', () => {
    const dir = corpus();
    const bad = cli(dir, 'suggest', 'corpus', '--kinds', 'speaker,quote');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown kind "quote"/u);
    fs.writeFileSync(path.join(dir, 'corpus/wire-chrome.txt.annotations.yaml'), 'version: 1\nannotations: [\n');
    const refused = cli(dir, 'suggest', 'corpus');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /refusing to write .*wire-chrome\.txt\.annotations\.yaml/u);
    assert.equal(read(dir, 'corpus/wire-chrome.txt.annotations.yaml'), 'version: 1\nannotations: [\n');
    assert.ok(fs.existsSync(path.join(dir, 'corpus/radio-chrome.txt.annotations.yaml')), 'the other file is still processed');
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSidecar } from '../../src/core';
import { buildCli } from './cli-harness.test';
import { cliIn, git, newRepo, tempDir } from './team-git';

const root = path.resolve(__dirname, '../../..');
const WIRE = 'wire/varnholm-dockers.txt';

function copyFixtures(dir: string): void {
  fs.cpSync(path.join(root, 'test/fixtures/cli'), dir, { recursive: true });
}

function authorsAfterImport(dir: string): Array<string | undefined> {
  assert.equal(cliIn(dir, ['export', 'wire', '--format', 'brat', '--out', 'brat']).status, 0);
  fs.rmSync(path.join(dir, `${WIRE}.annotations.yaml`));
  const r = cliIn(dir, ['import', WIRE, '--format', 'brat', '--from', 'brat/wire/varnholm-dockers.ann']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const loaded = loadSidecar(fs.readFileSync(path.join(dir, `${WIRE}.annotations.yaml`), 'utf8'), fs.readFileSync(path.join(dir, WIRE), 'utf8'));
  assert.deepEqual(loaded.problems, []);
  return [...new Set(loaded.sidecar?.annotations.map((a) => a.author))];
}

describe('transcript-annotator: the author of new annotations', function () {
  this.timeout(60_000);
  before(() => buildCli());

  it('records the git user.name of the repository on annotations the import adds', () => {
    const dir = newRepo('Ines Halvorsen');
    copyFixtures(dir);
    assert.deepEqual(authorsAfterImport(dir), ['Ines Halvorsen']);
  });

  it('records no author outside a repository and with no git identity', () => {
    const dir = tempDir('ta-nogit-');
    copyFixtures(dir);
    assert.deepEqual(authorsAfterImport(dir), [undefined]);
  });

  it('follows the repository a nested folder belongs to', () => {
    const dir = newRepo('Tomas Ekberg');
    copyFixtures(path.join(dir, 'desk'));
    git(dir, ['config', 'user.name', 'Tomas Ekberg']);
    assert.deepEqual(authorsAfterImport(path.join(dir, 'desk')), ['Tomas Ekberg']);
  });
});

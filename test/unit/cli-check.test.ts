import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSidecar } from '../../src/core';
import { buildCli, cli, read, workspace } from './cli-harness.test';

const RADIO = 'radio/harbor-hour.txt';
const SIDECAR = `${RADIO}.annotations.yaml`;

/** Edits the radio transcript: text inserted at the top, one figure changed, one sentence deleted. */
function editTranscript(dir: string): void {
  const file = path.join(dir, RADIO);
  const text = fs
    .readFileSync(file, 'utf8')
    .replace('HARBOR HOUR,', 'HARBOR HOUR (rebroadcast),')
    .replace('That is 2,400 people', 'That is 2,500 people')
    .replace('the figure was wrong then too.', '');
  fs.writeFileSync(file, text);
}

describe('transcript-annotator check', function () {
  this.timeout(20_000);
  before(() => buildCli());

  it('reports every annotation unchanged and exits 0 when the texts did not change', () => {
    const r = cli(workspace(), 'check', 'radio', 'wire');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(
      r.stdout,
      [
        `${path.join('radio', 'harbor-hour.txt')}: 14 unchanged, 0 moved, 0 need review, 0 orphaned`,
        `${path.join('wire', 'varnholm-dockers.txt')}: 12 unchanged, 0 moved, 0 need review, 0 orphaned`,
        '',
      ].join('\n'),
    );
  });

  it('reports moved, needs-review and orphaned annotations after an edit, exits 1 and writes nothing without --fix', () => {
    const dir = workspace();
    editTranscript(dir);
    const before = read(dir, SIDECAR);
    const r = cli(dir, 'check', RADIO);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /harbor-hour\.txt: 0 unchanged, 12 moved, 1 need review, 1 orphaned\n/);
    assert.match(r.stdout, /^ {2}moved slena001 "LENA VOSS" \(53-62 -> 67-76\)$/m);
    assert.match(r.stdout, /^ {2}needs review cmemb001 "That is 2,400 people" -> "That is 2,500 people"/m);
    assert.match(r.stdout, /^ {2}orphaned cwrong01 "the figure was wrong then too"$/m);
    assert.match(r.stdout, /run with --fix to update it/);
    assert.equal(read(dir, SIDECAR), before);
  });

  it('writes the re-anchored sidecar with --fix, after which a second check finds only what still needs a person', () => {
    const dir = workspace();
    editTranscript(dir);
    const fixed = cli(dir, 'check', 'radio', '--fix');
    assert.match(fixed.stdout, /^ {2}updated radio[/\\]harbor-hour\.txt\.annotations\.yaml$/m);
    assert.equal(fixed.status, 1, 'review and orphan still need attention');
    const loaded = loadSidecar(read(dir, SIDECAR), read(dir, RADIO));
    assert.ok(loaded.sidecar, JSON.stringify(loaded.problems));
    assert.equal(loaded.textHashMatches, true);
    const again = cli(dir, 'check', 'radio');
    assert.match(again.stdout, /: 13 unchanged, 0 moved, 0 need review, 1 orphaned\n/);
  });

  it('exits 0 with --fix when every annotation only moved', () => {
    const dir = workspace();
    const file = path.join(dir, RADIO);
    fs.writeFileSync(file, 'REBROADCAST\n\n' + fs.readFileSync(file, 'utf8'));
    const r = cli(dir, 'check', RADIO, '--fix');
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /0 unchanged, 14 moved, 0 need review, 0 orphaned/);
    assert.equal(cli(dir, 'check', RADIO).status, 0);
    assert.equal(cli(dir, 'validate', RADIO).status, 0);
  });

  it('does not check a sidecar whose errors are more than moved text, and exits 1', () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, SIDECAR), read(dir, SIDECAR).replace('kind: speaker', 'kind: narrator'));
    const r = cli(dir, 'check', RADIO, '--fix');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /harbor-hour\.txt: cannot be checked: the sidecar has errors/);
    assert.match(r.stderr, /error: kind: expected one of claim, speaker, entity/);
  });
});

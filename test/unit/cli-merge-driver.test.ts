/**
 * The merge driver with real git: two annotators branch off one sidecar and registry,
 * tag, edit, review and delete different and the same annotations, and git merge, rebase
 * and cherry-pick finish with no conflict markers and files that validate.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodePointText, loadSidecar, normalizeText, writeCanonical, type Annotation, type Sidecar } from '../../src/core';
import { writeRegistry } from '../../src/core/registry/canonical';
import { loadRegistry } from '../../src/core/registry/load';
import type { EntityRegistry } from '../../src/core/registry/schema';
import { buildCli } from './cli-harness.test';
import { cliIn, git, isolatedEnv, newRepo, tempDir } from './team-git';

const root = path.resolve(__dirname, '../../..');
const TEXT = 'harbor-hour.txt';
const SIDECAR = `${TEXT}.annotations.yaml`;
const REGISTRY = 'entities.annotations.yaml';

const baseRegistry: EntityRegistry = {
  version: 1,
  entities: [
    { id: 'varnholm', name: 'Varnholm', type: 'location' },
    { id: 'varnholm-public-radio', name: 'Varnholm Public Radio', type: 'organization', aliases: ['VPR'] },
  ],
};

function readSidecar(dir: string): Sidecar {
  const loaded = loadSidecar(fs.readFileSync(path.join(dir, SIDECAR), 'utf8'), fs.readFileSync(path.join(dir, TEXT), 'utf8'));
  assert.ok(loaded.sidecar, JSON.stringify(loaded.problems));
  return loaded.sidecar;
}

function readRegistry(dir: string): EntityRegistry {
  const loaded = loadRegistry(fs.readFileSync(path.join(dir, REGISTRY), 'utf8'));
  assert.ok(loaded.registry, JSON.stringify(loaded.problems));
  return loaded.registry;
}

/** A new annotation on the first occurrence of `quote` in the text. */
function tag(dir: string, id: string, quote: string, fields: Partial<Annotation>): Annotation {
  const text = normalizeText(fs.readFileSync(path.join(dir, TEXT), 'utf8'));
  const units = text.indexOf(quote);
  assert.ok(units >= 0, quote);
  const start = Array.from(text.slice(0, units)).length;
  const end = start + Array.from(quote).length;
  assert.equal(new CodePointText(text).slice(start, end), quote);
  return { id, kind: 'entity', type: 'other', start, end, quote, status: 'proposed', ...fields };
}

function edit(dir: string, change: (annotations: Annotation[]) => Annotation[], registry?: (r: EntityRegistry) => EntityRegistry): void {
  const sidecar = readSidecar(dir);
  fs.writeFileSync(path.join(dir, SIDECAR), writeCanonical({ ...sidecar, annotations: change(sidecar.annotations) }));
  if (registry) fs.writeFileSync(path.join(dir, REGISTRY), writeRegistry(registry(readRegistry(dir))));
}

const set =
  (id: string, fields: Record<string, unknown>) =>
  (list: Annotation[]): Annotation[] =>
    list.map((a) => (a.id === id ? { ...a, ...fields } : a));
const drop =
  (id: string) =>
  (list: Annotation[]): Annotation[] =>
    list.filter((a) => a.id !== id);
const pipe =
  (...steps: Array<(list: Annotation[]) => Annotation[]>) =>
  (list: Annotation[]): Annotation[] =>
    steps.reduce((l, f) => f(l), list);

/** main with the fixture, then branches ana and bjorn with one commit each. */
function annotatorsRepo(): string {
  const dir = newRepo('Desk');
  fs.copyFileSync(path.join(root, 'test/fixtures/cli/radio', TEXT), path.join(dir, TEXT));
  fs.copyFileSync(path.join(root, 'test/fixtures/cli/radio', SIDECAR), path.join(dir, SIDECAR));
  fs.writeFileSync(path.join(dir, REGISTRY), writeRegistry(baseRegistry));
  const installed = cliIn(dir, ['install-merge-driver']);
  assert.equal(installed.status, 0, installed.stderr);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'Harbor Hour, first pass']);

  git(dir, ['checkout', '-q', '-b', 'ana']);
  edit(
    dir,
    pipe(
      (list) => [...list, tag(dir, 'anaquay1', 'east quay', { type: 'location', author: 'Ana' })],
      set('cship001', { status: 'accepted' }),
      set('eradio01', { note: 'Station name checked against the schedule.' }),
      set('ebrak001', { note: 'Brakstad is the union spokesman.' }),
      drop('evarn001'),
    ),
    (r) => ({ ...r, entities: [...r.entities, { id: 'east-quay', name: 'East Quay', type: 'location' }] }),
  );
  git(dir, ['commit', '-q', '-am', 'Ana: east quay, reviews']);

  git(dir, ['checkout', '-q', 'main']);
  git(dir, ['checkout', '-q', '-b', 'bjorn']);
  edit(
    dir,
    pipe(
      (list) => [...list, tag(dir, 'bjcrane1', 'container cranes', { type: 'other', author: 'Bjørn' })],
      set('cship001', { status: 'rejected' }),
      set('eauth001', { status: 'rejected' }),
      drop('ebrak001'),
    ),
    (r) => ({
      ...r,
      entities: [
        ...r.entities.map((e) => (e.id === 'varnholm-public-radio' ? { ...e, name: 'Varnholm Radio', aliases: ['VPR', 'the station'] } : e)),
        { id: 'halvor-brakstad', name: 'Halvor Brakstad', type: 'person' },
      ],
    }),
  );
  git(dir, ['commit', '-q', '-am', 'Bjørn: cranes, reviews']);
  return dir;
}

function assertMergedCleanly(dir: string, oursIsAna: boolean): void {
  for (const file of [SIDECAR, REGISTRY]) assert.doesNotMatch(fs.readFileSync(path.join(dir, file), 'utf8'), /^(<{7}|={7}|>{7})/m, file);
  const validate = cliIn(dir, ['validate', '.']);
  assert.equal(validate.status, 0, validate.stdout + validate.stderr);
  const byId = new Map(readSidecar(dir).annotations.map((a) => [a.id, a]));
  assert.ok(byId.has('anaquay1') && byId.has('bjcrane1'), 'both additions kept');
  assert.ok(!byId.has('evarn001'), 'deleted on one side, untouched on the other: deleted');
  assert.equal(byId.get('eradio01')?.note, 'Station name checked against the schedule.');
  assert.equal(byId.get('eauth001')?.status, 'rejected');
  const ship = byId.get('cship001');
  assert.equal(ship?.status, 'proposed');
  assert.equal(ship?.attributes?.['merge.status'], oursIsAna ? 'accepted' : 'rejected');
  assert.equal(ship?.attributes?.['merge.theirs.status'], oursIsAna ? 'rejected' : 'accepted');
  const brak = byId.get('ebrak001');
  assert.equal(brak?.note, 'Brakstad is the union spokesman.', 'deleted on one side, edited on the other: kept');
  assert.equal(brak?.attributes?.['merge.deleted'], oursIsAna ? 'theirs' : 'ours');
  const entities = new Map(readRegistry(dir).entities.map((e) => [e.id, e]));
  assert.deepEqual([...entities.keys()].sort(), ['east-quay', 'halvor-brakstad', 'varnholm', 'varnholm-public-radio']);
  assert.deepEqual(entities.get('varnholm-public-radio'), {
    id: 'varnholm-public-radio',
    name: 'Varnholm Radio',
    type: 'organization',
    aliases: ['VPR', 'the station'],
  });
}

describe('transcript-annotator merge-driver with real git', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it("lets git merge two annotators' branches with no conflict, listing what needs review", () => {
    const dir = annotatorsRepo();
    git(dir, ['checkout', '-q', 'ana']);
    const merge = git(dir, ['merge', '--no-edit', 'bjorn'], true);
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    assert.match(merge.stdout + merge.stderr, /harbor-hour\.txt\.annotations\.yaml: merged, 2 to review/);
    assert.match(merge.stdout + merge.stderr, /cship001: status changed on both sides: kept ours "accepted", theirs "rejected" recorded for review/);
    assert.match(merge.stdout + merge.stderr, /ebrak001: deleted on their side and edited on the other: kept for review/);
    assert.equal(git(dir, ['status', '--porcelain']).stdout, '');
    assertMergedCleanly(dir, true);
  });

  it("lets git rebase one annotator's branch onto the other's", () => {
    const dir = annotatorsRepo();
    git(dir, ['checkout', '-q', 'bjorn']);
    const rebase = git(dir, ['rebase', 'ana'], true);
    assert.equal(rebase.status, 0, rebase.stdout + rebase.stderr);
    // While rebasing, "ours" is the branch being rebased onto: Ana's.
    assertMergedCleanly(dir, true);
  });

  it("lets git cherry-pick one annotator's commit onto the other's branch", () => {
    const dir = annotatorsRepo();
    git(dir, ['checkout', '-q', 'bjorn']);
    const pick = git(dir, ['cherry-pick', 'ana'], true);
    assert.equal(pick.status, 0, pick.stdout + pick.stderr);
    assertMergedCleanly(dir, false);
  });

  it("exits 1 and leaves git's conflict when a version does not load", () => {
    const dir = annotatorsRepo();
    git(dir, ['checkout', '-q', 'bjorn']);
    fs.writeFileSync(path.join(dir, SIDECAR), fs.readFileSync(path.join(dir, SIDECAR), 'utf8').replace('status: rejected', 'status: [rejected'));
    git(dir, ['commit', '-q', '-am', 'A broken hand edit']);
    git(dir, ['checkout', '-q', 'ana']);
    const merge = git(dir, ['merge', '--no-edit', 'bjorn'], true);
    assert.notEqual(merge.status, 0);
    assert.match(merge.stdout + merge.stderr, /harbor-hour\.txt\.annotations\.yaml \(other version\):\d+:\d+: error: /);
    assert.match(git(dir, ['status', '--porcelain']).stdout, /^UU harbor-hour\.txt\.annotations\.yaml$/m);
  });

  it('runs directly on three files as git would, and says what is wrong with bad arguments', () => {
    const dir = tempDir('ta-driver-');
    const base = fs.readFileSync(path.join(root, 'test/fixtures/cli/radio', SIDECAR), 'utf8');
    fs.writeFileSync(path.join(dir, 'O'), base);
    fs.writeFileSync(path.join(dir, 'A'), base.replace('id: cship001\n', 'id: cship001 # checked\n'));
    fs.writeFileSync(path.join(dir, 'B'), base.replace(/(id: cwrong01[\s\S]*?status: )\w+/, '$1accepted'));
    const r = cliIn(dir, ['merge-driver', 'O', 'A', 'B', 'radio/harbor-hour.txt.annotations.yaml']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'radio/harbor-hour.txt.annotations.yaml: merged\n');
    const merged = fs.readFileSync(path.join(dir, 'A'), 'utf8');
    assert.match(merged, /id: cship001 # checked\n/);
    assert.match(merged, /id: cwrong01[\s\S]*?status: accepted/);
    assert.equal(cliIn(dir, ['merge-driver', 'O', 'A']).status, 2);
    const missing = cliIn(dir, ['merge-driver', 'O', 'nope', 'B']);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'transcript-annotator: merge-driver: nope: cannot read nope: no such file\n');
  });
});

describe('transcript-annotator install-merge-driver', function () {
  this.timeout(60_000);
  before(() => buildCli());

  it('adds the attributes line once and sets the repository config', () => {
    const dir = newRepo('Desk');
    fs.writeFileSync(path.join(dir, '.gitattributes'), '*.txt text');
    assert.equal(cliIn(dir, ['install-merge-driver', '--command', 'transcript-annotator']).status, 0);
    const again = cliIn(path.join(dir), ['install-merge-driver', '--command', 'transcript-annotator']);
    assert.match(again.stdout, /^already in .*\.gitattributes: \*\.annotations\.yaml merge=transcript-annotator$/m);
    assert.equal(fs.readFileSync(path.join(dir, '.gitattributes'), 'utf8'), '*.txt text\n*.annotations.yaml merge=transcript-annotator\n');
    assert.equal(git(dir, ['config', '--local', 'merge.transcript-annotator.driver']).stdout.trim(), 'transcript-annotator merge-driver %O %A %B %P');
    assert.match(git(dir, ['check-attr', 'merge', 'entities.annotations.yaml']).stdout, /merge: transcript-annotator/);
  });

  it('refuses outside a repository, and with --global writes the user config and attributes file', () => {
    const outside = tempDir('ta-outside-');
    const refused = cliIn(outside, ['install-merge-driver']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /not inside a git repository/);
    const home = tempDir('ta-home-');
    const env = { ...isolatedEnv(path.join(home, '.gitconfig')), HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') };
    const global = cliIn(outside, ['install-merge-driver', '--global'], env);
    assert.equal(global.status, 0, global.stderr);
    assert.equal(fs.readFileSync(path.join(home, '.config/git/attributes'), 'utf8'), '*.annotations.yaml merge=transcript-annotator\n');
    assert.match(git(outside, ['config', '--global', 'merge.transcript-annotator.driver'], false, env).stdout, / merge-driver %O %A %B %P\n$/);
  });
});

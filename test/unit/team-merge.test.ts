import assert from 'node:assert/strict';
import { hashText, loadSidecar, writeCanonical, type Annotation, type Sidecar } from '../../src/core';
import { writeRegistry } from '../../src/core/registry/canonical';
import type { EntityRegistry } from '../../src/core/registry/schema';
import { mergeFiles, mergeRegistries, mergeSidecars, pick3, mergeList } from '../../src/core/team';

const TEXT = 'LENA VOSS, HOST:\nThe Varnholm Harbour Board says about 140 deckhands stayed home 🚢.\n';
const cp = (quote: string): { start: number; end: number; quote: string } => {
  const points = Array.from(TEXT);
  const at = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
  assert.equal(points.slice(at, at + Array.from(quote).length).join(''), quote);
  return { start: at, end: at + Array.from(quote).length, quote };
};

const speaker: Annotation = { id: 'spkvoss1', kind: 'speaker', ...cp('LENA VOSS'), speaker: 'Lena Voss', role: 'host', status: 'accepted' };
const board: Annotation = {
  id: 'entboard',
  kind: 'entity',
  type: 'organization',
  ...cp('Varnholm Harbour Board'),
  entity: 'varnholm-harbour-board',
  status: 'proposed',
};
const figure: Annotation = {
  id: 'clmfig01',
  kind: 'claim',
  ...cp('about 140 deckhands stayed home'),
  claimType: 'statistic',
  by: 'spkvoss1',
  status: 'proposed',
};
const ship: Annotation = { id: 'entship1', kind: 'entity', type: 'other', ...cp('🚢'), status: 'proposed' };

const sidecar = (...annotations: Annotation[]): Sidecar => ({ version: 1, text: 'ferry.txt', textHash: hashText(TEXT), annotations });
const byId = (s: Sidecar): Map<string, Annotation> => new Map(s.annotations.map((a) => [a.id, a]));

describe('Team merge: the three-way rule', () => {
  it('takes a change made on one side, keeps ours when both changed differently', () => {
    assert.deepEqual(pick3('a', 'a', 'b'), { value: 'b', conflict: false });
    assert.deepEqual(pick3('a', 'c', 'a'), { value: 'c', conflict: false });
    assert.deepEqual(pick3('a', 'c', 'c'), { value: 'c', conflict: false });
    assert.deepEqual(pick3('a', 'c', 'b'), { value: 'c', conflict: true, theirs: 'b' });
    assert.deepEqual(pick3<string | undefined>(undefined, 'c', 'b'), { value: 'c', conflict: true, theirs: 'b' });
  });

  it('merges lists as sets: additions of both sides kept, removals of either side applied', () => {
    assert.deepEqual(mergeList(['a', 'b', 'c'], ['a', 'c', 'd'], ['a', 'b', 'e']), ['a', 'd', 'e']);
  });
});

describe('Team merge: sidecars', () => {
  const base = sidecar(speaker, board, figure);

  it('keeps annotations added on both sides', () => {
    const oursAdd: Annotation = { ...ship };
    const theirsAdd: Annotation = { id: 'entvoss2', kind: 'entity', type: 'person', ...cp('LENA VOSS'), status: 'proposed', author: 'Bjørn' };
    const { sidecar: merged, notes } = mergeSidecars(base, sidecar(speaker, board, figure, oursAdd), sidecar(speaker, board, figure, theirsAdd));
    assert.deepEqual(
      merged.annotations.map((a) => a.id),
      ['entvoss2', 'spkvoss1', 'entboard', 'clmfig01', 'entship1'],
    );
    assert.deepEqual(notes, []);
  });

  it('takes a field changed on one side, on either side, and merges different fields of one annotation', () => {
    const ours = sidecar(speaker, { ...board, status: 'accepted', modified: '2026-11-21T10:00:00.000Z' }, figure);
    const theirs = sidecar(speaker, { ...board, note: 'The board, not the city.', modified: '2026-11-22T08:30:00.000Z' }, { ...figure, claimType: 'quote' });
    const { sidecar: merged, notes } = mergeSidecars(base, ours, theirs);
    const got = byId(merged);
    assert.deepEqual(got.get('entboard'), { ...board, status: 'accepted', note: 'The board, not the city.', modified: '2026-11-22T08:30:00.000Z' });
    const claim = got.get('clmfig01');
    assert.equal(claim?.kind === 'claim' ? claim.claimType : undefined, 'quote');
    assert.deepEqual(notes, []);
  });

  it('keeps ours for a field changed differently on both sides, records theirs in attributes and marks it proposed', () => {
    const ours = sidecar({ ...speaker, role: 'anchor' }, { ...board, status: 'accepted' }, figure);
    const theirs = sidecar({ ...speaker, role: 'reporter' }, { ...board, status: 'rejected' }, figure);
    const { sidecar: merged, notes } = mergeSidecars(base, ours, theirs);
    const got = byId(merged);
    assert.deepEqual(got.get('spkvoss1'), {
      ...speaker,
      role: 'anchor',
      status: 'proposed',
      attributes: { 'merge.status': 'accepted', 'merge.theirs.role': 'reporter' },
    });
    assert.deepEqual(got.get('entboard'), { ...board, status: 'proposed', attributes: { 'merge.status': 'accepted', 'merge.theirs.status': 'rejected' } });
    assert.deepEqual(
      notes.map((n) => `${n.id} ${n.what} ${n.field} ${n.ours} ${n.theirs}`),
      ['spkvoss1 conflict role anchor reporter', 'entboard conflict status accepted rejected'],
    );
  });

  it('records a field theirs removed as null, and merges attributes key by key', () => {
    const b = { ...board, note: 'check', attributes: { desk: 'metro', confidence: 1 } };
    const ours = sidecar(speaker, { ...b, note: 'checked twice', attributes: { desk: 'metro', confidence: 2 } }, figure);
    const theirs = sidecar(speaker, { ...board, attributes: { desk: 'business', confidence: 3 } }, figure);
    const { sidecar: merged } = mergeSidecars(sidecar(speaker, b, figure), ours, theirs);
    assert.deepEqual(byId(merged).get('entboard')?.attributes, {
      confidence: 2,
      desk: 'business',
      'merge.theirs.attributes.confidence': 3,
      'merge.theirs.note': null,
    });
    assert.equal(byId(merged).get('entboard')?.note, 'checked twice');
  });

  it('merges the span as one field: a re-anchored span on one side wins whole, differing spans conflict', () => {
    const moved = { ...board, ...cp('Harbour Board') };
    const one = mergeSidecars(base, sidecar(speaker, board, figure), sidecar(speaker, moved, figure));
    assert.deepEqual(byId(one.sidecar).get('entboard'), moved);
    const other = { ...board, ...cp('Varnholm') };
    const both = mergeSidecars(base, sidecar(speaker, moved, figure), sidecar(speaker, other, figure));
    const got = byId(both.sidecar).get('entboard');
    assert.deepEqual([got?.start, got?.end, got?.quote, got?.status], [moved.start, moved.end, 'Harbour Board', 'proposed']);
    assert.equal(got?.attributes?.['merge.theirs.span'], `${other.start}-${other.end} Varnholm`);
  });

  it('deletes an annotation deleted on one side and untouched on the other, and one deleted on both', () => {
    const { sidecar: merged, notes } = mergeSidecars(sidecar(speaker, board, figure, ship), sidecar(speaker, figure, ship), sidecar(speaker, board, figure));
    assert.deepEqual(
      merged.annotations.map((a) => a.id),
      ['spkvoss1', 'clmfig01'],
    );
    assert.deepEqual(notes, []);
  });

  it('keeps an annotation deleted on one side and edited on the other, for review, whichever side deleted it', () => {
    const edited = { ...board, type: 'location' };
    const theirsDeleted = mergeSidecars(base, sidecar(speaker, edited, figure), sidecar(speaker, figure));
    assert.deepEqual(byId(theirsDeleted.sidecar).get('entboard'), { ...edited, attributes: { 'merge.deleted': 'theirs' } });
    const oursDeleted = mergeSidecars(base, sidecar(speaker, figure), sidecar(speaker, { ...edited, status: 'accepted' }, figure));
    assert.deepEqual(byId(oursDeleted.sidecar).get('entboard'), {
      ...edited,
      status: 'proposed',
      attributes: { 'merge.deleted': 'ours', 'merge.status': 'accepted' },
    });
    assert.deepEqual(oursDeleted.notes, [{ id: 'entboard', what: 'deleted-edited', deletedBy: 'ours' }]);
  });

  it('brings back a deleted speaker that a kept claim still names, so no attribution dangles', () => {
    const noFigure = sidecar(speaker, board);
    const newClaim: Annotation = { id: 'clmnew01', kind: 'claim', ...cp('stayed home'), by: 'spkvoss1', status: 'accepted' };
    const { sidecar: merged, notes } = mergeSidecars(noFigure, sidecar(speaker, board, newClaim), sidecar(board));
    assert.deepEqual(byId(merged).get('spkvoss1'), { ...speaker, status: 'proposed', attributes: { 'merge.deleted': 'theirs', 'merge.status': 'accepted' } });
    assert.deepEqual(
      notes.map((n) => n.what),
      ['deleted-referenced'],
    );
  });

  it('adds an id both sides added once when equal, and as a conflict when not (no ancestor)', () => {
    const same = mergeSidecars(undefined, sidecar(ship), sidecar(ship));
    assert.deepEqual(same.sidecar.annotations, [ship]);
    const differ = mergeSidecars(undefined, sidecar(ship), sidecar({ ...ship, type: 'event' }));
    assert.deepEqual(byId(differ.sidecar).get('entship1')?.attributes, { 'merge.theirs.type': 'event' });
  });
});

describe('Team merge: the registry', () => {
  const reg = (...entities: EntityRegistry['entities']): EntityRegistry => ({ version: 1, entities });
  const board = { id: 'varnholm-harbour-board', name: 'Varnholm Harbour Board', type: 'organization', aliases: ['the board'] };
  const ines = { id: 'ines-halvorsen', name: 'Ines Halvorsen', type: 'person' };

  it('keeps entities added on both sides and merges aliases as sets', () => {
    const { registry, notes } = mergeRegistries(
      reg(board),
      reg({ ...board, aliases: ['the board', 'harbour board'] }, ines),
      reg({ ...board, aliases: ['the Board'] }, { id: 'tomas-ekberg', name: 'Tomas Ekberg', type: 'person' }),
    );
    assert.deepEqual(
      registry.entities.map((e) => e.id),
      ['ines-halvorsen', 'tomas-ekberg', 'varnholm-harbour-board'],
    );
    assert.deepEqual(registry.entities[2]?.aliases, ['harbour board', 'the Board']);
    assert.deepEqual(notes, []);
  });

  it('keeps our name and makes theirs an alias, and notes other conflicting values', () => {
    const { registry, notes } = mergeRegistries(
      reg(board),
      reg({ ...board, name: 'Harbour Board of Varnholm', type: 'event' }),
      reg({ ...board, name: 'Varnholm Port Board', type: 'location' }),
    );
    assert.deepEqual(registry.entities[0], {
      ...board,
      name: 'Harbour Board of Varnholm',
      type: 'event',
      aliases: ['the board', 'Varnholm Port Board'],
      note: '[merge] changed on both sides, ours kept; theirs: type "location"',
    });
    assert.deepEqual(
      notes.map((n) => n.field),
      ['name', 'type'],
    );
  });

  it('keeps an entity deleted on one side and edited on the other, its note saying so', () => {
    const { registry } = mergeRegistries(reg(board, ines), reg(board), reg(board, { ...ines, externalId: 'Q4242' }));
    assert.deepEqual(
      registry.entities.find((e) => e.id === 'ines-halvorsen'),
      { ...ines, externalId: 'Q4242', note: '[merge] deleted on our side, edited on the other: kept for review' },
    );
  });
});

describe('Team merge: files', () => {
  const base = sidecar(speaker, board);
  it('writes the ours file edited in place, so its comments survive, and the result loads', () => {
    const ours = `# Checked by the night desk.\n${writeCanonical(sidecar(speaker, { ...board, status: 'accepted' }))}`.replace(
      '  - id: entboard\n',
      '  - id: entboard # the board, not the city\n',
    );
    const theirs = writeCanonical(sidecar(speaker, board, figure));
    const r = mergeFiles('sidecar', writeCanonical(base), ours, theirs);
    assert.ok(r.ok);
    assert.match(r.text, /^# Checked by the night desk\.\n/);
    assert.match(r.text, /id: entboard # the board, not the city\n/);
    const loaded = loadSidecar(r.text, TEXT);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(
      loaded.sidecar?.annotations.map((a) => `${a.id} ${a.status}`),
      ['spkvoss1 accepted', 'entboard accepted', 'clmfig01 proposed'],
    );
  });

  it('writes a canonical result for canonical inputs, an empty ancestor meaning none', () => {
    const r = mergeFiles('sidecar', '', writeCanonical(sidecar(speaker)), writeCanonical(sidecar(board)));
    assert.ok(r.ok);
    assert.equal(r.text, writeCanonical(sidecar(speaker, board)));
  });

  it('fails, naming the input and the position, when an input does not load', () => {
    const broken = writeCanonical(base).replace('status: accepted', 'status: approved');
    const r = mergeFiles('sidecar', writeCanonical(base), writeCanonical(base), broken);
    assert.ok(!r.ok);
    assert.equal(r.input, 'other');
    assert.equal(
      r.problem.line,
      broken.split('\n').findIndex((l) => l.includes('approved')),
    );
    const yaml = mergeFiles('registry', writeRegistry({ version: 1, entities: [] }), 'version: 1\nentities: [\n', writeRegistry({ version: 1, entities: [] }));
    assert.ok(!yaml.ok);
    assert.equal(yaml.input, 'current');
  });
});

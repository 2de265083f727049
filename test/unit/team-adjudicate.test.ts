import assert from 'node:assert/strict';
import type { Annotation } from '../../src/core';
import { acceptAgreements, compareAnnotations, comparisonCounts, resolveItem, type ComparisonItem } from '../../src/core/team';

// "Kofi Mensah-Ríos, head of the Varnholm 🌊 port authority, said 1,150 jobs were lost."
const entity = (id: string, start: number, end: number, type: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  kind: 'entity',
  type,
  start,
  end,
  quote: 'x',
  status: 'proposed',
  ...extra,
});
const claim = (id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation =>
  ({ id, kind: 'claim', start, end, quote: 'x', status: 'proposed', ...extra }) as Annotation;
const speaker = (id: string, start: number, end: number, name: string): Annotation => ({
  id,
  kind: 'speaker',
  start,
  end,
  quote: 'x',
  status: 'proposed',
  speaker: name,
});

const summary = (items: readonly ComparisonItem[]): string[] =>
  items.map((i) => `${i.status} ${i.mine?.id ?? '-'} ${i.theirs?.id ?? '-'}${i.fields.length ? ` [${i.fields.join(',')}]` : ''}`);

let counter = 0;
const fresh = (taken: ReadonlySet<string>): string => {
  let id: string;
  do id = `n${String(counter++).padStart(7, '0')}`;
  while (taken.has(id));
  return id;
};

describe('Adjudication: comparing two sides', () => {
  it('classifies agree, differ (with the fields), only mine and only theirs, in text order', () => {
    const mine = [entity('aaaaaaa1', 0, 16, 'person'), entity('aaaaaaa2', 33, 48, 'organization'), claim('aaaaaaa3', 50, 83)];
    const theirs = [entity('bbbbbbb1', 0, 16, 'person'), entity('bbbbbbb2', 33, 48, 'location'), entity('bbbbbbb3', 26, 32, 'location')];
    assert.deepEqual(summary(compareAnnotations(mine, theirs)), [
      'agree aaaaaaa1 bbbbbbb1',
      'only-theirs - bbbbbbb3',
      'differ aaaaaaa2 bbbbbbb2 [type]',
      'only-mine aaaaaaa3 -',
    ]);
  });

  it('pairs overlapping spans of the same kind, the largest overlap first, one to one', () => {
    const mine = [entity('aaaaaaa1', 10, 20, 'person')];
    const theirs = [entity('bbbbbbb1', 5, 12, 'person'), entity('bbbbbbb2', 12, 22, 'person')];
    assert.deepEqual(summary(compareAnnotations(mine, theirs)), ['only-theirs - bbbbbbb1', 'differ aaaaaaa1 bbbbbbb2 [span]']);
  });

  it('finds an overlapping span that starts long before mine, past shorter ones', () => {
    const mine = [claim('aaaaaaa1', 500, 520)];
    const theirs = [claim('bbbbbbb1', 0, 510), claim('bbbbbbb2', 100, 120), claim('bbbbbbb3', 480, 499)];
    assert.deepEqual(summary(compareAnnotations(mine, theirs)), ['only-theirs - bbbbbbb2', 'only-theirs - bbbbbbb3', 'differ aaaaaaa1 bbbbbbb1 [span]']);
  });

  it('never pairs different kinds, even at the same span', () => {
    const items = compareAnnotations([entity('aaaaaaa1', 0, 5, 'person')], [speaker('bbbbbbb1', 0, 5, 'Kofi')]);
    assert.deepEqual(comparisonCounts(items), { agree: 0, differ: 0, 'only-mine': 1, 'only-theirs': 1 });
  });

  it('at one span prefers the annotation with the same labels, then the same id', () => {
    const mine = [entity('aaaaaaa1', 0, 5, 'person'), entity('aaaaaaa2', 0, 5, 'location')];
    const theirs = [entity('bbbbbbb1', 0, 5, 'location'), entity('aaaaaaa1', 0, 5, 'organization')];
    assert.deepEqual(summary(compareAnnotations(mine, theirs)), ['differ aaaaaaa1 aaaaaaa1 [type]', 'agree aaaaaaa2 bbbbbbb1']);
  });

  it('compares `by` by the span of the source, not its id', () => {
    const mine = [speaker('aaaaaaa1', 0, 6, 'Okonjo'), claim('aaaaaaa2', 8, 30, { by: 'aaaaaaa1' })];
    const same = [speaker('bbbbbbb1', 0, 6, 'Okonjo'), claim('bbbbbbb2', 8, 30, { by: 'bbbbbbb1' })];
    const other = [speaker('bbbbbbb1', 0, 6, 'Okonjo'), speaker('bbbbbbb3', 40, 46, 'Mensah'), claim('bbbbbbb2', 8, 30, { by: 'bbbbbbb3' })];
    assert.deepEqual(comparisonCounts(compareAnnotations(mine, same)), { agree: 2, differ: 0, 'only-mine': 0, 'only-theirs': 0 });
    assert.deepEqual(
      summary(compareAnnotations(mine, other)).filter((s) => s.startsWith('differ')),
      ['differ aaaaaaa2 bbbbbbb2 [by]'],
    );
  });

  it('leaves rejected and orphaned annotations out', () => {
    const mine = [entity('aaaaaaa1', 0, 5, 'person', { status: 'rejected' }), entity('aaaaaaa2', 9, 12, 'person', { orphaned: true })];
    assert.deepEqual(
      compareAnnotations(mine, [entity('bbbbbbb1', 0, 5, 'person')]).map((i) => i.status),
      ['only-theirs'],
    );
  });

  it('ignores who made an annotation, when, and its review status', () => {
    const mine = [entity('aaaaaaa1', 0, 5, 'person', { author: 'Ama', created: '2026-11-01T10:00:00Z', status: 'accepted' })];
    const theirs = [entity('bbbbbbb1', 0, 5, 'person', { author: 'Ben', created: '2026-11-02T10:00:00Z' })];
    assert.equal(compareAnnotations(mine, theirs)[0]?.status, 'agree');
  });
});

describe('Adjudication: settling', () => {
  const mine = [speaker('aaaaaaa1', 0, 6, 'Okonjo'), claim('aaaaaaa2', 8, 30, { by: 'aaaaaaa1' }), entity('aaaaaaa3', 33, 48, 'organization')];
  const theirs = [
    speaker('bbbbbbb1', 0, 6, 'Okonjo'),
    claim('bbbbbbb2', 8, 30, { by: 'bbbbbbb1' }),
    entity('bbbbbbb3', 33, 48, 'location', { author: 'Ben' }),
    claim('aaaaaaa3', 50, 60, { by: 'bbbbbbb1', claimType: 'statistic' }),
  ];
  const items = compareAnnotations(mine, theirs);
  const find = (id: string): ComparisonItem => items.find((i) => i.mine?.id === id || i.theirs?.id === id) as ComparisonItem;

  it('Keep Mine changes nothing', () => {
    assert.deepEqual(resolveItem(mine, items, find('bbbbbbb3'), 'mine', fresh), mine);
    assert.deepEqual(resolveItem(mine, items, find('aaaaaaa3'), 'mine', fresh), mine);
  });

  it('Take Theirs puts their version under my id, after which the pair agrees', () => {
    const after = resolveItem(mine, items, find('bbbbbbb3'), 'theirs', fresh);
    assert.deepEqual(
      after.find((a) => a.id === 'aaaaaaa3'),
      { ...theirs[2], id: 'aaaaaaa3' },
    );
    assert.equal(after.length, mine.length);
    const again = compareAnnotations(after, theirs).find((i) => i.mine?.id === 'aaaaaaa3');
    assert.equal(again?.status, 'agree');
  });

  it('Take Theirs of an annotation only they have adds it with a fresh id when mine uses its id, its source pointed at mine', () => {
    const after = resolveItem(mine, items, items.find((i) => i.status === 'only-theirs') as ComparisonItem, 'theirs', fresh);
    const added = after[after.length - 1] as Annotation & { by?: string };
    assert.equal(after.length, mine.length + 1);
    assert.notEqual(added.id, 'aaaaaaa3');
    assert.equal(added.by, 'aaaaaaa1');
    assert.equal(compareAnnotations(after, theirs).filter((i) => i.status === 'only-theirs').length, 0);
  });

  it('Take Theirs of an annotation only I have removes it and unlinks claims naming it', () => {
    const only = compareAnnotations(mine, [theirs[1] as Annotation]);
    const item = only.find((i) => i.mine?.id === 'aaaaaaa1') as ComparisonItem;
    assert.equal(item.status, 'only-mine');
    const after = resolveItem(mine, only, item, 'theirs', fresh);
    assert.deepEqual(
      after.map((a) => a.id),
      ['aaaaaaa2', 'aaaaaaa3'],
    );
    assert.equal((after[0] as { by?: string }).by, undefined);
  });

  it('Keep Both keeps mine and adds theirs', () => {
    const after = resolveItem(mine, items, find('bbbbbbb3'), 'both', fresh);
    assert.deepEqual(after.slice(0, 3), mine);
    assert.deepEqual(after[3], theirs[2]);
  });

  it('drops a `by` naming a source I do not have', () => {
    const lone = compareAnnotations([], [theirs[1] as Annotation]);
    const after = resolveItem([], lone, lone[0] as ComparisonItem, 'theirs', fresh);
    assert.equal((after[0] as { by?: string }).by, undefined);
  });

  it('Accept All Agreements accepts my side of every agreeing pair and nothing else', () => {
    const after = acceptAgreements(mine, items);
    assert.deepEqual(
      after.map((a) => a.status),
      ['accepted', 'accepted', 'proposed'],
    );
  });
});

import assert from 'node:assert/strict';
import { SpanTracker } from '../../src/core/anchor';

// "The port of Varnholm" with a span on "port" ([4, 8)) and one on "Varnholm" ([12, 20)).
function tracker(): SpanTracker {
  const t = new SpanTracker();
  t.add('port', 4, 8);
  t.add('city', 12, 20);
  return t;
}

const at = (t: SpanTracker, id: string): [number, number, boolean] => {
  const p = t.get(id);
  assert.ok(p, `${id} is tracked`);
  return [p.start, p.end, p.orphaned];
};

describe('SpanTracker: insertions', () => {
  it('shifts a span when text is inserted before it', () => {
    const t = tracker();
    t.applyEdit(0, 0, 4);
    assert.deepEqual(at(t, 'port'), [8, 12, false]);
    assert.deepEqual(at(t, 'city'), [16, 24, false]);
  });

  it('grows a span when text is inserted strictly inside it, and reports it as edited', () => {
    const t = tracker();
    const r = t.applyEdit(6, 0, 3);
    assert.deepEqual(at(t, 'port'), [4, 11, false]);
    assert.deepEqual(at(t, 'city'), [15, 23, false]);
    assert.deepEqual(r, { orphaned: [], edited: ['port'], restored: [] });
  });

  it('puts text inserted exactly at a span start before the span', () => {
    const t = tracker();
    const r = t.applyEdit(4, 0, 2);
    assert.deepEqual(at(t, 'port'), [6, 10, false]);
    assert.deepEqual(r.edited, []);
  });

  it('puts text inserted exactly at a span end after the span, which does not grow', () => {
    const t = tracker();
    t.applyEdit(8, 0, 2);
    assert.deepEqual(at(t, 'port'), [4, 8, false]);
    assert.deepEqual(at(t, 'city'), [14, 22, false]);
  });

  it('leaves a span alone when text is inserted after it', () => {
    const t = tracker();
    t.applyEdit(10, 0, 5);
    assert.deepEqual(at(t, 'port'), [4, 8, false]);
  });
});

describe('SpanTracker: deletions', () => {
  it('shifts a span left when text before it is deleted', () => {
    const t = tracker();
    t.applyEdit(0, 4, 0);
    assert.deepEqual(at(t, 'port'), [0, 4, false]);
  });

  it('trims the start of a span when a deletion cuts into it from before', () => {
    const t = tracker();
    const r = t.applyEdit(2, 4, 0);
    assert.deepEqual(at(t, 'port'), [2, 4, false]);
    assert.deepEqual(r.edited, ['port']);
  });

  it('trims the end of a span when a deletion cuts into it from after', () => {
    const t = tracker();
    t.applyEdit(6, 4, 0);
    assert.deepEqual(at(t, 'port'), [4, 6, false]);
    assert.deepEqual(at(t, 'city'), [8, 16, false]);
  });

  it('shrinks a span when a deletion lies inside it, even touching one of its ends', () => {
    const t = tracker();
    t.applyEdit(4, 2, 0);
    assert.deepEqual(at(t, 'port'), [4, 6, false]);
    t.applyEdit(5, 1, 0);
    assert.deepEqual(at(t, 'port'), [4, 5, false]);
  });

  it('orphans a span whose whole text is deleted and reports it once', () => {
    const t = tracker();
    const r = t.applyEdit(3, 7, 0);
    assert.deepEqual(r, { orphaned: ['port'], edited: [], restored: [] });
    assert.deepEqual(at(t, 'port'), [3, 3, true]);
    assert.deepEqual(at(t, 'city'), [5, 13, false]);
    assert.deepEqual(t.applyEdit(0, 1, 0).orphaned, []);
  });

  it('trims a span to its remaining part when a deletion spans from one span into the next', () => {
    const t = tracker();
    t.applyEdit(6, 10, 0);
    assert.deepEqual(at(t, 'port'), [4, 6, false]);
    assert.deepEqual(at(t, 'city'), [6, 10, false]);
  });
});

describe('SpanTracker: replacements', () => {
  it('resizes a span when a replacement lies strictly inside it', () => {
    const t = tracker();
    t.applyEdit(5, 2, 5);
    assert.deepEqual(at(t, 'port'), [4, 11, false]);
  });

  it('keeps retyped text inside a span when a replacement covers its first word only', () => {
    const t = new SpanTracker();
    t.add('claim', 0, 11); // "hello world"
    t.applyEdit(0, 5, 5); // "howdy world"
    assert.deepEqual(at(t, 'claim'), [0, 11, false]);
  });

  it('keeps inserted text outside when a replacement crosses a span boundary', () => {
    const t = tracker();
    t.applyEdit(2, 4, 1);
    assert.deepEqual(at(t, 'port'), [3, 5, false]);
  });

  it('orphans a span when a replacement covers the whole span', () => {
    const t = tracker();
    const r = t.applyEdit(4, 4, 4);
    assert.deepEqual(r.orphaned, ['port']);
    assert.deepEqual(at(t, 'port'), [4, 4, true]);
  });
});

import assert from 'node:assert/strict';
import { SpanTracker } from '../../src/core/anchor';

// "The port of Varnholm" with a span on "port" ([4, 8)) and one on "Varnholm" ([12, 20)).
function tracker(): SpanTracker {
  const t = new SpanTracker();
  t.add('port', 4, 8);
  t.add('city', 12, 20);
  return t;
}

// Independent statement of the rules for a pure deletion of [a, b).
function afterCut(s: number, e: number, a: number, b: number): [number, number, boolean] {
  const n = b - a;
  if (e <= a) return [s, e, false];
  if (s >= b) return [s - n, e - n, false];
  if (s >= a && e <= b) return [a, a, true];
  return [Math.min(s, a), Math.max(a, e - n), false];
}

const at = (t: SpanTracker, id: string): [number, number, boolean] => {
  const p = t.get(id);
  assert.ok(p, `${id} is tracked`);
  return [p.start, p.end, p.orphaned];
};

describe('SpanTracker: multi-cursor changes', () => {
  it('applies every edit of one change against the document before the change', () => {
    const t = tracker();
    // Two cursors: one at 0 typing 2 units, one inside "Varnholm" typing 1 unit.
    t.applyEdits([
      { offset: 0, deletedLength: 0, insertedLength: 2 },
      { offset: 14, deletedLength: 0, insertedLength: 1 },
    ]);
    assert.deepEqual(at(t, 'port'), [6, 10, false]);
    assert.deepEqual(at(t, 'city'), [14, 23, false]);
  });

  it('gives the same result whatever order the edits of a change are listed in', () => {
    const edits = [
      { offset: 5, deletedLength: 1, insertedLength: 0 },
      { offset: 13, deletedLength: 2, insertedLength: 3 },
      { offset: 1, deletedLength: 0, insertedLength: 1 },
    ];
    const a = tracker();
    const b = tracker();
    a.applyEdits(edits);
    b.applyEdits(edits.slice().reverse());
    assert.deepEqual(a.all(), b.all());
  });

  it('rejects overlapping edits in one change', () => {
    assert.throws(
      () =>
        tracker().applyEdits([
          { offset: 2, deletedLength: 4, insertedLength: 0 },
          { offset: 4, deletedLength: 1, insertedLength: 0 },
        ]),
      RangeError,
    );
  });
});

describe('SpanTracker: bookkeeping', () => {
  it('lists every span in order of start', () => {
    const t = new SpanTracker();
    t.add('b', 10, 20);
    t.add('a', 0, 30);
    t.add('c', 5, 6);
    assert.deepEqual(
      t.all().map((p) => p.id),
      ['a', 'c', 'b'],
    );
    assert.equal(t.size, 3);
  });

  it('forgets a removed span and refuses a duplicate or empty one', () => {
    const t = tracker();
    assert.equal(t.remove('port'), true);
    assert.equal(t.remove('port'), false);
    assert.equal(t.get('port'), undefined);
    assert.throws(() => t.add('city', 0, 1));
    assert.throws(() => t.add('empty', 3, 3), RangeError);
  });

  it('keeps thousands of nested and overlapping spans consistent across block boundaries', () => {
    const t = new SpanTracker();
    for (let i = 0; i < 3000; i++) t.add('s' + i, i * 10, i * 10 + 5 + (i % 7 === 0 ? 5000 : 0));
    t.applyEdit(15_000, 100, 0);
    for (const p of t.all()) {
      const i = Number(p.id.slice(1));
      const [s, e] = [i * 10, i * 10 + 5 + (i % 7 === 0 ? 5000 : 0)];
      assert.deepEqual([p.start, p.end, p.orphaned], afterCut(s, e, 15_000, 15_100), p.id);
    }
  });
});

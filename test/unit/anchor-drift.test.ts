import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpanTracker } from '../../src/core/anchor';
import { driftedIds } from '../../src/core/anchor/drift';

/**
 * How the editor moves one edge of a decoration range whose edges never grow, restated from
 * VS Code's documented behaviour: a replacement overwrites the first min(deleted, inserted)
 * units in place, then deletes or inserts the rest; an end sticks to the text before it, a
 * start to the text after it.
 */
function editorEdge(p: number, isEnd: boolean, a: number, n: number, m: number): number {
  const common = Math.min(n, m);
  if (p < a || (p === a && (n > 0 || isEnd))) return p;
  if (common > 0 && (p < a + common || (p === a + common && (n > m || isEnd)))) return p;
  if (p < a + n || (p === a + n && isEnd)) return a + m;
  return p + m - n;
}

function editorRange(start: number, end: number, a: number, n: number, m: number): [number, number] {
  const s = editorEdge(start, false, a, n, m);
  return [s, Math.max(s, editorEdge(end, true, a, n, m))];
}

describe('Highlights that VS Code cannot move by itself (driftedIds)', () => {
  it('names every span the tracker placed differently from the editor after one edit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 40 }), fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: 50 }),
        fc.nat({ max: 10 }),
        fc.nat({ max: 10 }),
        (spans, a, n, m) => {
          const tracker = new SpanTracker();
          const before = new Map<string, [number, number]>();
          spans.forEach(([start, length], i) => {
            tracker.add(`s${i}`, start, start + length);
            before.set(`s${i}`, [start, start + length]);
          });
          const edit = { offset: a, deletedLength: n, insertedLength: m };
          const report = tracker.applyEdits([edit]);
          const drifted = new Set(driftedIds(report, [edit], false, (id) => tracker.get(id)));
          for (const [id, [start, end]] of before) {
            const now = tracker.get(id);
            assert.ok(now);
            const [s, e] = editorRange(start, end, a, n, m);
            const same = now.orphaned ? s === e : now.start === s && now.end === e;
            if (!same) assert.ok(drifted.has(id), `${id} [${start}, ${end}) edit (${a}, ${n}, ${m}): tracker ${JSON.stringify(now)}, editor [${s}, ${e})`);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names nothing for typing and deleting that only moves or resizes spans', () => {
    const tracker = new SpanTracker();
    tracker.add('a', 10, 20);
    tracker.add('b', 30, 40);
    for (const edit of [
      { offset: 0, deletedLength: 0, insertedLength: 1 },
      { offset: 15, deletedLength: 0, insertedLength: 3 },
      { offset: 16, deletedLength: 2, insertedLength: 0 },
      { offset: 25, deletedLength: 8, insertedLength: 0 },
    ]) {
      const report = tracker.applyEdits([edit]);
      assert.deepEqual(
        driftedIds(report, [edit], false, (id) => tracker.get(id)),
        [],
      );
    }
  });

  it('names every touched span after an undo, several edits at once, or an orphaning', () => {
    const tracker = new SpanTracker();
    tracker.add('a', 10, 20);
    tracker.add('b', 30, 40);
    const both = [
      { offset: 12, deletedLength: 0, insertedLength: 1 },
      { offset: 32, deletedLength: 0, insertedLength: 1 },
    ];
    assert.deepEqual(driftedIds(tracker.applyEdits(both), both, false, (id) => tracker.get(id)).sort(), ['a', 'b']);
    const gone = [{ offset: 31, deletedLength: 11, insertedLength: 0 }];
    assert.deepEqual(
      driftedIds(tracker.applyEdits(gone), gone, false, (id) => tracker.get(id)),
      ['b'],
    );
    const back = [{ offset: 31, deletedLength: 0, insertedLength: 11 }];
    assert.deepEqual(
      driftedIds(tracker.applyEdits(back, { undo: true }), back, true, (id) => tracker.get(id)),
      ['b'],
    );
  });
});

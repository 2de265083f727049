import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalChange, composeChanges, invertChange, sameChange, type Change } from '../../src/core/anchor/changes';

const edit = (offset: number, deletedLength: number, insertedLength: number) => ({ offset, deletedLength, insertedLength });

describe('changes (lengths-only edits of one change event)', () => {
  it('sorts edits, merges touching ones and drops empty ones', () => {
    assert.deepEqual(canonicalChange([edit(9, 1, 0), edit(2, 0, 0), edit(4, 2, 1), edit(6, 0, 3)]), [edit(4, 2, 4), edit(9, 1, 0)]);
  });

  it('rejects negative, fractional and overlapping edits', () => {
    assert.throws(() => canonicalChange([edit(-1, 0, 1)]), RangeError);
    assert.throws(() => canonicalChange([edit(1.5, 0, 1)]), RangeError);
    assert.throws(() => canonicalChange([edit(0, 3, 0), edit(2, 1, 0)]), RangeError);
  });

  it('inverts a change into the coordinates of the document after it', () => {
    assert.deepEqual(invertChange([edit(2, 3, 1), edit(10, 0, 4)]), [edit(2, 1, 3), edit(8, 4, 0)]);
  });

  it('composes keystrokes into the single change an editor undoes at once', () => {
    const typed = [0, 1, 2].map((i) => [edit(5 + i, 0, 1)]).reduce(composeChanges, []);
    assert.deepEqual(typed, [edit(5, 0, 3)]);
    const backspaces = [8, 7, 6].map((o) => [edit(o, 1, 0)]).reduce(composeChanges, []);
    assert.ok(sameChange(backspaces, [edit(6, 3, 0)]));
  });

  it('composes changes to the same effect as applying them one after the other', () => {
    const change = fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 5 }), fc.nat({ max: 5 })), { maxLength: 4 });
    // Applies a change to a document of token ids, where -1 marks inserted text.
    const apply = (doc: number[], edits: Change): number[] => {
      const out = doc.slice();
      for (const e of [...edits].reverse()) out.splice(e.offset, e.deletedLength, ...Array<number>(e.insertedLength).fill(-1));
      return out;
    };
    // Turns raw triples into a valid change for a document of `length` tokens (disjoint, in range).
    const valid = (triples: [number, number, number][], length: number): Change => {
      let pos = 0;
      const edits = [];
      for (const [gap, n, m] of triples) {
        const offset = Math.min(length, pos + gap);
        const deletedLength = Math.min(n, length - offset);
        edits.push({ offset, deletedLength, insertedLength: m });
        pos = offset + deletedLength + 1;
        if (pos > length) break;
      }
      return canonicalChange(edits);
    };
    fc.assert(
      fc.property(change, change, (x, y) => {
        const doc = Array.from({ length: 40 }, (_, i) => i);
        const first = valid(x, doc.length);
        const middle = apply(doc, first);
        const second = valid(y, middle.length);
        assert.deepEqual(apply(doc, composeChanges(first, second)), apply(middle, second));
      }),
      { numRuns: 500 },
    );
  });
});

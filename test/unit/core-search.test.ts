import assert from 'node:assert/strict';
import fc from 'fast-check';
import { partitionPoint } from '../../src/core/search';

describe('partitionPoint (core/search)', () => {
  it('finds where a prefix condition stops holding', () => {
    const ends = [3, 7, 7, 12, 20];
    assert.equal(
      partitionPoint(ends.length, (i) => (ends[i] as number) <= 7),
      3,
    );
    assert.equal(
      partitionPoint(ends.length, (i) => (ends[i] as number) <= 0),
      0,
    );
    assert.equal(
      partitionPoint(ends.length, (i) => (ends[i] as number) <= 99),
      5,
    );
    assert.equal(
      partitionPoint(0, () => true),
      0,
    );
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, probe) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.filter((v) => v < probe).length;
        assert.equal(
          partitionPoint(sorted.length, (i) => (sorted[i] as number) < probe),
          linear,
        );
      }),
    );
  });
});

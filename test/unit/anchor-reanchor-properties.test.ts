import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contextAround, sliceCodePoints, type Annotation } from '../../src/core';
import { reanchor } from '../../src/core/anchor';

// Normalised text: words that repeat (so quotes are ambiguous), astral characters, line feeds.
const piece = fc.constantFrom('the ', 'port ', 'strike ', 'Okonjo ', 'said ', '2,000 ', 'é', '🚢', '\u{1d400}', '\n', '. ', 'union ');
const text = fc.array(piece, { minLength: 1, maxLength: 60 }).map((p) => p.join(''));
const spanSeeds = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 }), fc.boolean()), { minLength: 1, maxLength: 12 });
// An edit: where (relative), how many code points to delete, what to insert.
const editSeeds = fc.array(
  fc.tuple(
    fc.nat(),
    fc.nat({ max: 15 }),
    fc.array(piece, { maxLength: 3 }).map((p) => p.join('')),
  ),
  { maxLength: 6 },
);

function annotations(source: string, seeds: [number, number, boolean][]): Annotation[] {
  const length = Array.from(source).length;
  return seeds.map(([x, n, orphaned], i) => {
    const start = x % length;
    const end = Math.min(length, start + n);
    const quote = sliceCodePoints(source, start, end);
    const a: Annotation = { id: 'a' + String(i).padStart(7, '0'), kind: 'claim', start, end, quote, ...contextAround(source, start, end), status: 'accepted' };
    return orphaned && i % 3 === 0 ? { ...a, orphaned: true } : a;
  });
}

function edit(source: string, seeds: [number, number, string][]): string {
  let points = Array.from(source);
  for (const [x, n, inserted] of seeds) {
    const at = x % (points.length + 1);
    points = [...points.slice(0, at), ...Array.from(inserted), ...points.slice(at + n)];
  }
  return points.join('');
}

describe('reanchor properties', () => {
  it('keeps every annotation, in order, each reported once and consistent with the new text', () => {
    fc.assert(
      fc.property(text, spanSeeds, editSeeds, (source, spans, edits) => {
        const before = annotations(source, spans);
        const after = edit(source, edits);
        const { annotations: out, report } = reanchor(before, after);
        assert.deepEqual(
          out.map((a) => a.id),
          before.map((a) => a.id),
        );
        const listed = [...report.unchanged, ...report.moved, ...report.needsReview, ...report.orphaned];
        assert.deepEqual(listed.slice().sort(), before.map((a) => a.id).sort());
        out.forEach((a, i) => {
          const was = before[i] as Annotation;
          if (report.orphaned.includes(a.id)) {
            assert.deepEqual(a, { ...was, orphaned: true });
            return;
          }
          assert.equal(a.orphaned, undefined);
          assert.ok(a.start < a.end, JSON.stringify(a));
          assert.equal(sliceCodePoints(after, a.start, a.end), a.quote);
          assert.deepEqual({ prefix: a.prefix, suffix: a.suffix }, contextAround(after, a.start, a.end));
          if (report.needsReview.includes(a.id)) {
            assert.equal(a.status, 'proposed');
            assert.equal(typeof a.attributes?.['reanchored'], 'string');
          } else {
            assert.equal(a.quote, was.quote);
            assert.equal(a.status, was.status);
          }
          if (report.unchanged.includes(a.id)) assert.deepEqual([a.start, a.end], [was.start, was.end]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing when the text did not change, and nothing more on a second pass', () => {
    fc.assert(
      fc.property(text, spanSeeds, editSeeds, (source, spans, edits) => {
        const before = annotations(source, spans).map(({ orphaned: _, ...a }) => a as Annotation);
        const same = reanchor(before, source);
        assert.equal(same.report.unchanged.length, before.length);
        same.annotations.forEach((a, i) => assert.equal(a, before[i]));
        const after = edit(source, edits);
        const once = reanchor(before, after).annotations;
        const twice = reanchor(once, after);
        once.forEach((a, i) => {
          if (!a.orphaned) assert.equal(twice.annotations[i], a);
        });
      }),
      { numRuns: 300 },
    );
  });
});

import assert from 'node:assert/strict';
import { contextAround, sliceCodePoints, type Annotation } from '../../src/core';
import { reanchor } from '../../src/core/anchor';

// A quote found far away with one whole side of context is believed only with corroboration
// (README, "Re-anchoring rules", rule 4): text built from recurring phrases repeats 32 characters
// often enough that a deleted or corrected quote finds a stranger's copy.

// Filler paragraphs that share no phrase of 8 characters with the sentences under test.
const FILLER = Array.from({ length: 14 }, (_, i) =>
  Array.from({ length: 6 }, (_, j) => `Filler ${'abcdefghijklmn'[i]}${j} ${i * 7 + j} qwv zx${i}y${j} ${'é'.repeat((i % 3) + 1)} pl${i}k${j} 🚢.`).join(' '),
);

function annotate(text: string, quote: string, nth = 0, id = 'f0000001'): Annotation {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, quote);
  const start = Array.from(text.slice(0, at)).length;
  const end = start + Array.from(quote).length;
  return { id, kind: 'claim', start, end, quote, ...contextAround(text, start, end), status: 'accepted' };
}

const outcome = (report: ReturnType<typeof reanchor>['report'], id: string): string =>
  (Object.entries(report).find(([, ids]) => ids.includes(id)) as [string, string[]])[0];

describe('reanchor: far placements need corroboration', () => {
  // The paragraph under test, and far away, one that repeats a quote with the same words after it.
  const deleted =
    'WIELAND: Pumps at the weir had run for 13 hours. Kofi Mensah warned that look, pumps at the weir had run for 13 hours on Wednesday, he said.';
  const stranger = 'HALLOWAY: A hydrologist said the barrier at the allotments had run for 13 hours on Wednesday, he said.';
  const paragraphs = [...FILLER.slice(0, 3), deleted, ...FILLER.slice(3, 12), stranger, ...FILLER.slice(12)];
  const before = paragraphs.join('\n\n') + '\n';

  it('sends a deleted quote whose one side recurs far away to review, not silently onto the stranger', () => {
    const list = [
      annotate(before, 'Kofi Mensah', 0, 'f0000001'),
      annotate(before, '13 hours', 1, 'f0000002'),
      annotate(before, 'Filler c3', 0, 'f0000003'),
      annotate(before, 'Filler d3', 0, 'f0000004'),
    ];
    const after = paragraphs.filter((p) => p !== deleted).join('\n\n') + '\n';
    const { annotations, report } = reanchor(list, after);
    const hours = annotations[1] as Annotation;
    assert.notEqual(outcome(report, 'f0000002'), 'moved');
    assert.notEqual(outcome(report, 'f0000002'), 'unchanged');
    if (!hours.orphaned) {
      assert.equal(hours.status, 'proposed');
      assert.equal(sliceCodePoints(after, hours.start, hours.end), '13 hours');
    }
    // The neighbours that survived keep their place and status.
    assert.deepEqual([outcome(report, 'f0000003'), outcome(report, 'f0000004')], ['unchanged', 'moved']);
  });

  it('keeps the status of a paragraph moved far whose annotations vouch for each other', () => {
    const list = [
      annotate(before, 'WIELAND', 0, 'f0000001'),
      annotate(before, 'Kofi Mensah', 0, 'f0000002'),
      annotate(before, 'on Wednesday', 0, 'f0000003'),
      annotate(before, 'Filler b3', 0, 'f0000004'),
    ];
    const moved = [...paragraphs.filter((p) => p !== deleted)];
    moved.splice(moved.length - 1, 0, deleted);
    const after = moved.join('\n\n') + '\n';
    const { annotations, report } = reanchor(list, after);
    for (const [i, quote] of ['WIELAND', 'Kofi Mensah', 'on Wednesday'].entries()) {
      const a = annotations[i] as Annotation;
      assert.equal(outcome(report, a.id), 'moved', quote);
      assert.equal(a.status, 'accepted');
      assert.equal(sliceCodePoints(after, a.start, a.end), quote);
      assert.ok(a.start > before.indexOf(stranger), quote);
    }
  });
});

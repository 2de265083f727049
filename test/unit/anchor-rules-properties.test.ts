import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contextAround, sliceCodePoints, type Annotation } from '../../src/core';
import { reanchor, SpanTracker } from '../../src/core/anchor';

// The four rules of re-anchoring (README, "When the text changes"), over random texts and random
// edit sequences. Texts are paragraphs of words with figures and names, separated by blank lines;
// every edit is applied to a SpanTracker too, which says where each span's own text went.

const word = fc.oneof(
  fc.constantFrom('the', 'port', 'strike', 'Okonjo', 'said', 'union', 'police', 'REYES:', '“quote”', 'Müller', '🚢', 'e\u0301t\u00e9', 'detained'),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n.toLocaleString('en-US')),
);
const paragraph = fc.array(word, { minLength: 12, maxLength: 30 }).map((w) => w.join(' ') + '.');
const text = fc.array(paragraph, { minLength: 3, maxLength: 7 }).map((p) => p.join('\n\n') + '\n');

/** A text as code points, edited alongside a tracker of one span (code point offsets). */
class Doc {
  points: string[];
  readonly truth = new SpanTracker();
  constructor(source: string) {
    this.points = Array.from(source);
  }
  get text(): string {
    return this.points.join('');
  }
  edit(at: number, deleted: number, inserted: string): void {
    const ins = Array.from(inserted);
    this.points.splice(at, deleted, ...ins);
    this.truth.applyEdit(at, deleted, ins.length);
  }
  /** Moves [from, to) to `dest` (outside it, before the cut), the span going with it if inside. */
  move(from: number, to: number, dest: number): void {
    const inside = this.truth.all().filter((p) => !p.orphaned && p.start >= from && p.end <= to);
    const piece = this.points.slice(from, to).join('');
    this.edit(from, to - from, '');
    const at = dest > from ? dest - (to - from) : dest;
    this.edit(at, 0, piece);
    for (const p of inside) {
      this.truth.remove(p.id);
      this.truth.add(p.id, at + p.start - from, at + p.end - from);
    }
  }
}

/** A span of 1-4 whole words inside a paragraph, with at least `margin` code points of that paragraph around it. */
function spanIn(source: string, seed: number, words: number, margin: number): [number, number] | undefined {
  const points = Array.from(source);
  const starts: number[] = [];
  for (let i = margin; i < points.length - margin; i++) if (points[i - 1] === ' ' && points[i] !== ' ') starts.push(i);
  if (starts.length === 0) return undefined;
  const start = starts[seed % starts.length] as number;
  let end = start;
  for (let w = 0; w < words; w++) {
    while (end < points.length && points[end] !== ' ' && points[end] !== '\n') end++;
    if (w < words - 1 && points[end] === ' ') end++;
  }
  const around = points.slice(start - margin, end + margin).join('');
  if (around.includes('\n') || end - start < 1) return undefined;
  return [start, end];
}

function annotate(source: string, [start, end]: [number, number]): Annotation {
  return { id: 'r0000001', kind: 'claim', start, end, quote: sliceCodePoints(source, start, end), ...contextAround(source, start, end), status: 'accepted' };
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let p = haystack.indexOf(needle); p !== -1; p = haystack.indexOf(needle, p + 1)) n++;
  return n;
}

// Paragraph boundaries of a text, as code point offsets of each paragraph's start and end.
function paragraphs(points: string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    if (points[i] === '\n' && points[i + 1] === '\n') {
      out.push([start, i]);
      start = i + 2;
    }
  }
  out.push([start, points.length - 1]);
  return out;
}

const outcomeOf = (report: ReturnType<typeof reanchor>['report'], id: string): string =>
  (Object.entries(report).find(([, ids]) => ids.includes(id)) as [string, string[]])[0];

describe('reanchor rules (properties)', () => {
  it('1. an exact quote whose whole context agrees on either side keeps its status wherever its paragraph moved', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (source, seed, words, moves, keepSuffix) => {
          const span = spanIn(source, seed, words, 34);
          fc.pre(span !== undefined);
          const a = annotate(source, span);
          const doc = new Doc(source);
          doc.truth.add(a.id, a.start, a.end);
          for (const [x, y, insert] of moves) {
            const paras = paragraphs(doc.points);
            // A paragraph with the blank line after it, pasted at the start of another (not the next) one.
            const k = x % (paras.length - 1);
            const j = y % paras.length;
            if (j !== k && j !== k + 1) doc.move((paras[k] as [number, number])[0], (paras[k] as [number, number])[1] + 2, (paras[j] as [number, number])[0]);
            // Text written right before (or after) the quote: one side of its context changes.
            const p = doc.truth.get(a.id);
            if (insert && p && !p.orphaned) doc.edit(keepSuffix ? p.start : p.end, 0, keepSuffix ? 'Update: ' : ' (corrected)');
          }
          const after = doc.text;
          const truth = doc.truth.get(a.id);
          fc.pre(truth !== undefined && !truth.orphaned && sliceCodePoints(after, truth.start, truth.end) === a.quote);
          // The agreeing side with the quote must be the only such copy: else nobody could tell.
          const side = keepSuffix ? a.quote + (a.suffix ?? '') : (a.prefix ?? '') + a.quote;
          fc.pre(count(after, side) === 1 && count(after, (a.prefix ?? '') + a.quote) + count(after, a.quote + (a.suffix ?? '')) <= 2);
          const {
            annotations: [out],
            report,
          } = reanchor([a], after);
          assert.ok(out && !out.orphaned);
          assert.ok(['unchanged', 'moved'].includes(outcomeOf(report, a.id)), outcomeOf(report, a.id));
          assert.deepEqual([out.start, out.end, out.status], [truth?.start, truth?.end, 'accepted']);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('2. an exact quote that occurs exactly once in the new text is never orphaned, and is for review unless its context agrees', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.array(word, { maxLength: 4 })), { maxLength: 6 }),
        (source, seed, words, edits) => {
          const span = spanIn(source, seed, words, 0);
          fc.pre(span !== undefined);
          const a = annotate(source, span);
          const doc = new Doc(source);
          for (const [x, n, inserted] of edits) {
            const at = x % (doc.points.length + 1);
            doc.edit(at, Math.min(n, doc.points.length - at), inserted.join(' '));
          }
          const after = doc.text;
          fc.pre(count(after, a.quote) === 1);
          const {
            annotations: [out],
            report,
          } = reanchor([a], after);
          assert.ok(out && !out.orphaned, 'not orphaned');
          assert.equal(sliceCodePoints(after, out.start, out.end), out.quote);
          if (outcomeOf(report, a.id) === 'needsReview') assert.equal(out.status, 'proposed');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('3. a quote edited inside is re-attached over all of its new text, both ends aligned, the old quote kept', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 2, max: 4 }), fc.nat(), fc.constantFrom('8', 'X', 'q', 'ü', 'Q9'), (source, seed, words, where, by) => {
        const span = spanIn(source, seed, words, 34);
        fc.pre(span !== undefined);
        const a = annotate(source, span);
        const length = a.end - a.start;
        fc.pre(length >= 8);
        const doc = new Doc(source);
        doc.truth.add(a.id, a.start, a.end);
        // One character of the quote corrected (a figure, a misheard letter), its ends included.
        const at = a.start + (where % length);
        // A character diff would see exactly this replacement: nothing of it equals the old character or its neighbours.
        const around = [doc.points[at - 1], doc.points[at], doc.points[at + 1]];
        fc.pre(!/\s/.test(doc.points[at] as string) && !Array.from(by).some((c) => around.includes(c)));
        doc.edit(at, 1, by);
        const after = doc.text;
        const truth = doc.truth.get(a.id);
        fc.pre(truth !== undefined && !truth.orphaned && count(after, a.quote) === 0);
        const {
          annotations: [out],
          report,
        } = reanchor([a], after);
        assert.equal(outcomeOf(report, a.id), 'needsReview');
        assert.deepEqual([out?.start, out?.end], [truth?.start, truth?.end], `${JSON.stringify(a.quote)} -> ${JSON.stringify(out?.quote)}`);
        assert.equal(out?.status, 'proposed');
        assert.ok(String(out?.attributes?.['reanchored']).includes(JSON.stringify(a.quote).slice(1, -1)));
      }),
      { numRuns: 300 },
    );
  });

  it('4. decoy copies of a quote written nearby never win over the quote itself', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: -300, max: 300 }),
            fc.constantFrom('As one witness put it, "{q}."', '{q} — that was repeated later.', 'Asked again: {q}.'),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (source, seed, words, decoys) => {
          const span = spanIn(source, seed, words, 34);
          fc.pre(span !== undefined);
          const a = annotate(source, span);
          const doc = new Doc(source);
          doc.truth.add(a.id, a.start, a.end);
          for (const [offset, form] of decoys) {
            const p = doc.truth.get(a.id);
            if (!p) continue;
            // Between words, outside the quote and its stored context.
            let at = Math.max(0, Math.min(doc.points.length, (offset < 0 ? p.start - 34 : p.end + 34) + offset));
            while (at > 0 && doc.points[at - 1] !== ' ' && doc.points[at - 1] !== '\n') at--;
            if (at > p.start - 34 && at < p.end + 34) continue;
            doc.edit(at, 0, form.replace('{q}', a.quote) + ' ');
          }
          const after = doc.text;
          const truth = doc.truth.get(a.id);
          const {
            annotations: [out],
            report,
          } = reanchor([a], after);
          const k = outcomeOf(report, a.id);
          assert.ok(k === 'unchanged' || k === 'moved', k);
          assert.deepEqual([out?.start, out?.end, out?.status], [truth?.start, truth?.end, 'accepted']);
        },
      ),
      { numRuns: 300 },
    );
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText, OffsetMap } from '../../src/core';
import { mapSpan, SpanTracker, type Mapped } from '../../src/core/anchor';
import { canonicalChange, composeChanges, invertChange, sameChange, type Change } from '../../src/core/anchor/changes';

// Pieces of raw text as an editor holds it: astral characters, CRLF line ends, accents.
const piece = fc.constantFrom('a', 'b', ' ', 'Okonjo', 'é', 'e\u0301', '🚢', '\u{1d400}', '\r\n', '\n', 'the ', '2,000');
const rawText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
// Each number picks a position or length relative to the current text, so edits are valid whatever came before.
const spanSeed = fc.tuple(fc.nat(), fc.nat());
const editSeed = fc.tuple(
  fc.nat(),
  fc.nat({ max: 12 }),
  fc.array(piece, { maxLength: 3 }).map((p) => p.join('')),
);

/** UTF-16 offsets of `raw` that split neither a surrogate pair nor a CRLF. */
function boundaries(raw: string): number[] {
  const out = [0];
  for (let i = 0; i < raw.length;) {
    i += raw.startsWith('\r\n', i) || (raw.codePointAt(i) as number) > 0xffff ? 2 : 1;
    out.push(i);
  }
  return out;
}

// Spans starting at the same offset come in no particular order.
const byId = <T extends { id: string }>(xs: T[]): T[] => xs.sort((p, q) => (p.id < q.id ? -1 : 1));

const pick = (xs: readonly number[], seed: number): number => xs[seed % xs.length] as number;

describe('SpanTracker properties', () => {
  it('keeps untouched spans on their text, never inverts a span, and orphans exactly the fully deleted ones', () => {
    fc.assert(
      fc.property(rawText, fc.array(spanSeed, { minLength: 1, maxLength: 12 }), fc.array(editSeed, { maxLength: 12 }), (initial, spans, edits) => {
        let raw = initial;
        const t = new SpanTracker();
        const quotes = new Map<string, string>();
        const cuts = boundaries(raw);
        spans.forEach(([x, y], i) => {
          const s = pick(cuts, x);
          const e = pick(cuts, y);
          if (s === e) return;
          t.add('s' + i, Math.min(s, e), Math.max(s, e));
          quotes.set('s' + i, raw.slice(Math.min(s, e), Math.max(s, e)));
        });
        const touched = new Set<string>();
        for (const [x, y, inserted] of edits) {
          const cutsNow = boundaries(raw);
          const k = x % cutsNow.length;
          const a = cutsNow[k] as number;
          const b = cutsNow[Math.min(cutsNow.length - 1, k + y)] as number;
          const fullyDeleted = t
            .all()
            .filter((p) => !p.orphaned && b > a && p.start >= a && p.end <= b)
            .map((p) => p.id);
          const r = t.applyEdit(a, b - a, inserted.length);
          raw = raw.slice(0, a) + inserted + raw.slice(b);
          assert.deepEqual([...r.orphaned].sort(), fullyDeleted.sort());
          for (const id of [...r.orphaned, ...r.edited]) touched.add(id);
          for (const p of t.all()) {
            assert.ok(p.orphaned ? p.start === p.end : p.start < p.end, JSON.stringify(p));
            assert.ok(p.start >= 0 && p.end <= raw.length, JSON.stringify(p));
          }
        }
        // Through the save path: UTF-16 offsets of the raw text to code points of the normalised text.
        const map = new OffsetMap(raw);
        const normalized = Array.from(normalizeText(raw));
        for (const p of t.all()) {
          if (touched.has(p.id)) continue;
          assert.equal(raw.slice(p.start, p.end), quotes.get(p.id));
          const quote = normalized.slice(map.toCodePoint(p.start), map.toCodePoint(p.end)).join('');
          assert.equal(quote, normalizeText(quotes.get(p.id) as string));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('restores every position exactly when a sequence of edits is undone, one by one or all at once', () => {
    const seeds = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.nat({ max: 8 })), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(spanSeed, { minLength: 1, maxLength: 15 }), seeds, fc.boolean(), (spans, edits, grouped) => {
        let length = 60;
        const t = new SpanTracker();
        spans.forEach(([x, y], i) => {
          const s = x % length;
          t.add('s' + i, s, s + 1 + (y % (length - s)));
        });
        const before = byId(t.all());
        const changes: Change[] = [];
        for (const [x, n, m] of edits) {
          const a = x % (length + 1);
          const change = canonicalChange([{ offset: a, deletedLength: Math.min(n, length - a), insertedLength: m }]);
          t.applyEdits(change);
          changes.push(change);
          length += m - Math.min(n, length - a);
        }
        if (grouped) {
          const undo = invertChange(changes.reduce(composeChanges, []));
          // Lengths cannot tell this undo from one of fewer changes (e.g. a unit typed over one unit,
          // then deleted); the tracker then undoes the fewest, which errs towards staying orphaned.
          const fewer = changes.slice(1).some((_, k) => sameChange(invertChange(changes.slice(k + 1).reduce(composeChanges, [])), undo));
          fc.pre(!fewer);
          t.applyEdits(undo, { undo: true });
        } else {
          for (const change of changes.reverse()) t.applyEdits(invertChange(change), { undo: true });
        }
        assert.deepEqual(byId(t.all()), before);
      }),
      { numRuns: 500 },
    );
  });

  it('moves thousands of nested spans across many blocks exactly as the rules move each span alone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 }), fc.nat({ max: 300 })), { maxLength: 30 }), (edits) => {
        const t = new SpanTracker();
        const model = new Map<string, Mapped>();
        for (let i = 0; i < 3000; i++) {
          const start = (i * 7919) % 20_000;
          const end = start + 1 + ((i * 104_729) % (i % 10 === 0 ? 5000 : 40));
          t.add('s' + i, start, end);
          model.set('s' + i, { start, end, orphaned: false });
        }
        let length = 25_000;
        for (const [x, n0, m] of edits) {
          const a = x % length;
          const n = Math.min(n0, length - a);
          t.applyEdit(a, n, m);
          for (const [id, p] of model) model.set(id, mapSpan(p.start, p.end, p.orphaned, a, n, m));
          length += m - n;
        }
        for (const p of t.all()) assert.deepEqual(model.get(p.id), { start: p.start, end: p.end, orphaned: p.orphaned }, p.id);
        const starts = t.all().map((p) => p.start);
        assert.deepEqual(
          starts,
          starts.slice().sort((p, q) => p - q),
        );
      }),
      { numRuns: 30 },
    );
  });
});

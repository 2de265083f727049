/**
 * How one text edit moves a span. The rules are unit-agnostic: offsets may be
 * UTF-16 units (while editing) or code points (in sidecars), as long as the
 * edits and the spans use the same unit.
 *
 * Conventions, for an edit replacing [a, b) by m new units:
 * - a span ending at or before a is untouched (text typed at a span's end goes AFTER it);
 * - a span starting at or after b shifts (text typed at a span's start goes BEFORE it);
 * - an edit that removes text inside a span without removing all of it (the
 *   deleted range lies within the span) resizes it, and the inserted text joins
 *   the span: retyping a word of a claim keeps the claim whole;
 * - an edit whose deleted range crosses one end of the span trims it, and the
 *   inserted text stays outside;
 * - an edit that deletes every unit of the span orphans it, even when new text
 *   is inserted in its place: nothing of the annotated text remains.
 */

/** One replacement: `deletedLength` units from `offset` replaced by `insertedLength` new ones (VS Code's rangeOffset, rangeLength, text.length). */
export interface Edit {
  readonly offset: number;
  readonly deletedLength: number;
  readonly insertedLength: number;
}

/** Where a span is after an edit; an orphaned span is a point where its text used to be. */
export interface Mapped {
  start: number;
  end: number;
  orphaned: boolean;
}

/** Where an orphan's point goes: like a span start, it stays before text inserted at it. */
export function mapPoint(p: number, a: number, n: number, m: number): number {
  if (p < a) return p;
  if (n === 0) return p + m;
  if (p === a) return a;
  return p <= a + n ? a + m : p + m - n;
}

/**
 * The span [start, end) (or an orphan's point, start === end) after replacing
 * [a, a + n) by m units, following the conventions of this module.
 */
export function mapSpan(start: number, end: number, orphaned: boolean, a: number, n: number, m: number): Mapped {
  if (orphaned) {
    const p = mapPoint(start, a, n, m);
    return { start: p, end: p, orphaned: true };
  }
  const b = a + n;
  const d = m - n;
  if (end <= a) return { start, end, orphaned: false };
  if (start >= b) return { start: start + d, end: end + d, orphaned: false };
  if (n > 0 && start >= a && end <= b) {
    const p = mapPoint(start, a, n, m);
    return { start: p, end: p, orphaned: true };
  }
  if (start <= a && end >= b) return { start, end: end + d, orphaned: false };
  if (start > a) return { start: a + m, end: end + d, orphaned: false };
  return { start, end: a, orphaned: false };
}

/**
 * Whether an edit moves the span other than by a plain shift, i.e. whether
 * undoing the edit by its inverse could not put the span back on its own.
 */
export function affects(start: number, end: number, orphaned: boolean, a: number, n: number): boolean {
  if (orphaned) return n > 0 && start >= a && start < a + n;
  return start < a + n && end > a;
}

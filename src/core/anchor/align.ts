/**
 * The exact new extent of an edited quote. An approximate matcher reports
 * where the best-matching substring ends, and several starts fit it about as
 * well, so a span taken from it alone may lose or gain a few characters at
 * either end ("5,500" corrected to "8,500" once came back four characters
 * short). Here the old quote with its stored context is aligned character by
 * character against the new neighbourhood (a small edit-distance matrix with
 * a traceback), and the two old boundaries between context and quote are read
 * off the alignment: both ends are where the context says they are.
 */
import { foldUnit } from './context';
import type { Target } from './exact';

/** A UTF-16 range of the new text. */
export interface Extent {
  readonly at: number;
  readonly end: number;
}

// Above this many matrix cells the rough extent is kept (a quote of several thousand units).
const MAX_CELLS = 4_000_000;

let matrix = new Int32Array(0);

/**
 * Where the quote of `t` lies in `text`, given a rough match [at, end): the
 * boundaries of prefix | quote | suffix carried through an optimal alignment
 * of `prefix + quote + suffix` with the text around the match. Text inserted
 * right at a boundary stays outside the span (as when editing: typed at a
 * span's start it goes before it, at its end after it). Undefined when the
 * quote aligns to nothing.
 */
export function alignExtent(text: string, t: Target, at: number, end: number): Extent | undefined {
  const slack = 8 + (t.quote.length >> 2);
  const lo = Math.max(0, at - t.prefix.length - slack);
  const hi = Math.min(text.length, end + t.suffix.length + slack);
  const old = t.prefix + t.quote + t.suffix;
  const m = old.length;
  const n = hi - lo;
  const w = n + 1;
  if ((m + 1) * w > MAX_CELLS) return end > at ? { at, end } : undefined;
  if (matrix.length < (m + 1) * w) matrix = new Int32Array((m + 1) * w * 2);
  const d = matrix;
  // Row 0 is free: the old text may start anywhere in the window.
  for (let j = 0; j <= n; j++) d[j] = 0;
  for (let i = 1; i <= m; i++) {
    const c = foldUnit(old.charCodeAt(i - 1));
    const row = i * w;
    const up = row - w;
    d[row] = i;
    for (let j = 1; j <= n; j++) {
      const cost = foldUnit(text.charCodeAt(lo + j - 1)) === c ? 0 : 1;
      const diagonal = (d[up + j - 1] as number) + cost;
      const del = (d[up + j] as number) + 1;
      const ins = (d[row + j - 1] as number) + 1;
      d[row + j] = diagonal < del ? (diagonal < ins ? diagonal : ins) : del < ins ? del : ins;
    }
  }
  // The old text may end anywhere too; among equal ends the one nearest the rough end.
  const bottom = m * w;
  let j = 0;
  for (let k = 1; k <= n; k++) {
    const better = (d[bottom + k] as number) < (d[bottom + j] as number);
    const tie = (d[bottom + k] as number) === (d[bottom + j] as number) && Math.abs(lo + k - end) < Math.abs(lo + j - end);
    if (better || tie) j = k;
  }
  const startRow = t.prefix.length;
  const endRow = t.prefix.length + t.quote.length;
  // Columns where the walk crosses each boundary row (first seen = largest), and how it leaves
  // the row towards row 0: by matching an old unit, or by changing one (substituted, deleted).
  const first = [-1, -1];
  const last = [-1, -1];
  const changed = [false, false];
  const note = (row: number, col: number): void => {
    const k = row === startRow ? 0 : row === endRow ? 1 : -1;
    if (k < 0) return;
    if (first[k] === -1) first[k] = col;
    last[k] = col;
  };
  let i = m;
  while (i > 0) {
    note(i, j);
    const here = d[i * w + j] as number;
    const c = foldUnit(old.charCodeAt(i - 1));
    // The step down from this row consumes old unit i - 1: the quote's first or last one here.
    const mark = (): void => {
      if (i === startRow + 1) changed[0] = true;
      if (i === endRow) changed[1] = true;
    };
    if (j > 0 && here === (d[(i - 1) * w + j - 1] as number) + (foldUnit(text.charCodeAt(lo + j - 1)) === c ? 0 : 1)) {
      if (foldUnit(text.charCodeAt(lo + j - 1)) !== c) mark();
      i--;
      j--;
    } else if (here === (d[(i - 1) * w + j] as number) + 1) {
      mark();
      i--;
    } else {
      j--;
    }
  }
  note(0, j);
  // Text inserted at a boundary stays outside the span, unless the same edit changed the quote's
  // unit next to it (a figure rewritten from its first digit): then it is part of the new quote.
  const start = changed[0] ? (last[0] as number) : (first[0] as number);
  const stop = changed[1] ? (first[1] as number) : (last[1] as number);
  if (start < 0 || stop < 0 || stop <= start) return undefined;
  return { at: lo + start, end: lo + stop };
}

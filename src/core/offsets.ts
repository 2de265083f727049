/**
 * Mapping between UTF-16 offsets (what JS strings and VS Code use) and code
 * point offsets into the normalised text (what sidecars store).
 *
 * Both classes record the UTF-16 start of every two-unit sequence that is a
 * single code point of the normalised text (a surrogate pair, or for raw text
 * a CRLF); a lookup is then one binary search. Text with none of them takes an
 * identity fast path.
 */

// Largest index i with arr[i] < value, plus one: the count of entries below value.
function countBelow(arr: Int32Array, value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clampInt(x: number, max: number): number {
  if (!(x > 0)) return 0;
  return x >= max ? max : Math.floor(x);
}

class PairIndex {
  /** UTF-16 start of each two-unit sequence. */
  readonly unitStarts: Int32Array;
  /** Code point offset of each of them. */
  readonly pointStarts: Int32Array;
  readonly pointLength: number;

  constructor(s: string, skip: number, crlf: boolean) {
    const starts: number[] = [];
    const n = s.length;
    for (let i = skip; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 13 ? crlf && s.charCodeAt(i + 1) === 10 : c >= 0xd800 && c <= 0xdbff && isLow(s.charCodeAt(i + 1))) {
        starts.push(i);
        i++;
      }
    }
    this.unitStarts = Int32Array.from(starts);
    this.pointStarts = Int32Array.from(starts, (u, k) => u - skip - k);
    this.pointLength = n - skip - starts.length;
  }
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Offsets between a RAW string as an editor holds it (optional leading BOM,
 * CRLF or lone CR line ends, astral characters as surrogate pairs) and code
 * points of its normalised text. An offset inside a CRLF or a surrogate pair,
 * or just after the BOM, maps to the position before it. Out-of-range inputs
 * are clamped. Works whether or not the editor already stripped the BOM.
 */
export class OffsetMap {
  private readonly skip: number;
  private readonly pairs: PairIndex | undefined;
  private readonly rawLength: number;
  /** Length of the normalised text in code points. */
  readonly codePointLength: number;

  constructor(raw: string) {
    this.rawLength = raw.length;
    this.skip = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const needsIndex = /[\r\ud800-\udbff]/.test(raw);
    this.pairs = needsIndex ? new PairIndex(raw, this.skip, true) : undefined;
    this.codePointLength = this.pairs ? this.pairs.pointLength : raw.length - this.skip;
  }

  /** True when UTF-16 offsets and code point offsets coincide. */
  get isIdentity(): boolean {
    return this.skip === 0 && (this.pairs === undefined || this.pairs.unitStarts.length === 0);
  }

  /** UTF-16 offset in the raw string -> code point offset in the normalised text. */
  toCodePoint(utf16Offset: number): number {
    const u = clampInt(utf16Offset, this.rawLength);
    if (u <= this.skip) return 0;
    const below = this.pairs ? countBelow(this.pairs.unitStarts, u) : 0;
    return u - this.skip - below;
  }

  /** Code point offset in the normalised text -> UTF-16 offset in the raw string. */
  toUtf16(codePointOffset: number): number {
    const c = clampInt(codePointOffset, this.codePointLength);
    const below = this.pairs ? countBelow(this.pairs.pointStarts, c) : 0;
    return c + this.skip + below;
  }
}

/**
 * A normalised string with O(log n) code point -> UTF-16 lookups, for slicing
 * many annotations out of one text (identity when there are no astral chars).
 */
export class CodePointText {
  private readonly pairs: PairIndex | undefined;
  /** Length in code points. */
  readonly length: number;

  constructor(readonly text: string) {
    this.pairs = /[\ud800-\udbff]/.test(text) ? new PairIndex(text, 0, false) : undefined;
    this.length = this.pairs ? this.pairs.pointLength : text.length;
  }

  /** UTF-16 index of a code point offset (clamped to the text). */
  utf16At(codePointOffset: number): number {
    const c = clampInt(codePointOffset, this.length);
    return this.pairs ? c + countBelow(this.pairs.pointStarts, c) : c;
  }

  /** Code points [start, end), like Python's `text[start:end]` for in-range offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.utf16At(start), this.utf16At(end));
  }
}

let cached: CodePointText | undefined;

function indexed(text: string | CodePointText): CodePointText {
  if (typeof text !== 'string') return text;
  // One-entry cache: callers typically slice the same text many times in a row.
  if (cached === undefined || cached.text !== text) cached = new CodePointText(text);
  return cached;
}

/** `normalized[start:end]` in code points; pass a CodePointText to reuse its index explicitly. */
export function sliceCodePoints(normalized: string | CodePointText, start: number, end: number): string {
  return indexed(normalized).slice(start, end);
}

/** Up to `n` code points of context on each side of the span [start, end). */
export function contextAround(normalized: string | CodePointText, start: number, end: number, n = 32): { prefix: string; suffix: string } {
  const t = indexed(normalized);
  return { prefix: t.slice(Math.max(0, start - n), start), suffix: t.slice(end, end + n) };
}

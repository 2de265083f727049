/**
 * A normalised text with conversions both ways between code point offsets
 * (what sidecars store) and UTF-16 offsets (what string search returns). The
 * searches work in UTF-16 so they can use the engine's native string search.
 */

/** A normalised text and its offset conversions (identity when there are no astral characters). */
export class TextUnits {
  /** UTF-16 start of every surrogate pair, ascending. */
  private readonly pairs: Int32Array;
  /** Length in code points. */
  readonly length: number;

  constructor(readonly text: string) {
    const starts: number[] = [];
    if (/[\ud800-\udbff]/.test(text)) {
      for (let i = 0; i < text.length - 1; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) starts.push(i++);
        }
      }
    }
    this.pairs = Int32Array.from(starts);
    this.length = text.length - starts.length;
  }

  /** UTF-16 offset of a code point offset, clamped to the text. */
  toUtf16(codePoint: number): number {
    const c = Math.max(0, Math.min(this.length, Math.floor(codePoint)));
    if (this.pairs.length === 0) return c;
    // Pair k starts at code point pairs[k] - k; count the pairs starting before c.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.pairs[mid] as number) - mid < c) lo = mid + 1;
      else hi = mid;
    }
    return c + lo;
  }

  /** Code point offset of a UTF-16 offset; an offset inside a surrogate pair maps to the pair's start. */
  toCodePoint(unit: number): number {
    const u = Math.max(0, Math.min(this.text.length, unit));
    if (this.pairs.length === 0) return u;
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.pairs[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    // Inside a pair (u - 1 starts one) this is the pair's own code point offset.
    return u - lo;
  }

  /**
   * A UTF-16 offset moved off the middle of a surrogate pair (matches found
   * unit by unit may split one): to the pair's start, or with `after` to its end.
   */
  snap(unit: number, after = false): number {
    const u = Math.max(0, Math.min(this.text.length, unit));
    const c = this.text.charCodeAt(u);
    const b = this.text.charCodeAt(u - 1);
    const inside = c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff;
    return inside ? (after ? u + 1 : u - 1) : u;
  }
}

/** Number of code points of a string. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * How well the text around a candidate position agrees with an annotation's
 * stored prefix and suffix. Exact candidates are ranked by how many units of
 * context agree right next to the quote (cheap, no allocation); approximate
 * ones by edit distance, since the context may be edited too.
 */

/**
 * A UTF-16 unit as context compares it: editors re-wrap lines (a space becomes a line break
 * and back) and turn straight quotes curly, which says nothing about where a quote went, so
 * every whitespace unit compares as a space and every quotation mark as its straight form.
 */
export function foldUnit(c: number): number {
  if (c === 0x20) return c;
  if (c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x2009 || c === 0x202f) return 0x20;
  if (c === 0x2018 || c === 0x2019) return 0x27;
  if (c === 0x201c || c === 0x201d) return 0x22;
  return c;
}

/** Units of `prefix` that equal the text just before `at` (as {@link foldUnit} compares), counted backwards from `at`. */
export function prefixRun(text: string, at: number, prefix: string): number {
  let k = 0;
  const max = Math.min(prefix.length, at);
  while (k < max) {
    const x = text.charCodeAt(at - 1 - k);
    const y = prefix.charCodeAt(prefix.length - 1 - k);
    if (x !== y && foldUnit(x) !== foldUnit(y)) break;
    k++;
  }
  return k;
}

/** Units of `suffix` that equal the text from `at` on (as {@link foldUnit} compares). */
export function suffixRun(text: string, at: number, suffix: string): number {
  let k = 0;
  const max = Math.min(suffix.length, text.length - at);
  while (k < max) {
    const x = text.charCodeAt(at + k);
    const y = suffix.charCodeAt(k);
    if (x !== y && foldUnit(x) !== foldUnit(y)) break;
    k++;
  }
  return k;
}

// One DP row, reused: context strings are at most a few dozen units.
const row = new Int32Array(1025);

/**
 * 1 - (fewest edits turning `pattern` into some substring of `text[from, to)`)
 * / pattern length, in [0, 1]: how well a stored context is found near where
 * it should be, when the ends of the match beside it are approximate too. An
 * empty pattern is found anywhere (1).
 */
export function substringSimilarity(pattern: string, text: string, from: number, to: number): number {
  const m = Math.min(pattern.length, 1024);
  if (m === 0) return 1;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  for (let i = 0; i <= m; i++) row[i] = i;
  let best = m;
  // Columns are text units; a match may start at any of them (the top cell stays 0).
  for (let j = lo; j < hi; j++) {
    const c = text.charCodeAt(j);
    let diagonal = 0;
    for (let i = 1; i <= m; i++) {
      const above = row[i] as number;
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      row[i] = Math.min(above + 1, (row[i - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
    if ((row[m] as number) < best) best = row[m] as number;
  }
  return 1 - best / m;
}

/** Whether `quote` is at `at` in `text` as {@link foldUnit} compares: the same words, re-wrapped or with other quotation marks. */
export function foldedAt(text: string, at: number, quote: string): boolean {
  if (at < 0 || at + quote.length > text.length) return false;
  for (let k = 0; k < quote.length; k++) {
    const x = text.charCodeAt(at + k);
    const y = quote.charCodeAt(k);
    if (x !== y && foldUnit(x) !== foldUnit(y)) return false;
  }
  return true;
}

/** `text` with every unit as {@link foldUnit} compares it: same length, so offsets hold in both. */
export function foldText(text: string): string {
  // One pass into a buffer, decoded at once: regular expression replaces over a megabyte cost more.
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = c > 0x20 && c < 0xa0 ? c : foldUnit(c);
  }
  return decoder.decode(units);
}

const decoder = new TextDecoder('utf-16le');

/**
 * Finding every mention of an entity's names in a text, for "tag all
 * mentions" and for suggestions. Matching is on whole words with Unicode
 * boundaries, so `Abadie’s` mentions `Abadie` but `Abadiesque` does not, and
 * `José` written with a combining accent does not mention `Jose`.
 */
import { OffsetMap } from '../offsets';

/** One occurrence, in code point offsets of the normalised text. */
export interface Mention {
  start: number;
  end: number;
  /** Index into the `names` given to {@link findMentions}. */
  index: number;
}

/** Options of {@link findMentions}. */
export interface MentionOptions {
  /** Match regardless of letter case (default false: names are proper nouns, and `Union` is not `union`). */
  ignoreCase?: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}_]/u;
const WORD_RUN = /[\p{L}\p{M}\p{N}_]+/gu;

/**
 * Every whole-word occurrence of any of `names` in `normalizedText`, sorted by
 * start. Overlaps are resolved longest name first (`Jean-Luc Abadie` wins
 * over `Abadie` inside it), then earliest. Apostrophe and hyphen styles are
 * interchangeable, a space in a name matches any run of whitespace (a line
 * break included), and a name matches whether the text has its accents
 * composed or decomposed (NFC or NFD).
 */
export function findMentions(normalizedText: string, names: readonly string[], options: MentionOptions = {}): Mention[] {
  const text = fold(normalizedText, options.ignoreCase === true);
  const candidates: Array<{ start: number; end: number; index: number; length: number }> = [];
  const byHead = new Map<string, Array<{ pieces: string[]; index: number }>>();
  names.forEach((name, index) => {
    for (const variant of new Set([name.normalize('NFC'), name.normalize('NFD')])) {
      const pieces = fold(variant, options.ignoreCase === true)
        .trim()
        .split(/\s+/)
        .filter((p) => p !== '');
      const first = pieces[0];
      if (first === undefined) continue;
      const head = /^[\p{L}\p{M}\p{N}_]+/u.exec(first)?.[0];
      // Names that start with a word are looked up by it; others (`#MeToo`) are searched for directly.
      if (head !== undefined) byHead.set(head, (byHead.get(head) ?? []).concat({ pieces, index }));
      else for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) add(at, pieces, index);
    }
  });
  function add(start: number, pieces: readonly string[], index: number): void {
    const end = matchAt(text, start, pieces);
    // A boundary is only required where the name itself has a word character (`AT&T` ends in one, `(RED)` does not).
    if (end < 0 || (isWordBefore(text, end) && isWordAt(text, end)) || (isWordAt(text, start) && isWordBefore(text, start))) return;
    candidates.push({ start, end, index, length: Array.from(text.slice(start, end)).length });
  }
  for (const run of text.matchAll(WORD_RUN)) {
    for (const entry of byHead.get(run[0]) ?? []) add(run.index, entry.pieces, entry.index);
  }
  candidates.sort((a, b) => b.length - a.length || a.start - b.start || a.index - b.index);
  const used = new Uint8Array(text.length);
  const map = new OffsetMap(normalizedText);
  const found: Mention[] = [];
  for (const c of candidates) {
    if (used.subarray(c.start, c.end).some((u) => u !== 0)) continue;
    used.fill(1, c.start, c.end);
    found.push({ start: map.toCodePoint(c.start), end: map.toCodePoint(c.end), index: c.index });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** End of `pieces` (separated by whitespace runs) matched at `start`, or -1. */
function matchAt(text: string, start: number, pieces: readonly string[]): number {
  let at = start;
  for (let k = 0; k < pieces.length; k++) {
    if (k > 0) {
      const gap = at;
      while (at < text.length && /\s/.test(text.charAt(at))) at++;
      if (at === gap) return -1;
    }
    const piece = pieces[k] as string;
    if (!text.startsWith(piece, at)) return -1;
    at += piece.length;
  }
  return at;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && WORD.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
}

function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2;
  return WORD.test(pair ? text.slice(i - 2, i) : text.charAt(i - 1));
}

/**
 * A copy of the same UTF-16 length (offsets stay valid) where apostrophe and
 * hyphen variants are unified and, if asked, letters are lowercased where
 * that keeps their length (`İ` lowercases to two units, so it stays).
 */
function fold(s: string, ignoreCase: boolean): string {
  const unified = s.replace(/[\u2018\u2019\u02bc\u0060]/g, "'").replace(/[\u2010\u2011]/g, '-');
  if (!ignoreCase) return unified;
  return unified.replace(/[\p{Lu}\p{Lt}]/gu, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  });
}

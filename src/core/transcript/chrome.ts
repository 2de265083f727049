/*
 * Boilerplate of a whole web-copied document: the line rules of
 * `boilerplate.ts` plus what only the document (or its outlet's other files)
 * can tell: short unpunctuated lines before the headline (menus, section
 * names), author bios after the closing credit, and lines that recur across
 * files of the same outlet. Offsets are UTF-16 offsets into the text given.
 */
import { inlineCreditAt, isBoilerplateAt } from './boilerplate';
import { forEachLine, trimmedEnd } from './lines';
import { matchSpeakerLabel } from './speaker-label';
import type { TextRange } from './types';

/** Why a stretch of text is boilerplate. */
export type BoilerplateReason = 'furniture' | 'credit' | 'masthead' | 'after-end' | 'repeated';

/** A stretch of boilerplate: a whole line (terminator excluded) or the tail of one. */
export interface BoilerplateRange extends TextRange {
  reason: BoilerplateReason;
}

/** Options of {@link findBoilerplate}. */
export interface BoilerplateOptions {
  /** Keys ({@link lineKey}) of lines seen in other files of the same outlet. */
  repeatedLines?: ReadonlySet<string>;
}

/** One non-blank line of a document. */
export interface DocLine extends TextRange {
  /** End without trailing whitespace. */
  contentEnd: number;
  text: string;
}

/** The key a line is compared by across files: trimmed, inner whitespace collapsed. */
export function lineKey(line: string): string {
  return line.trim().replace(/\s+/gu, ' ');
}

const SENTENCE_END = /[.!?…]["”’)\]]*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,%-]*/gu;
const BIO =
  /^(?:About the author\b.*|\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){1,3} (?:is|was|covers|reports)\b.{0,200}\b(?:reporter|correspondent|editor|writer|journalist|producer|host|contributor|columnist)s?\b.*)$/u;
const BYLINE = /^(?:By|From) \p{Lu}/u;

/** Number of words in a line. */
export function wordCount(line: string): number {
  return line.match(WORD)?.length ?? 0;
}

/** Whether a line reads as a sentence: ends with sentence punctuation. */
export function isSentenceLine(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

/** Short, unpunctuated: how menus, section names and buttons look. */
function isShortUnpunctuated(line: string): boolean {
  return wordCount(line) <= 6 && !/[.!?…:;]["”’)\]]*$/u.test(line.trim());
}

/** The non-blank lines of `text`. */
export function docLines(text: string): DocLine[] {
  const lines: DocLine[] = [];
  forEachLine(text, (start, end) => {
    const contentEnd = trimmedEnd(text, start, end);
    if (contentEnd > start && text.slice(start, contentEnd).trim() !== '') lines.push({ start, end, contentEnd, text: text.slice(start, contentEnd) });
  });
  return lines;
}

/**
 * Index (into `lines`) of the first line of the body: a speaker label, or a
 * sentence of at least eight words. -1 when there is none.
 */
export function bodyStartIndex(text: string, lines: readonly DocLine[], isBoilerplate: (index: number) => boolean): number {
  return lines.findIndex((l, i) => !isBoilerplate(i) && (matchSpeakerLabel(text, l.start) !== undefined || (isSentenceLine(l.text) && wordCount(l.text) >= 8)));
}

/**
 * Index of the headline: the first line before the body that is not chrome and
 * has four words or more, or is followed by a byline; failing that, a line of
 * two words or more right before the body. -1 when there is none.
 */
export function headlineIndex(lines: readonly DocLine[], body: number, isBoilerplate: (index: number) => boolean): number {
  const limit = body < 0 ? Math.min(lines.length, 12) : body;
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as DocLine;
    if (isBoilerplate(i) || BYLINE.test(line.text)) continue;
    const next = lines[i + 1];
    if (wordCount(line.text) >= 4 || (next !== undefined && BYLINE.test(next.text) && wordCount(line.text) >= 2)) return i;
  }
  // A short title ("Port report") right before the body still heads it.
  let last = body - 1;
  while (last >= 0 && isBoilerplate(last)) last--;
  if (last >= 0 && wordCount((lines[last] as DocLine).text) >= 2) return last;
  return -1;
}

/** Every boilerplate range of `text`, in order, not overlapping. */
export function findBoilerplate(text: string, options: BoilerplateOptions = {}): BoilerplateRange[] {
  const lines = docLines(text);
  const reasons = new Map<number, BoilerplateReason>();
  const inline = new Map<number, number>();
  const repeated = options.repeatedLines;
  lines.forEach((l, i) => {
    if (isBoilerplateAt(text, l.start, l.end)) {
      reasons.set(i, /^\s*(?:Copyright|©|Transcript provided by)/u.test(l.text) ? 'credit' : 'furniture');
      return;
    }
    const credit = inlineCreditAt(text, l.start, l.contentEnd);
    if (credit !== undefined) inline.set(i, credit);
    else if (repeated?.has(lineKey(l.text)) && matchSpeakerLabel(text, l.start) === undefined && (!isSentenceLine(l.text) || wordCount(l.text) < 6))
      reasons.set(i, 'repeated');
  });
  const chrome = (i: number): boolean => reasons.has(i);
  // The masthead: short, unpunctuated lines before the headline.
  const body = bodyStartIndex(text, lines, chrome);
  const headline = headlineIndex(lines, body, chrome);
  const mastheadEnd = headline >= 0 ? headline : body;
  for (let i = 0; i < mastheadEnd; i++) {
    if (!reasons.has(i) && isShortUnpunctuated((lines[i] as DocLine).text)) reasons.set(i, 'masthead');
  }
  markAfterEnd(text, lines, reasons, inline);
  const out: BoilerplateRange[] = [];
  lines.forEach((l, i) => {
    const reason = reasons.get(i);
    const credit = inline.get(i);
    if (reason) out.push({ start: l.start, end: l.contentEnd, reason });
    else if (credit !== undefined) out.push({ start: credit, end: l.contentEnd, reason: 'credit' });
  });
  return out;
}

/**
 * After the last closing credit, or from a trailing author bio on, what is
 * left is bios, "more from" lists and sharing tools. Only a short tail
 * counts, and no speaker turn may follow, so a copyright line near the top
 * never hides the text.
 */
function markAfterEnd(text: string, lines: readonly DocLine[], reasons: Map<number, BoilerplateReason>, inline: ReadonlyMap<number, number>): void {
  let last = -1;
  lines.forEach((_, i) => {
    if (reasons.get(i) === 'credit' || inline.has(i)) last = i;
  });
  const tailLimit = 10;
  if (last < 0 || lines.length - 1 - last > tailLimit) {
    // No credit: a bio among the last three lines starts the tail.
    last = -1;
    for (let i = Math.max(0, lines.length - 3); i < lines.length; i++) {
      if (BIO.test((lines[i] as DocLine).text)) {
        last = i - 1;
        break;
      }
    }
    if (last < 0) return;
  }
  for (let i = last + 1; i < lines.length; i++) {
    if (matchSpeakerLabel(text, (lines[i] as DocLine).start) !== undefined) return;
  }
  for (let i = last + 1; i < lines.length; i++) if (!reasons.has(i)) reasons.set(i, 'after-end');
}

/**
 * Keys of the lines that occur in at least two of `texts` (each text counted
 * once per line): the outlet's own furniture when the texts come from one
 * outlet. Blank lines and speaker labels never count.
 */
export function repeatedLines(texts: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const text of texts) {
    const keys = new Set<string>();
    for (const l of docLines(text)) {
      if (matchSpeakerLabel(text, l.start) === undefined) keys.add(lineKey(l.text));
    }
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([key]) => key));
}

/** Whether `[start, end)` overlaps any of `ranges` (sorted, as returned by {@link findBoilerplate}). */
export function overlapsBoilerplate(ranges: readonly TextRange[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid] as TextRange).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r !== undefined && r.start < end && start < r.end;
}

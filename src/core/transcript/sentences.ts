/** Sentence spans of prose, for claims and attributions. English abbreviations aware. */
import type { TextRange } from './types';

// A period after one of these (or after an initial such as `J.`) does not end the sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep gen col lt sgt capt prof no vs etc inc ltd co corp jr sr u.s a.m p.m e.g i.e approx'.split(
    ' ',
  ),
);
const SENTENCE_END = /[.!?…]+["”’)\]]*(?=\s|$)/g;

/** Sentence spans `[start, end)` within `[from, to)` of `text` (one line or paragraph), untrimmed. */
export function sentenceSpans(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const body = text.slice(from, to);
  let start = 0;
  for (const m of body.matchAll(SENTENCE_END)) {
    // Only the last few characters matter; a `$`-anchored search over the whole sentence would be quadratic on long lines.
    const word = /([\p{L}][\p{L}.]*)$/u.exec(body.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
    const bare = word.replace(/\.+$/, '');
    const abbreviation = m[0].startsWith('.') && (ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare));
    if (abbreviation) continue;
    spans.push([from + start, from + m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  if (body.slice(start).trim() !== '') spans.push([from + start, to]);
  return spans;
}

/** The same spans with surrounding whitespace trimmed, as ranges. */
export function trimmedSentences(text: string, from: number, to: number): TextRange[] {
  const out: TextRange[] = [];
  for (const [s, e] of sentenceSpans(text, from, to)) {
    let a = s;
    let b = e;
    while (a < b && /\s/u.test(text[a] as string)) a++;
    while (b > a && /\s/u.test(text[b - 1] as string)) b--;
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

// A clause that reports speech on its own: a subject of a few words, then the verb.
const REPORTING = /(?<![\p{L}])(?:says|said|say|puts|put|told|tells|estimates|estimated|claims|claimed|reports|reported|counts|counted)(?![\p{L}])/u;
const OWN_REPORT =
  /^(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:now\s+|also\s+)?(?:says|said|say|puts|put|estimates|estimated|claims|claimed|reports|reported|counts|counted)(?![\p{L}])/u;
const JOINT = /,\s+(?:and|but|while|whereas)\s+|;\s+/gu;

/**
 * A sentence reporting two sources ("the ministry now puts the number at 1,180, and the union
 * says 1,400") split into one span per report, so each becomes its own claim with its own
 * source. A sentence with one report (or none) comes back whole. Spans are trimmed, and a
 * clause ends before the joining comma.
 */
export function reportedClauses(text: string, start: number, end: number): TextRange[] {
  const out: TextRange[] = [];
  let from = start;
  const sentence = text.slice(start, end);
  for (const m of sentence.matchAll(JOINT)) {
    const at = start + (m.index ?? 0);
    const next = at + m[0].length;
    if (REPORTING.test(text.slice(from, at)) && OWN_REPORT.test(text.slice(next, end))) {
      out.push({ start: from, end: at });
      from = next;
    }
  }
  out.push({ start: from, end });
  return out;
}

/** Sentence spans of prose, for claims and attributions. English abbreviations aware. */
import type { TextRange } from './types';

// A period after one of these (or after an initial such as `J.`) does not end the sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep gen col lt sgt capt prof no vs etc inc ltd co corp jr sr u.s a.m p.m e.g i.e approx'.split(' '),
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

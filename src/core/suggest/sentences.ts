/**
 * Candidate claims: sentences that state a figure or report what someone
 * said. Questions, speaker labels, stage directions and page boilerplate are
 * never candidates. Offsets are UTF-16 offsets into the string given.
 */
import { trimSpan } from '../annotate/spans';
import { extractFigures } from '../claims/figures';
import { isBoilerplateLine, matchSpeakerLabel } from '../transcript';

/** One candidate sentence. */
export interface ClaimCandidate {
  start: number;
  end: number;
  /** True when the sentence states a count, a percentage or an amount of money. */
  statistic: boolean;
}

const ATTRIBUTION = /\b(?:said|says|say|told|tells|according to|claimed|claims|announced|reported|estimated|estimates|insisted|warned|confirmed|denied)\b/i;
// A period after one of these (or after an initial such as `J.`) does not end the sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep gen col lt sgt capt prof no vs etc inc ltd co corp jr sr u.s a.m p.m e.g i.e approx'.split(' '),
);
const SENTENCE_END = /[.!?…]+["”’)\]]*(?=\s|$)/g;

/** Candidate claims of a normalised text (LF line ends), in order. */
export function claimCandidates(text: string): ClaimCandidate[] {
  const found: ClaimCandidate[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '' && !isBoilerplateLine(line) && !/^\s*\(.*\)\s*$/.test(line)) {
      const label = matchSpeakerLabel(text, lineStart);
      for (const [s, e] of sentences(text, label ? label.end : lineStart, lineEnd)) {
        const span = trimSpan(text, s, e);
        if (span === undefined || text.slice(s, e).trimEnd().replace(/["”’)\]]+$/, '').endsWith('?')) continue;
        const sentence = text.slice(span.start, span.end);
        const statistic = extractFigures(sentence).some((f) => f.kind !== 'date');
        if (statistic || ATTRIBUTION.test(sentence)) found.push({ ...span, statistic });
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/** Sentence spans within `[from, to)`. */
function sentences(text: string, from: number, to: number): Array<[number, number]> {
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

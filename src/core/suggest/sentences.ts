/**
 * Candidate claims: sentences that state a figure or report what someone
 * said. Questions, speaker labels, stage directions and page boilerplate are
 * never candidates. Offsets are UTF-16 offsets into the string given.
 */
import { trimSpan } from '../annotate/spans';
import { extractFigures } from '../claims/figures';
import { findBoilerplate, isBoilerplateLine, matchSpeakerLabel, overlapsBoilerplate, reportedClauses, type TextRange } from '../transcript';
import { sentenceSpans as sentences } from '../transcript/sentences';

/** One candidate sentence. */
export interface ClaimCandidate {
  start: number;
  end: number;
  /** True when the sentence states a count, a percentage or an amount of money. */
  statistic: boolean;
}

const ATTRIBUTION =
  /\b(?:said|says|say|told|tells|according to|claimed|claims|announced|reported|estimated|estimates|insisted|warned|confirmed|denied|called on|calls on|called for|calls for|called (?:the|it|this|him|her|them)|urged|urges|demanded|demands|asked for|asks for|accused|accuses|blamed|blames)\b/i;

/**
 * Candidate claims of a normalised text (LF line ends), in order. Sentences
 * overlapping `boilerplate` (UTF-16 ranges of the same text; default: what
 * `findBoilerplate` finds in it) are never candidates.
 */
export function claimCandidates(text: string, boilerplate: readonly TextRange[] = findBoilerplate(text)): ClaimCandidate[] {
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
        if (
          span === undefined ||
          overlapsBoilerplate(boilerplate, span.start, span.end) ||
          text
            .slice(s, e)
            .trimEnd()
            .replace(/["”’)\]]+$/, '')
            .endsWith('?')
        )
          continue;
        for (const clause of reportedClauses(text, span.start, span.end)) {
          const sentence = text.slice(clause.start, clause.end);
          const statistic = extractFigures(sentence).some((f) => f.kind !== 'date');
          if (statistic || ATTRIBUTION.test(sentence)) found.push({ ...clause, statistic });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

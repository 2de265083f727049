import { lineStartOf } from './lines';
import type { SpeakerLabel } from './types';

/*
 * A label word is made of capitals (any script, so ÅSA and RAMÍREZ qualify),
 * combining marks for decomposed accents, digits and the punctuation seen in
 * names and generic speakers: O'BRIEN, JEAN-LUC, DR., PERSON #1. `ß` has no
 * single-letter capital in common use, so all-caps German keeps it.
 */
const WORD = String.raw`[\p{Lu}\p{Lt}\p{Nd}#][\p{Lu}\p{Lt}\p{M}\p{Nd}ß#'’.\-]*`;
// Up to eight words keeps all-caps prose lines that happen to contain a colon
// from being taken for a label.
const WORDS = String.raw`${WORD}(?: ${WORD}){0,7}`;
// Requiring a capital within the span stops `10:` or `#1:` from counting.
const HAS_CAPITAL = String.raw`(?=[\p{Lu}\p{Lt}\p{M}\p{Nd}ß#'’.\- ]*?[\p{Lu}\p{Lt}])`;

/**
 * The label grammar shared with `syntaxes/transcript.tmLanguage.json`; keep
 * the two in step. The colon must be followed by whitespace or the end of the
 * line so that times such as `10:15` never qualify.
 */
const LABEL_SOURCE = String.raw`${HAS_CAPITAL}(${WORDS})(?:,[ ]?${HAS_CAPITAL}(${WORDS}))?:(?=\s|$)`;

// Sticky so the label is tried only at the given line start, without slicing.
const LABEL_AT = new RegExp(LABEL_SOURCE, 'uy');

/**
 * Matches a speaker label starting exactly at `lineStart` in `text`.
 * Offsets in the result are UTF-16 offsets into `text`.
 */
export function matchSpeakerLabel(text: string, lineStart: number): SpeakerLabel | undefined {
  LABEL_AT.lastIndex = lineStart;
  const match = LABEL_AT.exec(text);
  if (!match) return undefined;
  const name = match[1] ?? '';
  const role = match[2];
  const end = lineStart + match[0].length;
  const label: SpeakerLabel = {
    start: lineStart,
    end,
    text: match[0],
    nameRange: { start: lineStart, end: lineStart + name.length },
  };
  if (role !== undefined) {
    // The role always ends right before the colon.
    label.roleRange = { start: end - 1 - role.length, end: end - 1 };
  }
  return label;
}

/**
 * Whether `line` (a single line without its terminator) starts with a
 * speaker label.
 */
export function isSpeakerLabelLine(line: string): boolean {
  return matchSpeakerLabel(line, 0) !== undefined;
}

/**
 * The speaker label at the start of the line containing `offset`, or
 * `undefined` when that line does not open with a label. `offset` is a UTF-16
 * offset into `text`; it may point anywhere on the line, including its end.
 */
export function speakerLabelAt(text: string, offset: number): SpeakerLabel | undefined {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
  return matchSpeakerLabel(text, lineStartOf(text, offset));
}

import { inlineCreditAt, isBoilerplateAt } from './boilerplate';
import { forEachLine, trimmedEnd } from './lines';
import { matchSpeakerLabel } from './speaker-label';
import { SpeakerResolver } from './speaker-resolver';
import type { Turn } from './types';

/**
 * Splits a transcript into speaker turns in a single pass over its lines.
 *
 * `text` may use `\r\n`, `\n` or `\r` line endings; every offset in the result
 * is a UTF-16 offset into `text` itself (not into a normalised copy), so it
 * can go straight to `TextDocument.positionAt`.
 *
 * A turn starts at its label (always column 0) and ends after the last
 * non-whitespace character of its last content line: trailing blank lines
 * are excluded, and so is everything from the first boilerplate line
 * (copyright, "Transcript provided by …", page chrome) up to the next label,
 * and a closing credit glued to the end of a line.
 * Text before the first label belongs to no turn.
 */
export function parseTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  const resolver = new SpeakerResolver();
  let current: Turn | undefined;
  // Once boilerplate starts, nothing more belongs to the current turn.
  let closed = false;
  // Most transcripts have no closing credit at all: look for a glued one only in those that do.
  const credits = /©|Copyright|Transcript provided/u.test(text);
  const creditIn = (from: number, to: number): number | undefined => (credits ? inlineCreditAt(text, from, to) : undefined);

  forEachLine(text, (start, end) => {
    const label = matchSpeakerLabel(text, start);
    if (label) {
      const identity = resolver.resolve(label.text);
      current = {
        name: identity.name,
        label,
        labelText: label.text,
        start: label.start,
        end: label.end,
      };
      if (identity.role !== undefined) current.role = identity.role;
      turns.push(current);
      const credit = creditIn(label.end, end);
      current.end = Math.max(label.end, trimmedEnd(text, label.end, credit ?? end));
      closed = credit !== undefined;
      return;
    }
    if (!current || closed) return;
    if (isBoilerplateAt(text, start, end)) {
      closed = true;
      return;
    }
    const credit = creditIn(start, end);
    const contentEnd = trimmedEnd(text, start, credit ?? end);
    if (contentEnd > start) current.end = contentEnd;
    if (credit !== undefined) closed = true;
  });

  return turns;
}

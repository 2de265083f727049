/**
 * Growing or shrinking a span by one word at either end, in code points. A word is a run of
 * letters, digits, combining marks, apostrophes and hyphens, so “Jean-Luc” and “1,150”'s
 * parts move as a reader expects; spaces and punctuation between words are stepped over.
 */

/** Which end of the span moves, and which way. */
export type SpanEdge = 'start' | 'end';
export type SpanStep = 'grow' | 'shrink';

const wordChar = /^[\p{L}\p{N}\p{M}'’_-]$/u;
const isWord = (point: string | undefined): boolean => point !== undefined && wordChar.test(point);

/**
 * The span after moving `edge` by a word, or undefined when it cannot move (the text's edge
 * is reached, or shrinking would leave no word).
 * @param points the normalised text split into code points (`Array.from(text)`)
 */
export function stepSpan(
  points: readonly string[],
  span: { start: number; end: number },
  edge: SpanEdge,
  step: SpanStep,
): { start: number; end: number } | undefined {
  let { start, end } = span;
  if (edge === 'start' && step === 'grow') {
    let at = start;
    while (at > 0 && !isWord(points[at - 1])) at--;
    while (at > 0 && isWord(points[at - 1])) at--;
    if (at === start || !isWord(points[at])) return undefined;
    start = at;
  } else if (edge === 'end' && step === 'grow') {
    let at = end;
    while (at < points.length && !isWord(points[at])) at++;
    while (at < points.length && isWord(points[at])) at++;
    if (at === end || !isWord(points[at - 1])) return undefined;
    end = at;
  } else if (edge === 'start') {
    let at = start;
    while (at < end && isWord(points[at])) at++;
    while (at < end && !isWord(points[at])) at++;
    if (at >= end) return undefined;
    start = at;
  } else {
    let at = end;
    while (at > start && isWord(points[at - 1])) at--;
    while (at > start && !isWord(points[at - 1])) at--;
    if (at <= start) return undefined;
    end = at;
  }
  return { start, end };
}

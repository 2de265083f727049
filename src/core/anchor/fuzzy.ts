/**
 * Approximate matching of an edited quote near where it is predicted, scored
 * in the manner of Hypothesis's anchoring: similarity of the quote weighs
 * most, then of the prefix and suffix, then closeness to a prediction.
 */
import search from 'approx-string-match';
import { substringSimilarity } from './context';
import type { Target } from './exact';

/** An approximate match: its UTF-16 range and its combined score in [0, 1]. */
export interface Approximate {
  readonly at: number;
  readonly end: number;
  readonly score: number;
}

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 4;
const TOTAL = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;
// Candidates scored per search; the matcher may report many equally good ends for short quotes.
const MAX_CANDIDATES = 16;
// Units a stored context may be found away from the match's ends.
const SLACK = 8;

/**
 * The best-scoring approximate match of the quote, with at most
 * `maxErrorRate` of its units different, within `radius` units of one of the
 * `predictions` (nearby predictions share one search window).
 */
export function fuzzyNear(text: string, t: Target, predictions: readonly number[], radius: number, maxErrorRate: number): Approximate | undefined {
  const sorted = [...predictions].sort((x, y) => x - y);
  let best: Approximate | undefined;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) - (sorted[j] as number) <= 2 * radius) j++;
    const found = fuzzyIn(text, t, sorted.slice(i, j + 1), radius, maxErrorRate);
    if (found && (!best || found.score > best.score)) best = found;
    i = j + 1;
  }
  return best;
}

// One window, from `radius` before the first prediction to `radius` after the last.
function fuzzyIn(text: string, t: Target, predictions: readonly number[], radius: number, maxErrorRate: number): Approximate | undefined {
  const lo = Math.max(0, (predictions[0] as number) - radius);
  const hi = Math.min(text.length, (predictions[predictions.length - 1] as number) + t.quote.length + radius);
  const maxErrors = Math.floor(t.quote.length * maxErrorRate);
  if (hi <= lo || maxErrors === 0) return undefined;
  const distance = (at: number): number => Math.min(...predictions.map((p) => Math.abs(at - p)));
  const matches = search(text.slice(lo, hi), t.quote, maxErrors);
  // Nearest first, so that a cap on candidates drops the least likely ones.
  matches.sort((x, y) => distance(x.start + lo) - distance(y.start + lo) || x.start - y.start || x.end - y.end);
  let best: Approximate | undefined;
  const seen: number[] = [];
  for (const m of matches) {
    const at = lo + m.start;
    const end = lo + m.end;
    // Matches a few units apart score alike (the context is looked for with slack): score one of them.
    if (end <= at || seen.some((x) => Math.abs(x - at) <= SLACK / 2)) continue;
    if (seen.push(at) > MAX_CANDIDATES) break;
    const quoteSimilarity = 1 - m.errors / t.quote.length;
    // The match's ends are approximate too, so the context is looked for across them.
    const prefix = substringSimilarity(t.prefix, text, at - t.prefix.length - SLACK, at + SLACK);
    const suffix = substringSimilarity(t.suffix, text, end - SLACK, end + t.suffix.length + SLACK);
    const position = 1 - Math.min(1, distance(at) / Math.max(1, radius));
    const score = (QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * (prefix + suffix) + POSITION_WEIGHT * position) / TOTAL;
    if (!best || score > best.score) best = { at, end, score };
  }
  return best;
}

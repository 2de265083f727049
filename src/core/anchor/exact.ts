/**
 * Exact occurrences of a quote, ranked by context. A quote like "the" occurs
 * thousands of times: the candidates are ranked by how many units of the
 * stored prefix and suffix agree right next to them, then by distance from
 * the predicted position.
 */
import type { Annotation } from '../schema';
import { prefixRun, suffixRun } from './context';
import { findAll, GRAM } from './scan';

/** What an annotation says about its text: the quote and up to 32 code points of context. */
export interface Target {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** The target of an annotation (absent context is empty). */
export function targetOf(a: Annotation): Target {
  return { quote: a.quote, prefix: a.prefix ?? '', suffix: a.suffix ?? '' };
}

/** An exact occurrence: UTF-16 start and the number of context units agreeing around it. */
export interface Occurrence {
  readonly at: number;
  readonly fit: number;
}

/** Units of context agreeing around an exact occurrence of the quote at `at`. */
export function fitAt(text: string, at: number, t: Target): number {
  return prefixRun(text, at, t.prefix) + suffixRun(text, at + t.quote.length, t.suffix);
}

// Better of two occurrences: more context agreeing, less one unit per `perUnit` units of
// distance from the prediction; then nearer; then earlier.
function better(x: Occurrence | undefined, y: Occurrence, predicted: number, perUnit: number): Occurrence {
  if (!x) return y;
  const dx = Math.abs(x.at - predicted);
  const dy = Math.abs(y.at - predicted);
  const sx = x.fit - dx / perUnit;
  const sy = y.fit - dy / perUnit;
  if (sx !== sy) return sy > sx ? y : x;
  return dy < dx || (dy === dx && y.at < x.at) ? y : x;
}

/**
 * The best exact occurrence starting within `radius` units of `predicted`;
 * by default the one with the most agreeing context, then the nearest.
 */
export function exactNear(text: string, t: Target, predicted: number, radius: number, perUnit = Infinity): Occurrence | undefined {
  const lo = Math.max(0, predicted - radius);
  // A slice bounds the native search; on its own, a miss would scan to the end of the text.
  const window = text.slice(lo, Math.min(text.length, predicted + radius + t.quote.length));
  let best: Occurrence | undefined;
  for (let p = window.indexOf(t.quote); p !== -1; p = window.indexOf(t.quote, p + 1)) {
    best = better(best, { at: lo + p, fit: fitAt(text, lo + p, t) }, predicted, perUnit);
  }
  return best;
}

// Strings that find an occurrence agreeing on at least one side: prefix tail + quote, quote + suffix head.
function farKeys(t: Target): { key: string; skip: number }[] {
  const head = t.prefix.slice(-16);
  return [{ key: head + t.quote, skip: head.length }, { key: t.quote + t.suffix.slice(0, 16), skip: 0 }];
}

/**
 * The occurrence with the most agreeing context among `starts` (quote starts,
 * as from {@link findFar}), nearest `predicted` among equals; `unique` when no
 * other agrees as much.
 */
export function bestOf(text: string, t: Target, starts: readonly number[], predicted: number): (Occurrence & { unique: boolean }) | undefined {
  let best: Occurrence | undefined;
  const fits = new Map<number, number>();
  for (const at of starts) {
    if (fits.has(at)) continue;
    const fit = fitAt(text, at, t);
    fits.set(at, fit);
    best = better(best, { at, fit }, predicted, Infinity);
  }
  if (!best) return undefined;
  let ties = 0;
  for (const fit of fits.values()) if (fit === best.fit) ties++;
  return { ...best, unique: ties === 1 };
}

/**
 * For each target, the UTF-16 starts of its quote wherever the quote occurs
 * with its context agreeing on at least one side (16 units), so that even a
 * quote as common as "the" has few; one pass over the text for all targets.
 */
export function findFar(text: string, targets: readonly Target[]): number[][] {
  const keys = targets.map(farKeys);
  const long = keys.flat().filter((k) => k.key.length >= GRAM);
  const found = findAll(text, long.map((k) => k.key));
  const byKey = new Map(long.map((k, i) => [k, found[i] as number[]]));
  return keys.map((pair) =>
    // A key too short for the scan is a tiny quote at an edge of the text: searched for directly.
    pair.flatMap((k) => (byKey.get(k) ?? scanFor(text, k.key)).map((p) => p + k.skip)),
  );
}

function scanFor(text: string, key: string): number[] {
  const found: number[] = [];
  for (let p = text.indexOf(key); p !== -1 && found.length < 1000; p = text.indexOf(key, p + 1)) found.push(p);
  return found;
}

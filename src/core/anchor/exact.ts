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
  /**
   * Units of each side that belong to the quote's own paragraph, the blank line
   * included: editors move paragraphs, so context past a blank line says less
   * about where a quote went, and counts a quarter (see {@link fitAt}).
   */
  readonly localPrefix: number;
  readonly localSuffix: number;
}

/** The target of an annotation (absent context is empty). */
export function targetOf(a: Annotation): Target {
  const prefix = a.prefix ?? '';
  const suffix = a.suffix ?? '';
  const p = prefix.lastIndexOf('\n\n');
  const s = suffix.indexOf('\n\n');
  return { quote: a.quote, prefix, suffix, localPrefix: p < 0 ? prefix.length : prefix.length - p, localSuffix: s < 0 ? suffix.length : s + 2 };
}

/** The most context units that can agree around an occurrence of the target (see {@link fitAt}). */
export function fullFit(t: Target): number {
  return t.localPrefix + t.localSuffix + (t.prefix.length - t.localPrefix + t.suffix.length - t.localSuffix) * BEYOND;
}

// Weight of a context unit past a blank line.
const BEYOND = 0.25;

// A side's agreeing run weighed: whole units within the paragraph, a quarter past it.
function weigh(run: number, local: number): number {
  return run <= local ? run : local + (run - local) * BEYOND;
}

/** An exact occurrence: UTF-16 start and the number of context units agreeing around it. */
export interface Occurrence {
  readonly at: number;
  readonly fit: number;
}

/** Units of context agreeing around an exact occurrence of the quote at `at` (past a blank line, a quarter each). */
export function fitAt(text: string, at: number, t: Target): number {
  return weigh(prefixRun(text, at, t.prefix), t.localPrefix) + weigh(suffixRun(text, at + t.quote.length, t.suffix), t.localSuffix);
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

// Strings that find the occurrences with a whole side of context (see sidesAt): that side as
// stored, within the paragraph when that part is long enough to count by itself, and the quote.
function farKeys(t: Target): { key: string; skip: number }[] {
  const keys: { key: string; skip: number }[] = [];
  if (t.localPrefix >= MIN_SIDE) {
    const head = t.localPrefix >= WHOLE ? t.prefix.slice(-t.localPrefix) : t.prefix;
    keys.push({ key: head + t.quote, skip: head.length });
  }
  if (t.localSuffix >= MIN_SIDE) keys.push({ key: t.quote + (t.localSuffix >= WHOLE ? t.suffix.slice(0, t.localSuffix) : t.suffix), skip: 0 });
  return keys;
}

/** What a scan of the whole text found for one target (see {@link scanTargets}). */
export interface Found {
  /** UTF-16 starts of the quote where it occurs with a whole side of its context (as stored, unfolded). */
  readonly far: number[];
}

/**
 * For each target, where its quote occurs with a whole side of context
 * agreeing (so even a quote as common as "the" has few); one pass over the
 * text for all targets.
 */
export function scanTargets(text: string, targets: readonly Target[]): Found[] {
  const keys = targets.map(farKeys);
  const long = keys.flat().filter((k) => k.key.length >= GRAM);
  const found = findAll(
    text,
    long.map((k) => k.key),
  );
  const byKey = new Map(long.map((k, i) => [k, found[i] as number[]]));
  return keys.map((pair) => {
    // A key too short for the scan (a short quote with little of its paragraph beside it) finds
    // nothing far away: such a side is too short to count as whole there anyway.
    const far = pair.flatMap((k) => (byKey.get(k) ?? []).map((p) => p + k.skip));
    return { far };
  });
}

/** How an exact occurrence's surroundings agree with the stored context. */
export interface Sides {
  /** Units agreeing around it, as {@link fitAt}. */
  readonly fit: number;
  /** Sides (0, 1 or 2) whose whole stored context agrees, each long enough to mean something. */
  readonly whole: number;
  /** Whether the prefix is one of the whole sides. */
  readonly prefixWhole: boolean;
}

/**
 * The agreement around an occurrence at `at`. A side counts as whole when
 * all of its stored context agrees and it is at least `CONFIRM` units long,
 * or shorter only because the text ends there in both versions.
 */
export function sidesAt(text: string, at: number, t: Target): Sides {
  const prefix = prefixRun(text, at, t.prefix);
  const end = at + t.quote.length;
  const suffix = suffixRun(text, end, t.suffix);
  const p = Math.min(t.localPrefix, prefix);
  const s = Math.min(t.localSuffix, suffix);
  // Whole: all of the side within the paragraph, when that is long enough to mean something by
  // itself or is all of the stored side, cut short by the text's edge. Context past a blank line
  // never makes a side whole: a deleted or moved paragraph leaves a stranger there.
  // (It may still, with all the stored side agreeing, past a blank line too, if the side has
  // some text of the paragraph itself: a short turn such as "REYES: Second.")
  // A side short because the text ends there is whole only where the text ends there too.
  const prefixWhole =
    p === t.localPrefix && (p >= WHOLE || (prefix === t.prefix.length && (at === prefix || (p >= SHORT_SIDE && t.localPrefix < t.prefix.length))));
  const suffixWhole =
    s === t.localSuffix &&
    (s >= WHOLE || (suffix === t.suffix.length && (end + suffix === text.length || (s >= SHORT_SIDE && t.localSuffix < t.suffix.length))));
  return { fit: weigh(prefix, t.localPrefix) + weigh(suffix, t.localSuffix), whole: (prefixWhole ? 1 : 0) + (suffixWhole ? 1 : 0), prefixWhole };
}

// Units a whole side must have to count (a stored context is 32 code points unless at an edge).
const WHOLE = 16;
// Fewest units of a paragraph's own text for a side whose agreement continues past a blank line.
const SHORT_SIDE = 8;
// Fewest units of a side that can find an occurrence far away: more than a bare blank line.
const MIN_SIDE = 3;
// Occurrences whose agreeing context differs by less than this are equally likely.
export const MARGIN = 4;

/**
 * Among `starts`, the occurrence with a whole side of context agreeing that
 * agrees best, nearest `predicted` among equals; `unique` when no other with
 * a whole side agrees nearly as well.
 */
export function bestWhole(
  text: string,
  t: Target,
  starts: readonly number[],
  predictions: readonly number[],
  radius: number,
): (Occurrence & { unique: boolean }) | undefined {
  const distance = (at: number): number => Math.min(Infinity, ...predictions.map((p) => Math.abs(at - p)));
  // Most text does not move: an occurrence where the neighbours predict it counts some units more.
  const rank = (o: Occurrence): number => o.fit + (distance(o.at) <= radius ? NEAR_BONUS : 0);
  let best: (Occurrence & Sides) | undefined;
  let ties = 0;
  const all: (Occurrence & Sides)[] = [];
  const seen = new Set<number>();
  for (const at of starts) {
    if (seen.has(at)) continue;
    seen.add(at);
    const sides = sidesAt(text, at, t);
    if (sides.whole === 0) continue;
    const o = { at, ...sides };
    all.push(o);
    if (!best || rank(o) > rank(best) || (rank(o) === rank(best) && distance(at) < distance(best.at))) best = o;
  }
  if (!best) return undefined;
  const top = best;
  for (const o of all) if (o.at !== top.at && rank(o) > rank(top) - MARGIN) ties++;
  return { at: top.at, fit: rank(top), unique: ties === 0 };
}

// Units of agreeing context an occurrence near a prediction is worth beyond its own.
const NEAR_BONUS = 16;

/**
 * The occurrence starting within `radius` units of `predicted` with the most
 * agreeing context (nearest among equals), and whether another one agrees
 * nearly as well (within {@link MARGIN}): then the context cannot tell them apart.
 */
export function bestNear(text: string, t: Target, predicted: number, radius: number): (Occurrence & Sides & { rival: boolean }) | undefined {
  const lo = Math.max(0, predicted - radius);
  const window = text.slice(lo, Math.min(text.length, predicted + radius + t.quote.length));
  const all: (Occurrence & Sides)[] = [];
  let best: (Occurrence & Sides) | undefined;
  for (let p = window.indexOf(t.quote); p !== -1; p = window.indexOf(t.quote, p + 1)) {
    const o = { at: lo + p, ...sidesAt(text, lo + p, t) };
    all.push(o);
    if (!best || o.fit > best.fit || (o.fit === best.fit && Math.abs(o.at - predicted) < Math.abs(best.at - predicted))) best = o;
  }
  if (!best) return undefined;
  const top = best;
  return { ...top, rival: all.some((o) => o.at !== top.at && o.fit > top.fit - MARGIN) };
}

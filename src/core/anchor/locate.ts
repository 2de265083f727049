/**
 * Finding one annotation's text in a new version of the text, in degrees of
 * evidence (see `./passes` for how they are combined):
 * - sure: the quote at its own offsets or at the predicted position with
 *   agreeing context, or the occurrence nearby agreeing best whose stored
 *   context agrees as a whole on at least one side (or, to recover after a
 *   long miss, the quote with its whole context, if that occurs once);
 * - the rest: the same words re-wrapped (or with other quotation marks) at a
 *   prediction, for review; an exact occurrence anywhere with a whole side of
 *   context agreeing (a paragraph moved: its first annotation's prefix
 *   changed, its suffix did not); an exact occurrence nearby whose agreeing context
 *   outweighs its distance, an approximate match near a prediction (for
 *   review, its extent aligned character by character), the only occurrence
 *   of the quote in the text (for review), else orphaned.
 * An annotation already orphaned is only attached again by exact evidence
 * with a whole side of its context. Positions here are UTF-16 units of the
 * new text; predictions come in as shifts in code points.
 */
import type { Annotation } from '../schema';
import { alignExtent } from './align';
import { foldedAt, foldText, prefixRun, suffixRun } from './context';
import {
  bestNear,
  bestWhole,
  exactNear,
  fitAt,
  fullFit,
  MARGIN,
  scanTargets,
  sidesAt,
  targetOf as target,
  type Found,
  type Occurrence,
  type Target,
} from './exact';
import { fuzzyNear } from './fuzzy';
import { findLone } from './scan';
import { codePointLength, TextUnits } from './units';

/** Tuning of {@link Locator}; see `ReanchorOptions` for the meaning and defaults. */
export interface LocateOptions {
  readonly window: number;
  readonly maxErrorRate: number;
  readonly minScore: number;
}

/** Why an annotation placed for review is not simply moved. */
export type ReviewReason = 'approximate' | 'context' | 'ambiguous' | 'far' | 'astray' | 'lostNear';

/** Where an annotation's text was found. */
export type Outcome =
  | {
      readonly kind: 'unchanged' | 'moved';
      readonly at: number;
      readonly end: number;
      /** Placed at a prediction by one side agreeing in full past a blank line: doubtful next to a lost annotation (see placeAll). */
      readonly weak?: boolean;
    }
  | { readonly kind: 'review'; readonly why: ReviewReason; readonly at: number; readonly end: number; readonly score: number }
  | { readonly kind: 'orphaned' };

// Units of context that must agree next to an exact occurrence, so that a common word is
// placed by its neighbours and not merely by being near.
const CONFIRM = 16;
// An occurrence away from the prediction must make up for it with agreeing context: one unit
// of context per this many units of distance (an edit right next to the annotation, the usual
// reason for both a wrong prediction and a broken context, is handled before this by pass 2).
const DISTANCE_PER_UNIT = 4;
// Units either side of a prediction for the first, narrow approximate search: an edited quote is
// usually right there, and a narrow window is less likely to hold an unrelated copy of the old text.
const NARROW = 48;
// Quotes shorter than this (UTF-16 units) are matched approximately only in the narrow window.
const SHORT = 12;
// Units either side of the predictions for the second, wide approximate search.
const WIDE = 256;
// Units of an agreeing side that, with the quote, must occur only once for a far placement that
// no neighbour corroborates to be believed (see Locator.distinctive).
const DISTINCT = 8;
// Units from a neighbour's prediction within which a copy of the quote casts doubt on a far placement.
const CLOSE = 96;

/** Finds annotations in one text. */
export class Locator {
  readonly units: TextUnits;
  // The text as foldUnit compares it, built on first use.
  private foldedText: string | undefined;

  constructor(
    text: string,
    private readonly options: LocateOptions,
  ) {
    this.units = new TextUnits(text);
  }

  /**
   * Sure evidence only, predicting a move by `shift` code points; undefined
   * when there is none. The quote re-wrapped at the prediction is placed for
   * review (its length is unchanged, so it predicts the next one as well).
   */
  sure(a: Annotation, shift: number): Outcome | undefined {
    const text = this.units.text;
    const t = target(a);
    const full = fullFit(t);
    const original = this.units.toUtf16(a.start);
    const predicted = this.units.toUtf16(a.start + shift);
    // The common case: all of the context agrees at its own offsets or at the prediction.
    if (!a.orphaned && this.quoteAt(a, original) && fitAt(text, original, t) === full) return this.exact(original, a);
    if (!a.orphaned && text.startsWith(t.quote, predicted) && fitAt(text, predicted, t) === full) return this.exact(predicted, a);
    // The same words at the prediction, re-wrapped or with other quotation marks: placed there for
    // review (as search() would), before any copy elsewhere can look like the quote.
    if (!a.orphaned && this.folded(t, predicted)) return this.review('approximate', predicted, predicted + t.quote.length, 1);
    // Otherwise the occurrence in the window agreeing best, if nothing else there agrees nearly as
    // well (a sentence repeating the quote next to it), with a whole side of context, or at the
    // prediction with enough of it.
    const near = bestNear(text, t, predicted, this.options.window);
    if (!near || near.rival) return undefined;
    const here = near.at === predicted || (!a.orphaned && near.at === original && this.quoteAt(a, original));
    // One whole side away from the prediction is not sure: the copy agreeing on both sides may lie
    // just beyond the window (the prediction came from a neighbour that moved further); search()
    // weighs every copy with a whole side in the text.
    if (near.fit === full || (near.whole > 0 && here)) return this.exact(near.at, a);
    if (!here || a.orphaned) return undefined;
    if (near.fit >= needed(t)) return this.exact(near.at, a);
    return sideAgrees(text, near.at, t) ? this.exact(near.at, a, true) : undefined;
  }

  /**
   * The quote with the nearest units of its stored context, if that occurs
   * exactly once in the whole text (as foldUnit compares): a native scan, so
   * used sparingly, to find the shift again after several misses in a row
   * (text moved further than the search window).
   */
  resync(a: Annotation): Outcome | undefined {
    const t = target(a);
    if (fullFit(t) < 2 * CONFIRM) return undefined;
    // Folded, so that a re-wrapped or re-quoted text does not make every resync miss.
    this.foldedText ??= foldText(this.units.text);
    // CONFIRM units each side: an edit a little further away (a speaker label renamed) still finds it.
    const head = t.prefix.slice(-CONFIRM);
    const key = foldText(head + t.quote + t.suffix.slice(0, CONFIRM));
    const first = this.foldedText.indexOf(key);
    if (first < 0 || this.foldedText.indexOf(key, first + 1) >= 0) return undefined;
    const at = first + head.length;
    // The quote re-wrapped inside (or re-quoted) is placed there for review, as at a prediction.
    return this.units.text.startsWith(t.quote, at) ? this.exact(at, a) : this.review('approximate', at, at + t.quote.length, 1);
  }

  /** The quote exactly at the position predicted by `shift`, with enough context agreeing and no rival nearby. */
  atPrediction(a: Annotation, shift: number): Outcome | undefined {
    const t = target(a);
    const predicted = this.units.toUtf16(a.start + shift);
    if (!this.units.text.startsWith(t.quote, predicted)) return undefined;
    const fit = fitAt(this.units.text, predicted, t);
    if (fit === fullFit(t)) return this.exact(predicted, a);
    const weak = fit < needed(t);
    if (weak && !sideAgrees(this.units.text, predicted, t)) return undefined;
    const near = bestNear(this.units.text, t, predicted, this.options.window);
    return near && near.at === predicted && !near.rival ? this.exact(predicted, a, weak) : undefined;
  }

  /**
   * Everything short of sure evidence, predicting from `shifts` (code points)
   * and using what the whole-text scan `found` for this annotation.
   */
  search(a: Annotation, shifts: readonly number[], found: Found): Outcome {
    const text = this.units.text;
    const t = target(a);
    const predictions = [...new Set(shifts.map((s) => this.units.toUtf16(a.start + s)))];
    const whole = bestWhole(text, t, found.far, predictions, this.options.window);
    if (a.orphaned) return whole?.unique ? this.exact(whole.at, a) : { kind: 'orphaned' };
    // The quote re-wrapped (or its quotation marks changed) where its neighbours say it is.
    const same = predictions.find((p) => this.folded(t, p));
    if (same !== undefined) return this.review('approximate', same, same + t.quote.length, 1);
    let near: Occurrence | undefined;
    let nearScore = -Infinity;
    for (const predicted of predictions) {
      const o = exactNear(text, t, predicted, this.options.window, DISTANCE_PER_UNIT);
      const score = o ? o.fit - Math.abs(o.at - predicted) / DISTANCE_PER_UNIT : -Infinity;
      if (o && score > nearScore) [near, nearScore] = [o, score];
    }
    // A whole side of context beats partial context nearby; equally good copies are for a person to choose.
    if (whole && (!near || nearScore < needed(t) || whole.fit >= near.fit)) {
      return whole.unique ? this.exact(whole.at, a) : this.review('ambiguous', whole.at, whole.at + t.quote.length, 1);
    }
    if (near && nearScore >= needed(t)) {
      const rival = bestNear(text, t, near.at, this.options.window);
      return rival && rival.at === near.at && !rival.rival ? this.exact(near.at, a) : this.review('ambiguous', near.at, near.at + t.quote.length, 1);
    }
    const approximate = this.approximate(t, predictions);
    if (approximate) return approximate;
    // Orphaned, unless its quote has a single copy in the text (see lone(), run last for all).
    return { kind: 'orphaned' };
  }

  /**
   * The last resort before orphaning, for annotations nothing else placed: the
   * only copy of the quote in the text, kept for a person to confirm.
   */
  lone(annotations: readonly Annotation[]): Outcome[] {
    return findLone(
      this.units.text,
      annotations.map((a) => a.quote),
    ).map((at, k) => (at === undefined ? { kind: 'orphaned' } : this.review('context', at, at + (annotations[k] as Annotation).quote.length, 1)));
  }

  /**
   * Whether an exact placement at `at` (UTF-16) lies within the search window
   * of where a neighbour placed exactly (`shifts`, in code points) predicts
   * it, or there is no neighbour to ask.
   */
  nearNeighbours(a: Annotation, at: number, shifts: readonly number[]): boolean {
    if (shifts.length === 0) return true;
    return shifts.some((s) => Math.abs(this.units.toUtf16(Math.max(0, Math.min(this.units.length, a.start + s))) - at) <= this.options.window);
  }

  /**
   * For exact placements far from every neighbour, whether each is borne out
   * by its own evidence: both sides of its context agree as a whole, or the
   * quote with the first units of its agreeing side occurs nowhere else. One
   * whole side far from the neighbours is weak evidence in text that repeats
   * itself (template-built or boilerplate phrases): the same 32 characters
   * recur elsewhere after the annotation's own text was deleted or corrected,
   * and such text shows itself by the quote and a few units beside it recurring.
   * With `doubted` (its own text looks deleted, or another annotation took the
   * place), only both whole sides will do.
   */
  distinctive(placed: readonly { a: Annotation; at: number; doubted: boolean }[]): boolean[] {
    const text = this.units.text;
    const keys = placed.map(({ a, at, doubted }) => {
      const t = target(a);
      if (sidesAt(text, at, t).whole === 2) return undefined;
      if (doubted) return { key: '', at: -1 };
      const tail = t.suffix.slice(0, DISTINCT);
      if (tail.length === DISTINCT && text.startsWith(t.quote + tail, at)) return { key: t.quote + tail, at };
      const head = t.prefix.slice(-DISTINCT);
      if (head.length === DISTINCT && text.startsWith(head + t.quote, at - DISTINCT)) return { key: head + t.quote, at: at - DISTINCT };
      return { key: '', at: -1 };
    });
    const asked = keys.flatMap((k) => (k && k.at >= 0 ? [k] : []));
    const lone = findLone(
      text,
      asked.map((k) => k.key),
    );
    const once = new Set(asked.filter((k, i) => lone[i] === k.at));
    return keys.map((k) => k === undefined || once.has(k));
  }

  /**
   * For a far placement at `at`, a copy of the quote where a neighbour
   * (`shifts`, code points) predicts it: `better` when it agrees about as well
   * as the far one (the neighbours say which of two like copies is this
   * one), else `near` when one lies close to a prediction at all (the quote's
   * own text may still be there with its context edited, so the far copy is
   * in doubt).
   */
  nearCopy(a: Annotation, at: number, shifts: readonly number[]): { better?: number; near: boolean } {
    const text = this.units.text;
    const t = target(a);
    const fit = sidesAt(text, at, t).fit;
    let near = false;
    for (const s of shifts) {
      const predicted = this.units.toUtf16(a.start + s);
      const o = bestNear(text, t, predicted, this.options.window);
      if (!o) continue;
      if (o.fit > fit - MARGIN && !o.rival) return { better: o.at, near: true };
      if (exactNear(text, t, predicted, CLOSE)) near = true;
    }
    return { near };
  }

  /** An exact placement of `a` at `at` (UTF-16), as {@link sure} would report it. */
  exactAt(a: Annotation, at: number): Outcome {
    return this.exact(at, a);
  }

  /** Which side of an exact placement at `at` is the only whole one (`neither`: some context agrees, no side as a whole; undefined: both). */
  wholeSide(a: Annotation, at: number): 'prefix' | 'suffix' | 'neither' | undefined {
    const t = target(a);
    const sides = sidesAt(this.units.text, at, t);
    if (sides.whole === 2 || sides.fit === fullFit(t)) return undefined;
    return sides.whole === 0 ? 'neither' : sides.prefixWhole ? 'prefix' : 'suffix';
  }

  /** An exact placement with one whole side that agrees with neither neighbour's shift: the same place, for review. */
  astray(outcome: Outcome & { kind: 'moved' }): Outcome {
    return this.review('astray', outcome.at, outcome.end, 1);
  }

  /** A weak exact placement next to an annotation whose text is gone: the same place, for review. */
  besideLost(outcome: Outcome & { kind: 'unchanged' | 'moved' }): Outcome {
    return this.review('lostNear', outcome.at, outcome.end, 1);
  }

  /** An exact placement that was not {@link corroborated}: the same place, for review. */
  unconfirmed(outcome: Outcome & { kind: 'moved' }): Outcome {
    return this.review('far', outcome.at, outcome.end, 1);
  }

  /** For each annotation, what one scan of the whole text finds for it: for {@link search}. */
  scan(annotations: readonly Annotation[]): Found[] {
    return scanTargets(this.units.text, annotations.map(target));
  }

  // An approximate match near a prediction, its ends aligned on the old quote and context.
  private approximate(t: Target, predictions: readonly number[]): Outcome | undefined {
    // A short quote matched loosely over a wide window matches anything: only right at the prediction.
    for (const radius of t.quote.length >= SHORT ? [NARROW, WIDE] : [NARROW]) {
      const m = fuzzyNear(this.units.text, t, predictions, radius, this.options.maxErrorRate);
      if (!m || m.score < this.options.minScore) continue;
      const extent = alignExtent(this.units.text, t, m.at, m.end);
      if (!extent) continue;
      const [at, end] = [this.units.snap(extent.at), this.units.snap(extent.end, true)];
      return this.review(this.units.text.slice(at, end) === t.quote ? 'context' : 'approximate', at, end, m.score);
    }
    return undefined;
  }

  // The quote folded at `at`, with enough context agreeing (folded too) that it is this one.
  private folded(t: Target, at: number): boolean {
    const text = this.units.text;
    return !text.startsWith(t.quote, at) && foldedAt(text, at, t.quote) && fitAt(text, at, t) >= needed(t);
  }

  private review(why: ReviewReason, at: number, end: number, score: number): Outcome {
    return { kind: 'review', why, at, end, score };
  }

  // An exact occurrence: unchanged when at the annotation's own offsets, else moved.
  private exact(at: number, a: Annotation, weak = false): Outcome {
    const kind = !a.orphaned && at === this.units.toUtf16(a.start) && this.quoteAt(a, at) ? 'unchanged' : 'moved';
    return weak ? { kind, at, end: at + a.quote.length, weak } : { kind, at, end: at + a.quote.length };
  }

  // Whether the quote is still exactly at the annotation's own offsets.
  private quoteAt(a: Annotation, at: number): boolean {
    return this.units.text.startsWith(a.quote, at) && a.end <= this.units.length && a.end - a.start === codePointLength(a.quote);
  }
}

// Whether all of one stored side, at least CONFIRM units, agrees next to the quote at `at`, past a
// blank line too, and the other side agrees for a few units (the quote is not inside another word):
// at a prediction, with no rival nearby, that places a short quote in a short paragraph (a dateline,
// a time code) whose other side an edit changed. A prefix must hold some of the quote's own
// paragraph: paragraphs start with speaker labels, so when a turn is deleted the next turn of the
// same speaker takes its place, after the same paragraph as before.
function sideAgrees(text: string, at: number, t: Target): boolean {
  const before = prefixRun(text, at, t.prefix);
  const after = suffixRun(text, at + t.quote.length, t.suffix);
  const prefixAll = t.prefix.length >= CONFIRM && before === t.prefix.length && (t.localPrefix === t.prefix.length || t.localPrefix - 2 >= OWN);
  const suffixAll = t.suffix.length >= CONFIRM && after === t.suffix.length;
  return (prefixAll && after >= EDGE) || (suffixAll && before >= EDGE);
}

// Units of the quote's own paragraph, past the blank line, for a prefix that agrees in full to count.
const OWN = 4;
// Units the other side must agree for a side agreeing in full to count.
const EDGE = 2;

// Context units that must agree around an exact occurrence: CONFIRM, more for a quote so short
// that it proves little itself ("at a"), less only at the text's edges where context is short.
function needed(t: Target): number {
  return Math.min(fullFit(t), Math.max(CONFIRM, 2 * CONFIRM - t.quote.length));
}

/**
 * Finding one annotation's text in a new version of the text, in degrees of
 * evidence (see `./passes` for how they are combined):
 * - sure: the quote at its own offsets or at the predicted position with
 *   agreeing context, or an occurrence nearby whose whole stored context
 *   agrees (or, to recover after a long miss, the only one in the text);
 * - near: an exact occurrence whose agreeing context outweighs its distance
 *   from a prediction;
 * - far: the only occurrence in the text with its whole context agreeing;
 * - approximate: an edited quote near a prediction, for review.
 * An annotation already orphaned is only attached again by exact evidence
 * with its whole context. Positions here are UTF-16 units of the new text;
 * predictions come in as shifts in code points.
 */
import type { Annotation } from '../schema';
import { bestOf, exactNear, findFar, fitAt, targetOf as target, type Occurrence, type Target } from './exact';
import { fuzzyNear } from './fuzzy';
import { codePointLength, TextUnits } from './units';

/** Tuning of {@link Locator}; see `ReanchorOptions` for the meaning and defaults. */
export interface LocateOptions {
  readonly window: number;
  readonly maxErrorRate: number;
  readonly minScore: number;
}

/** Where an annotation's text was found. */
export type Outcome =
  | { readonly kind: 'unchanged' | 'moved'; readonly at: number; readonly end: number }
  | { readonly kind: 'review'; readonly why: 'approximate' | 'far'; readonly at: number; readonly end: number; readonly score: number }
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

/** Finds annotations in one text. */
export class Locator {
  readonly units: TextUnits;

  constructor(text: string, private readonly options: LocateOptions) {
    this.units = new TextUnits(text);
  }

  /** Sure evidence only, predicting a move by `shift` code points; undefined when there is none. */
  sure(a: Annotation, shift: number): Outcome | undefined {
    const text = this.units.text;
    const t = target(a);
    const full = t.prefix.length + t.suffix.length;
    const original = this.units.toUtf16(a.start);
    const predicted = this.units.toUtf16(a.start + shift);
    if (!a.orphaned && this.quoteAt(a, original)) {
      if (original === predicted || fitAt(text, original, t) === full) return this.exact(original, a);
    }
    if (!a.orphaned) {
      const at = this.atPrediction(a, shift);
      if (at) return at;
    }
    // The whole stored context agreeing: the nearest such occurrence in the window.
    const near = exactNear(text, t, predicted, this.options.window);
    return near && near.fit === full ? this.exact(near.at, a) : undefined;
  }

  /**
   * The quote with its whole stored context, if that occurs exactly once in
   * the whole text: a native scan, so used sparingly, to find the shift again
   * after several misses in a row (text moved further than the search window).
   */
  resync(a: Annotation): Outcome | undefined {
    const text = this.units.text;
    const t = target(a);
    if (t.prefix.length + t.suffix.length < 2 * CONFIRM) return undefined;
    const key = t.prefix + t.quote + t.suffix;
    const first = text.indexOf(key);
    if (first < 0 || text.indexOf(key, first + 1) >= 0) return undefined;
    return this.exact(first + t.prefix.length, a);
  }

  /** The quote exactly at the position predicted by `shift`, with enough context agreeing. */
  atPrediction(a: Annotation, shift: number): Outcome | undefined {
    const t = target(a);
    const predicted = this.units.toUtf16(a.start + shift);
    if (!this.units.text.startsWith(t.quote, predicted)) return undefined;
    return fitAt(this.units.text, predicted, t) >= needed(t) ? this.exact(predicted, a) : undefined;
  }

  /**
   * The best evidence short of sure, in this order: an exact occurrence near
   * a prediction whose agreeing context outweighs its distance; the only
   * occurrence anywhere with its whole stored context agreeing (`far`, the
   * annotation's hits from {@link findFar}), believed when `corroborated`
   * says a neighbour moved the same way; an approximate match near a
   * prediction; a far occurrence nobody corroborates, for review. An orphan
   * (whose offsets, from an older text, predict nothing) takes only the far one.
   */
  search(a: Annotation, shifts: readonly number[], far: readonly number[], corroborated: (at: number) => boolean): Outcome {
    const text = this.units.text;
    const t = target(a);
    const predictions = [...new Set(shifts.map((s) => this.units.toUtf16(a.start + s)))];
    const anywhere = bestOf(text, t, far, predictions[0] ?? 0);
    const lone = anywhere && anywhere.unique && anywhere.fit === t.prefix.length + t.suffix.length ? anywhere : undefined;
    if (a.orphaned) return lone ? this.exact(lone.at, a) : { kind: 'orphaned' };
    let best: Occurrence | undefined;
    let bestScore = -Infinity;
    for (const predicted of predictions) {
      const near = exactNear(text, t, predicted, this.options.window, DISTANCE_PER_UNIT);
      const score = near ? near.fit - Math.abs(near.at - predicted) / DISTANCE_PER_UNIT : -Infinity;
      if (near && score > bestScore) [best, bestScore] = [near, score];
    }
    if (best && bestScore >= needed(t)) return this.exact(best.at, a);
    if (lone && corroborated(lone.at)) return this.exact(lone.at, a);
    // A short quote matched loosely over a wide window matches anything: only right at the prediction.
    for (const radius of t.quote.length >= SHORT ? [NARROW, WIDE] : [NARROW]) {
      const m = fuzzyNear(text, t, predictions, radius, this.options.maxErrorRate);
      if (m && m.score >= this.options.minScore) {
        return { kind: 'review', why: 'approximate', at: this.units.snap(m.at), end: this.units.snap(m.end, true), score: m.score };
      }
    }
    if (lone) return { kind: 'review', why: 'far', at: lone.at, end: lone.at + t.quote.length, score: 1 };
    return { kind: 'orphaned' };
  }

  /** For each annotation, where its quote occurs anywhere with context agreeing on one side: for {@link search}. */
  findFar(annotations: readonly Annotation[]): number[][] {
    return findFar(this.units.text, annotations.map(target));
  }

  // An exact occurrence: unchanged when at the annotation's own offsets, else moved.
  private exact(at: number, a: Annotation): Outcome {
    const kind = !a.orphaned && at === this.units.toUtf16(a.start) && this.quoteAt(a, at) ? 'unchanged' : 'moved';
    return { kind, at, end: at + a.quote.length };
  }

  // Whether the quote is still exactly at the annotation's own offsets.
  private quoteAt(a: Annotation, at: number): boolean {
    return this.units.text.startsWith(a.quote, at) && a.end <= this.units.length && a.end - a.start === codePointLength(a.quote);
  }
}

// Context units that must agree around an exact occurrence: CONFIRM, more for a quote so short
// that it proves little itself ("at a"), less only at the text's edges where context is short.
function needed(t: Target): number {
  return Math.min(t.prefix.length + t.suffix.length, Math.max(CONFIRM, 2 * CONFIRM - t.quote.length));
}

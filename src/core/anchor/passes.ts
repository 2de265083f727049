/**
 * The three passes of re-anchoring over annotations sorted by their old
 * start. Each annotation's new position is predicted from its neighbours:
 * text changes are local, so the shift (new start - old start) of the last
 * annotation found usually holds for the next one.
 */
import type { Annotation } from '../schema';
import type { Locator, Outcome } from './locate';

// Misses in a row after which the forward pass searches the whole text once to find its bearings.
const RESYNC_AFTER = 3;

/** Where each of `sorted` (annotations in order of old start) is in the locator's text. */
export function placeAll(locator: Locator, sorted: readonly Annotation[]): Outcome[] {
  const n = sorted.length;
  const at = (k: number): Annotation => sorted[k] as Annotation;
  const outcomes: (Outcome | undefined)[] = [];
  // The shift of each annotation placed exactly (orphans' offsets belong to an older text: none).
  const shifts: (number | undefined)[] = [];
  const place = (k: number, outcome: Outcome | undefined): void => {
    outcomes[k] = outcome;
    const a = at(k);
    const exact = outcome && (outcome.kind === 'unchanged' || outcome.kind === 'moved') && !a.orphaned;
    shifts[k] = exact ? locator.units.toCodePoint(outcome.at) - a.start : undefined;
  };
  // 1. Forward, sure evidence only, each prediction from the last annotation placed; after a few
  //    misses in a row, the whole text is searched once for the shift.
  let shift = 0;
  let misses = 0;
  for (let k = 0; k < n; k++) {
    place(k, locator.sure(at(k), shift) ?? (misses >= RESYNC_AFTER && !at(k).orphaned ? locator.resync(at(k)) : undefined));
    misses = outcomes[k] || misses >= RESYNC_AFTER ? 0 : misses + 1;
    shift = shifts[k] ?? shift;
  }
  // 2. Backward: the quote exactly where the next placed annotation predicts it (the edit that
  //    misled the forward prediction usually lies between this annotation and the previous one).
  const after: (number | undefined)[] = [];
  let next: number | undefined;
  for (let k = n - 1; k >= 0; k--) {
    after[k] = next;
    if (!outcomes[k] && next !== undefined && !at(k).orphaned) place(k, locator.atPrediction(at(k), next));
    next = shifts[k] ?? next;
  }
  // 3. Forward, the rest, around both neighbours' predictions: near exact occurrences, else the
  //    only occurrence anywhere with all its context agreeing (a moved paragraph), else approximate
  //    matches. Far occurrences are looked up for all of them in one pass over the text.
  const pending = outcomes.flatMap((o, k) => (o ? [] : [k]));
  const far = locator.findFar(pending.map(at));
  let before: number | undefined;
  let p = 0;
  for (let k = 0; k < n; k++) {
    if (!outcomes[k]) {
      const predictions = [before, after[k]].filter((x): x is number => x !== undefined);
      // A far occurrence is believed when a neighbour moved by the same shift (a moved paragraph).
      const corroborated = (to: number): boolean => {
        const s = locator.units.toCodePoint(to) - at(k).start;
        return s === before || (k + 1 < n && !at(k + 1).orphaned && locator.atPrediction(at(k + 1), s) !== undefined);
      };
      place(k, locator.search(at(k), predictions.length > 0 ? predictions : [0], far[p++] as number[], corroborated));
    }
    before = shifts[k] ?? before;
  }
  return outcomes as Outcome[];
}

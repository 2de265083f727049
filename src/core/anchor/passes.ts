/**
 * The three passes of re-anchoring over annotations sorted by their old
 * start. Each annotation's new position is predicted from its neighbours:
 * text changes are local, so the shift (new start - old start) of the last
 * annotation found usually holds for the next one.
 */
import type { Annotation } from '../schema';
import type { Found } from './exact';
import type { Locator, Outcome } from './locate';

// Misses in a row after which the forward pass searches the whole text once to find its bearings.
const RESYNC_AFTER = 3;
// Whole-text searches allowed per re-anchoring: a text changed everywhere (re-wrapped) misses
// often, and what a resync would find is found by pass 3's single scan anyway, only later.
const RESYNC_BUDGET = 64;
// Code points between two annotations for one to corroborate the other: most of a context (32)
// and more, so that one recurring phrase does not place both.
const APART = 48;
// Annotations either side, and code points of old text, in which a lost annotation casts doubt.
const LOST_NEAR = 2;
const LOST_SPAN = 512;
// Annotations looked at for one that far apart, before settling for the nearest.
const APART_STEPS = 32;

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
  let budget = RESYNC_BUDGET;
  for (let k = 0; k < n; k++) {
    let outcome = locator.sure(at(k), shift);
    // Lost: ask the whole text, and after a failed attempt, wait for as many misses again.
    const resync = !outcome && misses >= RESYNC_AFTER && !at(k).orphaned && budget > 0;
    if (resync) {
      budget--;
      outcome = locator.resync(at(k));
    }
    place(k, outcome);
    misses = outcome || resync ? 0 : misses + 1;
    // A quote re-wrapped in place (for review) has its old length: it predicts the next one too.
    shift = shifts[k] ?? (outcome?.kind === 'review' ? locator.units.toCodePoint(outcome.at) - at(k).start : shift);
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
  // 3. Forward, the rest, around both neighbours' predictions (see Locator.search); what the whole
  //    text holds for them (far occurrences, lone copies) is looked up for all of them in one pass.
  const pending = outcomes.flatMap((o, k) => (o ? [] : [k]));
  const found = locator.scan(pending.map(at));
  let before: number | undefined;
  let p = 0;
  for (let k = 0; k < n; k++) {
    if (!outcomes[k]) {
      // Its own offsets too: a neighbour may be in a paragraph that moved while this one stayed.
      const predictions = [before, after[k], 0].filter((x): x is number => x !== undefined);
      place(k, locator.search(at(k), predictions, found[p++] as Found));
    }
    before = shifts[k] ?? before;
  }
  // 3a. A quote placed at a prediction only by one side agreeing past a blank line (a speaker
  //     label with the paragraph before it) is in doubt next to an annotation now lost: the turn
  //     was deleted, and the next turn of the same speaker took its place.
  for (let k = 0; k < n; k++) {
    const o = outcomes[k];
    if ((o?.kind !== 'moved' && o?.kind !== 'unchanged') || !o.weak) continue;
    for (let j = Math.max(0, k - LOST_NEAR); j <= Math.min(n - 1, k + LOST_NEAR); j++) {
      const apartFrom = at(j).end <= at(k).start || at(j).start >= at(k).end;
      if (j !== k && apartFrom && outcomes[j]?.kind === 'orphaned' && !at(j).orphaned && Math.abs(at(j).start - at(k).start) <= LOST_SPAN) {
        outcomes[k] = locator.besideLost(o);
        shifts[k] = undefined;
        break;
      }
    }
  }
  // 3b. A quote moved far from where both of its neighbours (in stored order) went is believed only
  //     with corroboration (see Locator.corroborated); else it goes to review where it was found.
  //     Shifts are read before any is withdrawn, so the annotations of one paragraph moved
  //     together vouch for each other.
  const previous: (number | undefined)[] = [];
  const following: (number | undefined)[] = [];
  let last: number | undefined;
  for (let k = 0; k < n; k++) {
    previous[k] = last;
    last = shifts[k] ?? last;
  }
  last = undefined;
  for (let k = n - 1; k >= 0; k--) {
    following[k] = last;
    last = shifts[k] ?? last;
  }
  // The shift of the nearest annotation placed exactly in direction `d` whose quote and context do
  // not overlap this one's: an annotation a few words away was found by the same recurring phrase,
  // and vouches for nothing.
  const apart = (k: number, d: -1 | 1): number | undefined => {
    const a = at(k);
    for (let j = k + d, steps = 0; j >= 0 && j < n && steps < APART_STEPS; j += d, steps++) {
      const b = at(j);
      if (shifts[j] !== undefined && (d < 0 ? b.end + APART <= a.start : b.start >= a.end + APART)) return shifts[j];
    }
    return undefined;
  };
  const far: number[] = [];
  const farNeighbours: number[][] = [];
  const astray: number[] = [];
  for (let k = 0; k < n; k++) {
    const o = outcomes[k];
    if (o?.kind !== 'moved' || at(k).orphaned) continue;
    const neighbours = [apart(k, -1) ?? previous[k], apart(k, 1) ?? following[k]].filter((x): x is number => x !== undefined);
    if (!locator.nearNeighbours(at(k), o.at, neighbours)) {
      far.push(k);
      farNeighbours.push(neighbours);
      continue;
    }
    // Near a neighbour, but with one side of context broken: the edit that broke it lies on that
    // side, so the annotations on the agreeing side moved as it did. One that agrees with neither
    // neighbour sits where a deleted or rewritten passage happened to leave the same words.
    const side = locator.wholeSide(at(k), o.at);
    const own = shifts[k];
    const by = side === 'prefix' ? previous[k] : side === 'suffix' ? following[k] : (previous[k] ?? following[k]);
    // The annotation right next to it placed for review (its text edited) moved its own end or
    // start as this one moved: the edit is inside that one.
    const beside = [k - 1, k + 1].map((j) => {
      const b = j >= 0 && j < n ? outcomes[j] : undefined;
      if (!b || b.kind === 'orphaned') return undefined;
      return j < k ? locator.units.toCodePoint(b.end) - at(j).end : locator.units.toCodePoint(b.at) - at(j).start;
    });
    if (side && by !== undefined && by !== own && previous[k] !== own && following[k] !== own && !beside.includes(own)) astray.push(k);
  }
  for (const k of astray) {
    outcomes[k] = locator.astray(outcomes[k] as Outcome & { kind: 'moved' });
    shifts[k] = undefined;
  }
  // Doubts about a far placement: an annotation next to it (in the old text) is lost, as when a
  // section is deleted, or another annotation was placed exactly there too.
  const claims = new Map<string, number>();
  const spot = (o: Outcome & { at: number; end: number }): string => `${o.at}:${o.end}`;
  for (const o of outcomes) if (o && o.kind !== 'orphaned') claims.set(spot(o), (claims.get(spot(o)) ?? 0) + 1);
  const doubted = (k: number, near: boolean): boolean => {
    const o = outcomes[k] as Outcome & { at: number; end: number };
    if (near || (claims.get(spot(o)) ?? 0) > 1) return true;
    for (let j = Math.max(0, k - LOST_NEAR); j <= Math.min(n - 1, k + LOST_NEAR); j++) {
      // One overlapping it shares its text, and says nothing of the text around it. One lost, or
      // itself not found exactly, says the text around here was deleted or rewritten.
      const apartFrom = at(j).end <= at(k).start || at(j).start >= at(k).end;
      const lostHere = outcomes[j]?.kind === 'orphaned' || outcomes[j]?.kind === 'review';
      if (j !== k && apartFrom && lostHere && !at(j).orphaned && Math.abs(at(j).start - at(k).start) <= LOST_SPAN) return true;
    }
    return false;
  };
  // A copy where the neighbours went agreeing about as well as the far one is this annotation.
  const nearCopies = far.map((k, i) => locator.nearCopy(at(k), (outcomes[k] as Outcome & { at: number }).at, farNeighbours[i] as number[]));
  const borne = locator.distinctive(
    far.map((k, i) => ({ a: at(k), at: (outcomes[k] as Outcome & { at: number }).at, doubted: doubted(k, (nearCopies[i] as { near: boolean }).near) })),
  );
  far.forEach((k, i) => {
    const better = (nearCopies[i] as { better?: number }).better;
    if (better !== undefined) outcomes[k] = locator.exactAt(at(k), better);
    else if (!borne[i]) outcomes[k] = locator.unconfirmed(outcomes[k] as Outcome & { kind: 'moved' });
  });
  // 4. What is still not found and was not orphaned before: its only copy in the text, if it has
  //    one (these are for review, so they predict nothing and can wait until the end).
  const lost = outcomes.flatMap((o, k) => (o?.kind === 'orphaned' && !at(k).orphaned ? [k] : []));
  locator.lone(lost.map(at)).forEach((o, i) => (outcomes[lost[i] as number] = o));
  return outcomes as Outcome[];
}

/**
 * Re-anchoring on load: putting annotations back on a text that changed
 * outside the editor (a corrected transcript, a git pull).
 *
 * Annotations are visited in order of their old start, and each one's new
 * position is predicted from the shift of the last one found exactly: text
 * changes are local, so most annotations are found at the prediction with a
 * single comparison, and an expensive search is needed only near edits. (A
 * matcher that fuzzy-scores every exact copy of every quote takes minutes on
 * a 1 MB text with 10,000 annotations; this takes tens of milliseconds.)
 */
import type { Annotation } from '../schema';
import { show } from '../sidecar/semantic';
import { Locator, type Outcome } from './locate';
import { placeAll } from './passes';
import type { TextUnits } from './units';

/** Tuning of {@link reanchor}. */
export interface ReanchorOptions {
  /** UTF-16 units either side of a predicted position searched for exact copies of the quote (default 1000). */
  readonly window?: number;
  /** Largest share of the quote's units that may differ in an approximate match (default 0.5). */
  readonly maxErrorRate?: number;
  /** Lowest score in [0, 1] for an approximate match to be proposed (default 0.7). */
  readonly minScore?: number;
}

/** Ids by outcome, each id in exactly one list, in the order of the input. */
export interface ReanchorReport {
  /** Same offsets, quote still there. */
  readonly unchanged: string[];
  /** Quote found exactly elsewhere (or again, for an annotation that was orphaned); status kept. */
  readonly moved: string[];
  /** Attached to an approximate match: `status: 'proposed'` and an `attributes.reanchored` reason. */
  readonly needsReview: string[];
  /** Text not found: `orphaned: true`, quote and offsets kept. */
  readonly orphaned: string[];
}

/** Result of {@link reanchor}. */
export interface ReanchorResult {
  /** The annotations, same ids, same order, none dropped; unchanged ones are the same objects. */
  readonly annotations: Annotation[];
  readonly report: ReanchorReport;
}

/** Code points of context kept on each side of a quote. */
const CONTEXT = 32;

/**
 * Finds every annotation in `text` (normalised) and returns them updated:
 * offsets, quote, prefix and suffix follow the text; an approximate match is
 * marked for review; an annotation whose text is gone is orphaned, and an
 * orphaned one whose text is back exactly is attached again. Pure and
 * deterministic; timestamps (`modified`) are left to the caller.
 */
export function reanchor(annotations: readonly Annotation[], text: string, options: ReanchorOptions = {}): ReanchorResult {
  const locator = new Locator(text, {
    window: options.window ?? 1000,
    maxErrorRate: options.maxErrorRate ?? 0.5,
    minScore: options.minScore ?? 0.7,
  });
  const order = annotations.map((_, i) => i);
  order.sort((i, j) => {
    const [x, y] = [annotations[i] as Annotation, annotations[j] as Annotation];
    return x.start - y.start || x.end - y.end || i - j;
  });
  const outcomes = placeAll(
    locator,
    order.map((i) => annotations[i] as Annotation),
  );
  const result = annotations.slice();
  const kinds: Outcome['kind'][] = [];
  order.forEach((i, k) => {
    const outcome = outcomes[k] as Outcome;
    kinds[i] = outcome.kind;
    result[i] = rebuilt(annotations[i] as Annotation, outcome, locator.units);
  });
  const report: ReanchorReport = { unchanged: [], moved: [], needsReview: [], orphaned: [] };
  const lists = { unchanged: report.unchanged, moved: report.moved, review: report.needsReview, orphaned: report.orphaned };
  annotations.forEach((a, i) => lists[kinds[i] as Outcome['kind']].push(a.id));
  return { annotations: result, report };
}

function rebuilt(a: Annotation, outcome: Outcome, units: TextUnits): Annotation {
  if (outcome.kind === 'orphaned') return a.orphaned ? a : { ...a, orphaned: true };
  const start = units.toCodePoint(outcome.at);
  const end = units.toCodePoint(outcome.end);
  const text = units.text;
  const prefix = text.slice(units.toUtf16(start - CONTEXT), outcome.at);
  const suffix = text.slice(outcome.end, units.toUtf16(end + CONTEXT));
  if (outcome.kind === 'unchanged') {
    // Context edited around an unmoved quote is refreshed, so the next re-anchoring has it right.
    const fresh = (a.prefix === undefined || a.prefix === prefix) && (a.suffix === undefined || a.suffix === suffix);
    if (fresh && !a.orphaned) return a;
    return { ...a, ...(a.prefix !== undefined ? { prefix } : {}), ...(a.suffix !== undefined ? { suffix } : {}) };
  }
  const attached = a.orphaned ? withoutOrphaned(a) : a;
  if (outcome.kind !== 'review') return { ...attached, start, end, prefix, suffix };
  const quote = text.slice(outcome.at, outcome.end);
  const reason =
    outcome.why === 'ambiguous'
      ? 'same quote and context found in several places: the nearest was taken'
      : outcome.why === 'far'
        ? 'same quote, one side of its context, but far from where the annotations around it went'
        : outcome.why === 'lostNear'
          ? 'same quote, one side of its context past a blank line, next to annotations whose text is gone'
          : outcome.why === 'astray'
            ? 'same quote, one side of its context, but not where the annotations on that side went'
            : quote === a.quote
              ? outcome.score < 1
                ? `same quote, context changed (score ${outcome.score.toFixed(2)})`
                : 'same quote, context changed on both sides: the only copy in the text'
              : `approximate match (score ${outcome.score.toFixed(2)}), was ${show(a.quote)}`;
  return { ...attached, start, end, quote, prefix, suffix, status: 'proposed', attributes: { ...a.attributes, reanchored: reason } };
}

function withoutOrphaned(a: Annotation): Annotation {
  const { orphaned: _, ...rest } = a;
  return rest;
}

/**
 * Adjudication of two annotation sets of one text ("mine", the sidecar being edited, and
 * "theirs", another annotator's): which annotations both sides agree on, which differ, which
 * only one side has, and what the sidecar becomes when a disagreement is settled.
 *
 * Annotations are paired within a kind: first at the same span (preferring the same labels,
 * then the same id), then by overlap, the largest overlap first, one to one. A pair agrees
 * when its labels are the same; `by` is compared by the span of the source it names, since
 * two annotators' ids differ. Rejected and orphaned annotations take no part: they cannot be
 * shown at a place in the text, and a rejection is already a decision.
 */
import type { Annotation, AnnotationKind } from '../schema';
import { partitionPoint } from '../search';

/** How the two sides relate at one place. */
export type ComparisonStatus = 'agree' | 'differ' | 'only-mine' | 'only-theirs';

/** One pair (or lone annotation) of the comparison. */
export interface ComparisonItem {
  readonly status: ComparisonStatus;
  readonly mine?: Annotation;
  readonly theirs?: Annotation;
  /** The labels that differ (`span` when the extents do); empty unless `differ`. */
  readonly fields: readonly string[];
}

/** What a user chose for one item. */
export type Resolution = 'mine' | 'theirs' | 'both';

/** The labels a pair must share to agree, besides the span and `by`. */
export const COMPARED_FIELDS = ['type', 'entity', 'speaker', 'role', 'claimType', 'verdict', 'reviewUrl', 'note'] as const;

const KIND_ORDER: readonly AnnotationKind[] = ['speaker', 'entity', 'claim'];

const takesPart = (a: Annotation): boolean => a.status !== 'rejected' && !a.orphaned;

type Fields = Partial<Record<(typeof COMPARED_FIELDS)[number], unknown>>;

/** Compares `mine` with `theirs`; items come in text order. */
export function compareAnnotations(mine: readonly Annotation[], theirs: readonly Annotation[]): ComparisonItem[] {
  const spanOfId = (list: readonly Annotation[]): Map<string, string> => new Map(list.map((a) => [a.id, `${a.kind}:${a.start}-${a.end}`]));
  const mineSpans = spanOfId(mine);
  const theirSpans = spanOfId(theirs);
  const differences = (m: Annotation, t: Annotation): string[] => {
    const out: string[] = [];
    if (m.start !== t.start || m.end !== t.end) out.push('span');
    const x = m as Fields;
    const y = t as Fields;
    for (const k of COMPARED_FIELDS) if (x[k] !== y[k]) out.push(k);
    const mb = m.kind === 'claim' && m.by !== undefined ? (mineSpans.get(m.by) ?? m.by) : undefined;
    const tb = t.kind === 'claim' && t.by !== undefined ? (theirSpans.get(t.by) ?? t.by) : undefined;
    if (mb !== tb) out.push('by');
    return out;
  };

  const items: ComparisonItem[] = [];
  for (const kind of KIND_ORDER) {
    const a = mine.filter((x) => x.kind === kind && takesPart(x)).sort(byPosition);
    const b = theirs.filter((x) => x.kind === kind && takesPart(x)).sort(byPosition);
    const pairs = pairUp(a, b, (m, t) => differences(m, t).length === 0);
    for (const [m, t] of pairs) {
      const fields = differences(m, t);
      items.push({ status: fields.length === 0 ? 'agree' : 'differ', mine: m, theirs: t, fields });
    }
    const pairedA = new Set(pairs.map(([m]) => m));
    const pairedB = new Set(pairs.map(([, t]) => t));
    for (const m of a) if (!pairedA.has(m)) items.push({ status: 'only-mine', mine: m, fields: [] });
    for (const t of b) if (!pairedB.has(t)) items.push({ status: 'only-theirs', theirs: t, fields: [] });
  }
  const at = (i: ComparisonItem): Annotation => (i.mine ?? i.theirs) as Annotation;
  return items.sort((x, y) => byPosition(at(x), at(y)));
}

function byPosition(x: Annotation, y: Annotation): number {
  return x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

// One-to-one pairs: same span first (same labels, then same id, then text order), then the
// largest overlaps.
function pairUp(a: readonly Annotation[], b: readonly Annotation[], same: (m: Annotation, t: Annotation) => boolean): [Annotation, Annotation][] {
  const pairs: [Annotation, Annotation][] = [];
  const usedA = new Set<Annotation>();
  const usedB = new Set<Annotation>();
  const bySpan = new Map<string, Annotation[]>();
  for (const t of b) {
    const key = `${t.start}-${t.end}`;
    const list = bySpan.get(key);
    if (list) list.push(t);
    else bySpan.set(key, [t]);
  }
  const rounds: ((m: Annotation, t: Annotation) => boolean)[] = [same, (m, t) => m.id === t.id, () => true];
  for (const accepts of rounds) {
    for (const m of a) {
      if (usedA.has(m)) continue;
      const t = bySpan.get(`${m.start}-${m.end}`)?.find((c) => !usedB.has(c) && accepts(m, c));
      if (t) {
        pairs.push([m, t]);
        usedA.add(m);
        usedB.add(t);
      }
    }
  }
  const candidates: { m: Annotation; t: Annotation; overlap: number }[] = [];
  const restB = b.filter((t) => !usedB.has(t));
  // Both lists run by start: only theirs starting within the longest of their spans before mine can reach it.
  const longest = restB.reduce((n, t) => Math.max(n, t.end - t.start), 0);
  for (const m of a) {
    if (usedA.has(m)) continue;
    for (let k = firstFrom(restB, m.start - longest); k < restB.length; k++) {
      const t = restB[k] as Annotation;
      if (t.start >= m.end) break;
      const overlap = Math.min(m.end, t.end) - Math.max(m.start, t.start);
      if (overlap > 0) candidates.push({ m, t, overlap });
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap || byPosition(x.m, y.m) || byPosition(x.t, y.t));
  for (const { m, t } of candidates) {
    if (usedA.has(m) || usedB.has(t)) continue;
    pairs.push([m, t]);
    usedA.add(m);
    usedB.add(t);
  }
  return pairs;
}

// The index of the first annotation of `sorted` starting at or after `start`.
function firstFrom(sorted: readonly Annotation[], start: number): number {
  return partitionPoint(sorted.length, (i) => (sorted[i] as Annotation).start < start);
}

/** Whether `item` names the annotation `id` on either side. */
export function itemHas(item: ComparisonItem, id: string): boolean {
  return item.mine?.id === id || item.theirs?.id === id;
}

/**
 * The annotations of mine after settling `item` with `choice`. Keep Mine changes nothing;
 * Take Theirs puts their version in place of mine (keeping my id, so claims naming it as their
 * source still do), adds theirs when I have none, and removes mine when they have none;
 * Keep Both keeps mine and adds theirs. An added annotation keeps its id unless mine uses it;
 * its `by` is pointed at my counterpart of the source it names, or dropped when I have none.
 */
export function resolveItem(
  mine: readonly Annotation[],
  items: readonly ComparisonItem[],
  item: ComparisonItem,
  choice: Resolution,
  newId: (taken: ReadonlySet<string>) => string,
): Annotation[] {
  if (choice === 'mine' || !item.theirs) {
    if (choice === 'theirs' && item.mine) return removeWithReferences(mine, item.mine.id);
    return [...mine];
  }
  const theirs = item.theirs;
  if (choice === 'theirs' && item.mine) {
    const id = item.mine.id;
    const replaced = rebased(theirs, id, items);
    return mine.map((a) => (a.id === id ? replaced : a));
  }
  const taken = new Set(mine.map((a) => a.id));
  const id = taken.has(theirs.id) ? newId(taken) : theirs.id;
  return [...mine, rebased(theirs, id, items)];
}

/** Sets `status: accepted` on my side of every agreeing pair. */
export function acceptAgreements(mine: readonly Annotation[], items: readonly ComparisonItem[]): Annotation[] {
  const agreed = new Set(items.filter((i) => i.status === 'agree' && i.mine).map((i) => (i.mine as Annotation).id));
  return mine.map((a) => (agreed.has(a.id) && a.status !== 'accepted' ? { ...a, status: 'accepted' } : a));
}

// Their annotation under my id, its `by` translated to my side.
function rebased(theirs: Annotation, id: string, items: readonly ComparisonItem[]): Annotation {
  const copy = { ...theirs, id };
  if (copy.kind !== 'claim' || copy.by === undefined) return copy;
  const source = copy.by;
  const counterpart = items.find((i) => i.theirs?.id === source && i.mine)?.mine;
  const { by: _dropped, ...rest } = copy;
  return counterpart ? { ...rest, by: counterpart.id } : rest;
}

// Removing an annotation also unlinks claims that name it as their source.
function removeWithReferences(mine: readonly Annotation[], id: string): Annotation[] {
  return mine
    .filter((a) => a.id !== id)
    .map((a) => {
      if (a.kind !== 'claim' || a.by !== id) return a;
      const { by: _dropped, ...rest } = a;
      return rest;
    });
}

/** Counts of each status. */
export function comparisonCounts(items: readonly ComparisonItem[]): Record<ComparisonStatus, number> {
  const counts: Record<ComparisonStatus, number> = { agree: 0, differ: 0, 'only-mine': 0, 'only-theirs': 0 };
  for (const i of items) counts[i.status]++;
  return counts;
}

/**
 * The counting half of inter-annotator agreement: span matches (exact and overlapping) and the
 * token-level confusion counts the coefficients are computed from.
 */
import type { Annotation } from '../schema';
import type { Token } from '../exchange/tokenize';
import type { ConfusionMatrix } from './coefficients';
import { partitionPoint } from '../search';

/** Label of tokens outside every annotation of a kind. */
export const OUTSIDE = 'O';

/** The type a row groups an annotation under: the entity type, the claim type, or none for speakers. */
export function typeOf(a: Annotation): string | undefined {
  return a.kind === 'entity' ? a.type : a.kind === 'claim' ? (a.claimType ?? '(untyped)') : undefined;
}

/** Matches between the sides for one row. */
export interface Matching {
  readonly matched: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** P, R, F1 of `matched` pairs between `a` (reference) and `b` annotations; null when undefined (0 / 0). */
export function matching(matched: number, a: number, b: number): Matching {
  const precision = b === 0 ? null : matched / b;
  const recall = a === 0 ? null : matched / a;
  const f1 = a + b === 0 ? null : (2 * matched) / (a + b);
  return { matched, precision, recall, f1 };
}

// Same start and end (both lists hold one type); duplicates pair up one to one.
export function exactMatches(a: readonly Annotation[], b: readonly Annotation[]): number {
  const spans = new Map<string, number>();
  for (const x of a) spans.set(`${x.start}:${x.end}`, (spans.get(`${x.start}:${x.end}`) ?? 0) + 1);
  let matched = 0;
  for (const y of b) {
    const key = `${y.start}:${y.end}`;
    const left = spans.get(key) ?? 0;
    if (left > 0) {
      matched++;
      spans.set(key, left - 1);
    }
  }
  return matched;
}

// One-to-one pairs of overlapping spans, the largest overlaps first (both lists sorted by start).
export function overlapMatches(a: readonly Annotation[], b: readonly Annotation[]): number {
  const pairs: { i: number; j: number; size: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Annotation;
    for (let j = 0; j < b.length; j++) {
      const y = b[j] as Annotation;
      if (y.start >= x.end) break;
      const size = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (size > 0) pairs.push({ i, j, size });
    }
  }
  pairs.sort((p, q) => q.size - p.size || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let matched = 0;
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    matched++;
  }
  return matched;
}

export function addTokens(counts: Map<string, Map<string, number>>, tokens: readonly Token[], a: readonly Annotation[], b: readonly Annotation[]): void {
  const la = labels(tokens, a);
  const lb = labels(tokens, b);
  for (let i = 0; i < tokens.length; i++) {
    const x = la[i] ?? OUTSIDE;
    const y = lb[i] ?? OUTSIDE;
    let r = counts.get(x);
    if (!r) counts.set(x, (r = new Map<string, number>()));
    r.set(y, (r.get(y) ?? 0) + 1);
  }
}

// Each token's label from the first annotation (in sorted order) covering any of it.
function labels(tokens: readonly Token[], annotations: readonly Annotation[]): (string | undefined)[] {
  const out = new Array<string | undefined>(tokens.length);
  for (const x of annotations) {
    const label = typeOf(x) ?? x.kind;
    const first = partitionPoint(tokens.length, (i) => (tokens[i] as Token).end <= x.start);
    for (let i = first; i < tokens.length && (tokens[i] as Token).start < x.end; i++) out[i] ??= label;
  }
  return out;
}

export function toMatrix(counts: Map<string, Map<string, number>>): ConfusionMatrix {
  const set = new Set<string>();
  for (const [x, r] of counts) {
    set.add(x);
    for (const y of r.keys()) set.add(y);
  }
  // "O" first, then the types in code unit order: a stable layout for tables and heat maps.
  const labels = [...set].filter((l) => l !== OUTSIDE).sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
  if (set.has(OUTSIDE) || labels.length === 0) labels.unshift(OUTSIDE);
  return { labels, counts: labels.map((x) => labels.map((y) => counts.get(x)?.get(y) ?? 0)) };
}

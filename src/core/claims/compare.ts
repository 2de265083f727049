/**
 * Whether figures from different sources agree. Each figure stands for an
 * interval: an exact figure for itself, `about` for ±tolerance (5% by
 * default), `more than`/`at least` for everything above, `up to`/`fewer than`
 * for everything below. Two figures agree when their intervals meet, so
 * "about 1,150" agrees with "1,200" (4% apart) while "1,150" and "1,200",
 * both exact, conflict. Dates agree when the parts both state are equal.
 */
import type { Figure, FigureKind } from './figures';

/** Default relative tolerance of hedged (`about`) figures. */
export const DEFAULT_TOLERANCE = 0.05;

const KIND_ORDER: readonly FigureKind[] = ['count', 'percent', 'money', 'date'];

/** Whether two figures measure the same thing: same kind, and for counts no different units; money and percentages must match exactly in currency or unit. */
export function comparable(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'count') return a.unit === undefined || b.unit === undefined || a.unit === b.unit;
  return a.currency === b.currency && a.unit === b.unit;
}

/** Whether two comparable figures can both be true. */
export function agree(a: Figure, b: Figure, tolerance = DEFAULT_TOLERANCE): boolean {
  if (a.kind === 'date' || b.kind === 'date') {
    const x = a.date ?? {};
    const y = b.date ?? {};
    return (['year', 'month', 'day'] as const).every((k) => x[k] === undefined || y[k] === undefined || x[k] === y[k]);
  }
  const [lo1, hi1] = interval(a, tolerance);
  const [lo2, hi2] = interval(b, tolerance);
  return lo1 <= hi2 && lo2 <= hi1;
}

function interval(f: Figure, tolerance: number): [number, number] {
  const v = f.value;
  if (f.bound === 'atLeast') return [v, Infinity];
  if (f.bound === 'atMost') return [-Infinity, v];
  if (f.bound === 'about') return [v - Math.abs(v) * tolerance, v + Math.abs(v) * tolerance];
  return [v, v];
}

/**
 * The figure of each entry that the comparison uses: the figure comparable
 * with the most entries wins (more specific ones, with a unit, on ties; then
 * counts before percentages, money and dates), and each entry contributes its
 * first figure comparable with it. Entries without one get undefined.
 * Linear in the number of figures, so a group of thousands stays cheap.
 */
export function comparedFigures(entries: ReadonlyArray<readonly Figure[]>): Array<Figure | undefined> {
  // Entries per key; a count with a unit also reaches entries whose counts have none, and a count without one reaches every count.
  const holders = new Map<string, number>();
  const withUnitless = new Map<string, number>();
  const prototypes = new Map<string, Figure>();
  let unitless = 0;
  let anyCount = 0;
  for (const figures of entries) {
    const keys = new Set(figures.map(keyOf));
    const hasUnitless = figures.some((f) => f.kind === 'count' && f.unit === undefined);
    for (const f of figures) if (!prototypes.has(keyOf(f))) prototypes.set(keyOf(f), f);
    for (const k of keys) {
      holders.set(k, (holders.get(k) ?? 0) + 1);
      if (hasUnitless) withUnitless.set(k, (withUnitless.get(k) ?? 0) + 1);
    }
    if (hasUnitless) unitless++;
    if (figures.some((f) => f.kind === 'count')) anyCount++;
  }
  let best: { figure: Figure; score: number } | undefined;
  for (const [key, figure] of prototypes) {
    const reach =
      figure.kind !== 'count'
        ? (holders.get(key) ?? 0)
        : figure.unit === undefined
          ? anyCount
          : (holders.get(key) ?? 0) + unitless - (withUnitless.get(key) ?? 0);
    const score = reach * 100 + (figure.unit !== undefined ? 10 : 0) + (KIND_ORDER.length - KIND_ORDER.indexOf(figure.kind));
    if (best === undefined || score > best.score) best = { figure, score };
  }
  const prototype = best?.figure;
  return entries.map((figures) => (prototype ? figures.find((f) => comparable(prototype, f)) : undefined));
}

function keyOf(f: Figure): string {
  return `${f.kind}\u0000${f.unit ?? ''}\u0000${f.currency ?? ''}`;
}

/**
 * Whether any two of the figures disagree. Intervals on a line meet pairwise
 * exactly when they all share a point, so one pass suffices.
 */
export function conflicting(figures: ReadonlyArray<Figure | undefined>, tolerance = DEFAULT_TOLERANCE): boolean {
  const present = figures.filter((f): f is Figure => f !== undefined);
  if (present.length < 2) return false;
  if (present.some((f) => f.kind === 'date')) {
    return (['year', 'month', 'day'] as const).some((part) => new Set(present.map((f) => f.date?.[part]).filter((v) => v !== undefined)).size > 1);
  }
  let low = -Infinity;
  let high = Infinity;
  for (const f of present) {
    const [lo, hi] = interval(f, tolerance);
    low = Math.max(low, lo);
    high = Math.min(high, hi);
  }
  return low > high;
}

/**
 * Chance-corrected agreement of two annotators who each gave every unit (here: every token)
 * one nominal label, computed from their confusion matrix (rows: the first annotator).
 */

/** Counts of units labelled `labels[i]` by the first annotator and `labels[j]` by the second. */
export interface ConfusionMatrix {
  readonly labels: readonly string[];
  /** `counts[i][j]`. */
  readonly counts: readonly (readonly number[])[];
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/**
 * Cohen's kappa: (po - pe) / (1 - pe), po the observed agreement and pe the agreement
 * expected from each annotator's own label frequencies. Null when it is undefined (no
 * units, or both annotators gave every unit the same single label, so pe = 1).
 */
export function cohensKappa(m: ConfusionMatrix): number | null {
  const n = sum(m.counts.map(sum));
  if (n === 0) return null;
  const k = m.labels.length;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    const row = sum(m.counts[i] as number[]);
    let column = 0;
    for (let r = 0; r < k; r++) column += (m.counts[r] as number[])[i] as number;
    observed += (m.counts[i] as number[])[i] as number;
    expected += row * column;
  }
  const po = observed / n;
  const pe = expected / (n * n);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data, two coders, no missing values: 1 - Do / De from the
 * coincidence matrix, where each unit contributes the ordered pairs (a, b) and (b, a).
 * Null when undefined (fewer than two values, or a single value used throughout: De = 0).
 */
export function krippendorffAlpha(m: ConfusionMatrix): number | null {
  const k = m.labels.length;
  const units = sum(m.counts.map(sum));
  const n = 2 * units;
  if (n < 2) return null;
  const marginal = new Array<number>(k).fill(0);
  let disagreeing = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const c = (m.counts[i] as number[])[j] as number;
      marginal[i] = (marginal[i] as number) + c;
      marginal[j] = (marginal[j] as number) + c;
      if (i !== j) disagreeing += 2 * c;
    }
  }
  let expectedPairs = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (i !== j) expectedPairs += (marginal[i] as number) * (marginal[j] as number);
  if (expectedPairs === 0) return null;
  return 1 - ((n - 1) * disagreeing) / expectedPairs;
}

/** The matrix of one label against all others (a binary matrix: [label, other]). */
export function oneVsRest(m: ConfusionMatrix, label: string): ConfusionMatrix {
  const at = m.labels.indexOf(label);
  const counts = [0, 0, 0, 0];
  m.counts.forEach((row, i) =>
    row.forEach((c, j) => {
      const cell = (i === at ? 0 : 2) + (j === at ? 0 : 1);
      counts[cell] = (counts[cell] as number) + c;
    }),
  );
  return { labels: [label, 'other'], counts: [counts.slice(0, 2), counts.slice(2)] };
}

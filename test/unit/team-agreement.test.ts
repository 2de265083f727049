import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Annotation } from '../../src/core';
import { cohensKappa, computeAgreement, krippendorffAlpha, oneVsRest, type ConfusionMatrix } from '../../src/core/team';

/** The matrix of two label sequences (rows: the first), labels in code unit order. */
function matrixOf(a: readonly string[], b: readonly string[]): ConfusionMatrix {
  const labels = [...new Set([...a, ...b])].sort();
  const counts = labels.map(() => labels.map(() => 0));
  a.forEach((x, i) => {
    const row = counts[labels.indexOf(x)] as number[];
    const j = labels.indexOf(b[i] as string);
    row[j] = (row[j] as number) + 1;
  });
  return { labels, counts };
}

// Independent implementations, straight from the textbook definitions over the raw labels.
function kappaOfLabels(a: readonly string[], b: readonly string[]): number | null {
  const n = a.length;
  if (n === 0) return null;
  const po = a.filter((x, i) => x === b[i]).length / n;
  let pe = 0;
  for (const label of new Set([...a, ...b])) pe += (a.filter((x) => x === label).length / n) * (b.filter((x) => x === label).length / n);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

/** Alpha as 1 - Do/De with Do over pairs within units and De over all pairs of pooled values. */
function alphaOfLabels(a: readonly string[], b: readonly string[]): number | null {
  const pooled = [...a, ...b];
  const n = pooled.length;
  let withinDisagree = 0;
  a.forEach((x, i) => (withinDisagree += x === b[i] ? 0 : 2));
  let allDisagree = 0;
  for (let p = 0; p < n; p++) for (let q = 0; q < n; q++) if (p !== q && pooled[p] !== pooled[q]) allDisagree++;
  if (n < 2 || allDisagree === 0) return null;
  const observed = withinDisagree / n;
  const expected = allDisagree / (n * (n - 1));
  return 1 - observed / expected;
}

const close = (actual: number | null, expected: number | null, what: string): void => {
  if (expected === null || actual === null) assert.equal(actual, expected, what);
  else assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} vs ${expected}`);
};

describe('Agreement coefficients', () => {
  const a = ['P', 'P', 'P', 'O', 'O', 'O', 'O', 'O', 'L', 'L'];
  const b = ['P', 'P', 'O', 'O', 'O', 'O', 'O', 'L', 'L', 'L'];

  it('computes Cohen’s kappa of a hand-worked example: po 0.8, pe 0.37', () => {
    close(cohensKappa(matrixOf(a, b)), 0.43 / 0.63, 'kappa');
  });

  it('computes Krippendorff’s alpha (nominal) of the same example: 1 - 19 x 4 / 250', () => {
    close(krippendorffAlpha(matrixOf(a, b)), 1 - 76 / 250, 'alpha');
  });

  it('gives 1 for perfect agreement, and null where the coefficients are undefined', () => {
    close(cohensKappa(matrixOf(a, a)), 1, 'kappa');
    close(krippendorffAlpha(matrixOf(a, a)), 1, 'alpha');
    assert.equal(cohensKappa(matrixOf(['O', 'O'], ['O', 'O'])), null);
    assert.equal(krippendorffAlpha(matrixOf(['O', 'O'], ['O', 'O'])), null);
    assert.equal(cohensKappa({ labels: [], counts: [] }), null);
  });

  it('agrees with independent implementations on random label sequences', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.constantFrom('O', 'person', 'place', 'org'), { minLength: n, maxLength: n }),
              fc.array(fc.constantFrom('O', 'person', 'place'), { minLength: n, maxLength: n }),
            ),
          ),
        ([x, y]) => {
          const m = matrixOf(x, y);
          close(cohensKappa(m), kappaOfLabels(x, y), 'kappa');
          close(krippendorffAlpha(m), alphaOfLabels(x, y), 'alpha');
          const person = oneVsRest(m, 'person');
          const binary = (labels: readonly string[]): string[] => labels.map((l) => (l === 'person' ? 'person' : 'other'));
          if (m.labels.includes('person')) close(cohensKappa(person), kappaOfLabels(binary(x), binary(y)), 'one vs rest');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Agreement of two annotation sets', () => {
  // Tokens: Ana Lund met Bo Berg in Varnholm .
  const text = 'Ana Lund met Bo Berg in Varnholm.';
  const entity = (id: string, start: number, end: number, type: string, extra: Partial<Annotation> = {}): Annotation => ({
    id,
    kind: 'entity',
    type,
    start,
    end,
    quote: text.slice(start, end),
    status: 'accepted',
    ...extra,
  });
  const a = [entity('aaaaaaa1', 0, 8, 'person', { entity: 'ana-lund' }), entity('aaaaaaa2', 13, 20, 'person'), entity('aaaaaaa3', 24, 32, 'location')];
  const b = [
    entity('bbbbbbb1', 0, 8, 'person', { entity: 'ana-lund-2' }),
    entity('bbbbbbb2', 16, 20, 'person'),
    entity('bbbbbbb3', 24, 32, 'organization'),
    entity('bbbbbbb4', 4, 8, 'person', { status: 'rejected' }),
  ];
  const report = computeAgreement([{ path: 'x.txt', text, a, b }]);
  const rowOf = (type?: string) => report.rows.find((r) => r.kind === 'entity' && r.type === type);

  it('counts exact and overlap matches per type and for the kind, rejected annotations left out', () => {
    assert.deepEqual(rowOf('person')?.exact, { matched: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    assert.deepEqual(rowOf('person')?.overlap, { matched: 2, precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(rowOf('location')?.exact, { matched: 0, precision: null, recall: 0, f1: 0 });
    assert.deepEqual(rowOf('organization')?.exact, { matched: 0, precision: 0, recall: null, f1: 0 });
    assert.deepEqual([rowOf()?.a, rowOf()?.b, rowOf()?.exact.matched, rowOf()?.overlap.matched], [3, 3, 1, 2]);
    close(rowOf()?.exact.f1 ?? null, 1 / 3, 'kind F1');
  });

  it('computes token kappa and alpha of the kind from the confusion matrix, and of a type against the rest', () => {
    const matrix = report.confusion.find((c) => c.kind === 'entity')?.matrix;
    assert.deepEqual(matrix, {
      labels: ['O', 'location', 'organization', 'person'],
      counts: [
        [3, 0, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 0],
        [1, 0, 0, 3],
      ],
    });
    close(rowOf()?.kappa ?? null, 0.6, 'kappa: po 0.75, pe 0.375');
    close(rowOf()?.alpha ?? null, 1 - 60 / 156, 'alpha');
    close(rowOf('person')?.kappa ?? null, 0.75, 'person vs rest');
    assert.equal(report.tokens, 8);
  });

  it('compares canonical entities and attributions of annotations both sides have', () => {
    assert.deepEqual(report.entities, { compared: 1, agreed: 0 });
    const t = 'VOSS: About 140 stayed home. EKBERG: Not so.';
    const speaker = (id: string, start: number, end: number): Annotation => ({
      id,
      kind: 'speaker',
      start,
      end,
      quote: t.slice(start, end),
      status: 'accepted',
    });
    const claim = (id: string, start: number, end: number, by: string, claimType?: string): Annotation => ({
      id,
      kind: 'claim',
      start,
      end,
      quote: t.slice(start, end),
      by,
      status: 'proposed',
      ...(claimType ? { claimType } : {}),
    });
    const r = computeAgreement([
      {
        path: 'y.txt',
        text: t,
        a: [speaker('saaaaaa1', 0, 4), speaker('saaaaaa2', 29, 35), claim('caaaaaa1', 6, 27, 'saaaaaa1', 'statistic'), claim('caaaaaa2', 37, 44, 'saaaaaa2')],
        b: [speaker('sbbbbbb1', 0, 4), speaker('sbbbbbb2', 29, 35), claim('cbbbbbb1', 6, 27, 'sbbbbbb1', 'quote'), claim('cbbbbbb2', 37, 44, 'sbbbbbb1')],
      },
    ]);
    assert.deepEqual(r.attributions, { compared: 2, agreed: 1 });
    assert.deepEqual(r.rows.find((x) => x.kind === 'speaker')?.exact, { matched: 2, precision: 1, recall: 1, f1: 1 });
  });
});

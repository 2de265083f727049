/**
 * Inter-annotator agreement of two annotation sets over the same texts: for each kind and
 * type, precision, recall and F1 with exact matching (same span and type) and with overlap
 * matching (spans sharing a code point, same type, paired one to one, largest overlap first),
 * token-level Cohen's kappa and Krippendorff's alpha, the token confusion matrix of each
 * kind, and how often matched claims name the same source (`by`) and matched entity mentions
 * the same canonical entity.
 *
 * Side A is the reference: precision is the share of B's annotations that A has too, recall
 * the share of A's that B has. Rejected and orphaned annotations do not count. Tokens are
 * the CoNLL export's; a token takes the type of the first annotation of a kind that covers
 * any of it, and "O" when none does.
 */
import type { Annotation, AnnotationKind } from '../schema';
import { sentences } from '../exchange/tokenize';
import { cohensKappa, krippendorffAlpha, oneVsRest, type ConfusionMatrix } from './coefficients';
import { addTokens, exactMatches, matching, overlapMatches, toMatrix, typeOf, type Matching } from './agreementCounts';

export { matching, OUTSIDE, typeOf, type Matching } from './agreementCounts';

/** One text and both sides' annotations of it. */
export interface AgreementDocument {
  readonly path: string;
  /** The normalised text (code point offsets of the annotations refer to it). */
  readonly text: string;
  readonly a: readonly Annotation[];
  readonly b: readonly Annotation[];
}

/** One row of the report: a whole kind (`type` absent) or one type of it. */
export interface AgreementRow {
  readonly kind: AnnotationKind;
  readonly type?: string;
  /** Annotations on each side. */
  readonly a: number;
  readonly b: number;
  readonly exact: Matching;
  readonly overlap: Matching;
  /** Token-level, over every token of every document; for a type row, that type against the rest. */
  readonly kappa: number | null;
  readonly alpha: number | null;
}

/** How often two sides agree on a property of the annotations they both have. */
export interface PropertyAgreement {
  readonly compared: number;
  readonly agreed: number;
}

/** The whole comparison. */
export interface AgreementReport {
  readonly documents: number;
  readonly tokens: number;
  readonly rows: AgreementRow[];
  /** Token confusion matrix per kind (rows: side A); the label "O" is outside any annotation. */
  readonly confusion: { kind: AnnotationKind; matrix: ConfusionMatrix }[];
  /** Claims at the same span on both sides (any claim type) naming a source on either: do they name the same span? */
  readonly attributions: PropertyAgreement;
  /** Entity mentions at the same span and type on both sides linked on either: the same canonical entity? */
  readonly entities: PropertyAgreement;
}

const KINDS: readonly AnnotationKind[] = ['entity', 'claim', 'speaker'];
// The tally key of speakers, which have no type.
const UNTYPED = '\u0001';

const counted = (list: readonly Annotation[]): Annotation[] =>
  list.filter((a) => a.status !== 'rejected' && !a.orphaned).sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : 1));

interface Tally {
  a: number;
  b: number;
  exact: number;
  overlap: number;
}

/** Compares side A with side B over `documents`. */
export function computeAgreement(documents: readonly AgreementDocument[]): AgreementReport {
  const tallies = new Map<string, Tally>();
  const tally = (kind: AnnotationKind, type: string | undefined): Tally => {
    const key = `${kind}\u0000${type ?? UNTYPED}`;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { a: 0, b: 0, exact: 0, overlap: 0 }));
    return t;
  };
  const confusion = new Map<AnnotationKind, Map<string, Map<string, number>>>(KINDS.map((k) => [k, new Map()]));
  const attributions = { compared: 0, agreed: 0 };
  const entities = { compared: 0, agreed: 0 };
  let tokens = 0;

  for (const doc of documents) {
    const a = counted(doc.a);
    const b = counted(doc.b);
    const docTokens = sentences(doc.text).flat();
    tokens += docTokens.length;
    for (const kind of KINDS) {
      const ak = a.filter((x) => x.kind === kind);
      const bk = b.filter((x) => x.kind === kind);
      for (const x of ak) tally(kind, typeOf(x)).a++;
      for (const x of bk) tally(kind, typeOf(x)).b++;
      const groups = new Map<string, { a: Annotation[]; b: Annotation[] }>();
      const group = (x: Annotation): { a: Annotation[]; b: Annotation[] } => {
        const key = typeOf(x) ?? '';
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { a: [], b: [] }));
        return g;
      };
      for (const x of ak) group(x).a.push(x);
      for (const x of bk) group(x).b.push(x);
      for (const g of groups.values()) {
        const type = typeOf((g.a[0] ?? g.b[0]) as Annotation);
        const t = tally(kind, type);
        t.exact += exactMatches(g.a, g.b);
        t.overlap += overlapMatches(g.a, g.b);
      }
      addTokens(confusion.get(kind) as Map<string, Map<string, number>>, docTokens, ak, bk);
    }
    compareProperties(a, b, attributions, entities);
  }

  const rows: AgreementRow[] = [];
  const confusions: AgreementReport['confusion'] = [];
  for (const kind of KINDS) {
    const matrix = toMatrix(confusion.get(kind) as Map<string, Map<string, number>>);
    confusions.push({ kind, matrix });
    const types = [...tallies.entries()]
      .filter(([key]) => key.startsWith(`${kind}\u0000`))
      .map(([key, t]) => ({ type: key.slice(kind.length + 1), t }))
      .sort((x, y) => (x.type < y.type ? -1 : x.type > y.type ? 1 : 0));
    const total = types.reduce((s, { t }) => ({ a: s.a + t.a, b: s.b + t.b, exact: s.exact + t.exact, overlap: s.overlap + t.overlap }), {
      a: 0,
      b: 0,
      exact: 0,
      overlap: 0,
    });
    rows.push(row(kind, undefined, total, matrix));
    for (const { type, t } of types) if (type !== UNTYPED) rows.push(row(kind, type, t, matrix.labels.includes(type) ? oneVsRest(matrix, type) : undefined));
  }
  return { documents: documents.length, tokens, rows, confusion: confusions, attributions, entities };
}

function row(kind: AnnotationKind, type: string | undefined, t: Tally, matrix: ConfusionMatrix | undefined): AgreementRow {
  return {
    kind,
    ...(type !== undefined ? { type } : {}),
    a: t.a,
    b: t.b,
    exact: matching(t.exact, t.a, t.b),
    overlap: matching(t.overlap, t.a, t.b),
    kappa: matrix ? cohensKappa(matrix) : null,
    alpha: matrix ? krippendorffAlpha(matrix) : null,
  };
}

function compareProperties(
  a: readonly Annotation[],
  b: readonly Annotation[],
  attributions: { compared: number; agreed: number },
  entities: { compared: number; agreed: number },
): void {
  const spanOf = (list: readonly Annotation[]): Map<string, string> => new Map(list.map((x) => [x.id, `${x.kind}:${x.start}:${x.end}`]));
  const spansA = spanOf(a);
  const spansB = spanOf(b);
  // Claims pair up by span alone: who made a claim is a question apart from its type.
  const key = (x: Annotation): string => `${x.kind}:${x.kind === 'claim' ? '' : (typeOf(x) ?? '')}:${x.start}:${x.end}`;
  const byKey = new Map<string, Annotation[]>();
  for (const y of b) {
    const list = byKey.get(key(y));
    if (list) list.push(y);
    else byKey.set(key(y), [y]);
  }
  for (const x of a) {
    const y = byKey.get(key(x))?.shift();
    if (!y) continue;
    if (x.kind === 'claim' && y.kind === 'claim' && (x.by !== undefined || y.by !== undefined)) {
      attributions.compared++;
      const sx = x.by === undefined ? undefined : spansA.get(x.by);
      const sy = y.by === undefined ? undefined : spansB.get(y.by);
      if (sx !== undefined && sx === sy) attributions.agreed++;
    }
    if (x.kind === 'entity' && y.kind === 'entity' && (x.entity !== undefined || y.entity !== undefined)) {
      entities.compared++;
      if (x.entity === y.entity) entities.agreed++;
    }
  }
}

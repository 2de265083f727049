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
import { sentences, type Token } from '../exchange/tokenize';
import { cohensKappa, krippendorffAlpha, oneVsRest, type ConfusionMatrix } from './coefficients';
import { partitionPoint } from '../search';

/** One text and both sides' annotations of it. */
export interface AgreementDocument {
  readonly path: string;
  /** The normalised text (code point offsets of the annotations refer to it). */
  readonly text: string;
  readonly a: readonly Annotation[];
  readonly b: readonly Annotation[];
}

/** Matches between the sides for one row. */
export interface Matching {
  readonly matched: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
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
/** Label of tokens outside every annotation of a kind. */
export const OUTSIDE = 'O';

/** The type a row groups an annotation under: the entity type, the claim type, or none for speakers. */
export function typeOf(a: Annotation): string | undefined {
  return a.kind === 'entity' ? a.type : a.kind === 'claim' ? (a.claimType ?? '(untyped)') : undefined;
}

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
    const total = types.reduce((s, { t }) => ({ a: s.a + t.a, b: s.b + t.b, exact: s.exact + t.exact, overlap: s.overlap + t.overlap }), { a: 0, b: 0, exact: 0, overlap: 0 });
    rows.push(row(kind, undefined, total, matrix));
    for (const { type, t } of types) if (type !== UNTYPED) rows.push(row(kind, type, t, matrix.labels.includes(type) ? oneVsRest(matrix, type) : undefined));
  }
  return { documents: documents.length, tokens, rows, confusion: confusions, attributions, entities };
}

function row(kind: AnnotationKind, type: string | undefined, t: Tally, matrix: ConfusionMatrix | undefined): AgreementRow {
  return {
    kind, ...(type !== undefined ? { type } : {}), a: t.a, b: t.b,
    exact: matching(t.exact, t.a, t.b), overlap: matching(t.overlap, t.a, t.b),
    kappa: matrix ? cohensKappa(matrix) : null, alpha: matrix ? krippendorffAlpha(matrix) : null,
  };
}

/** P, R, F1 of `matched` pairs between `a` (reference) and `b` annotations; null when undefined (0 / 0). */
export function matching(matched: number, a: number, b: number): Matching {
  const precision = b === 0 ? null : matched / b;
  const recall = a === 0 ? null : matched / a;
  const f1 = a + b === 0 ? null : (2 * matched) / (a + b);
  return { matched, precision, recall, f1 };
}

// Same start and end (both lists hold one type); duplicates pair up one to one.
function exactMatches(a: readonly Annotation[], b: readonly Annotation[]): number {
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
function overlapMatches(a: readonly Annotation[], b: readonly Annotation[]): number {
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

function addTokens(counts: Map<string, Map<string, number>>, tokens: readonly Token[], a: readonly Annotation[], b: readonly Annotation[]): void {
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

function toMatrix(counts: Map<string, Map<string, number>>): ConfusionMatrix {
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

function compareProperties(a: readonly Annotation[], b: readonly Annotation[], attributions: { compared: number; agreed: number }, entities: { compared: number; agreed: number }): void {
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

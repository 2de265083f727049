/**
 * Three-way merge of two versions of a sidecar against their common ancestor, by annotation
 * id and by field, so that two annotators' work on the same text never needs a hand merge:
 *
 * - an annotation added on either side is kept; one deleted on one side and untouched on the
 *   other is deleted;
 * - a field changed on one side only takes that change;
 * - a field changed differently on both sides keeps ours; theirs is recorded in
 *   `attributes["merge.theirs.<field>"]` (null when theirs removed it) and the annotation
 *   becomes `proposed`, its previous status kept in `attributes["merge.status"]`;
 * - an annotation deleted on one side and edited on the other is kept, `proposed`, with
 *   `attributes["merge.deleted"]` naming the side that deleted it; so is a deleted speaker or
 *   entity that a kept claim still names in `by`.
 *
 * The span (start, end, quote, prefix, suffix, orphaned) merges as one field: half of one
 * side's span and half of the other's would quote text that neither side marked.
 */
import { annotationSchema, ANNOTATION_KEYS, type Annotation, type AttributeValue, type Sidecar } from '../schema';
import { sortedAnnotations, sortedKeys } from '../sidecar/canonicalWriter';
import { mergeById, pick3, type Side } from './threeWay';

/** Attribute names the merge writes. */
export const MERGE_ATTRIBUTE_PREFIX = 'merge.';
const THEIRS = 'merge.theirs.';
const STATUS = 'merge.status';
const DELETED = 'merge.deleted';

/** Something the merge decided that a person should look at. */
export interface MergeNote {
  /** Annotation (or entity) id. */
  readonly id: string;
  readonly what: 'conflict' | 'deleted-edited' | 'deleted-referenced';
  /** The conflicting field, for a conflict. */
  readonly field?: string;
  readonly ours?: string;
  readonly theirs?: string;
  /** The side that deleted it, for the deleted cases. */
  readonly deletedBy?: Side;
}

/** The merged sidecar and what needs review. */
export interface SidecarMerge {
  readonly sidecar: Sidecar;
  readonly notes: MergeNote[];
}

const SPAN_KEYS = ['start', 'end', 'quote', 'prefix', 'suffix', 'orphaned'] as const;
// Fields merged one by one; span, attributes and the timestamps have rules of their own.
const FIELD_KEYS = ANNOTATION_KEYS.filter(
  (k) => !(SPAN_KEYS as readonly string[]).includes(k) && k !== 'id' && k !== 'attributes' && k !== 'created' && k !== 'modified',
);

type Fields = Record<string, unknown>;
const fieldsOf = (a: Annotation): Fields => a;

/** Merges `ours` and `theirs` against `base` (undefined: no common ancestor, both added the file). */
export function mergeSidecars(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar): SidecarMerge {
  const notes: MergeNote[] = [];
  const ancestor = base?.annotations ?? [];
  const merged = mergeById(ancestor, ours.annotations, theirs.annotations, {
    merge: (b, o, t) => mergeAnnotation(b, o, t, notes),
    deleted: (kept, b, deletedBy) => {
      if (sameAnnotation(kept, b)) return undefined;
      notes.push({ id: kept.id, what: 'deleted-edited', deletedBy });
      return forReview(kept, { [DELETED]: deletedBy });
    },
  });
  restoreReferenced(merged, ancestor, ours.annotations, theirs.annotations, notes);
  const top = (key: 'text' | 'textHash'): string => pick3(base?.[key] ?? ours[key], ours[key], theirs[key]).value;
  return { sidecar: { version: ours.version, text: top('text'), textHash: top('textHash'), annotations: sortedAnnotations(merged) }, notes };
}

function mergeAnnotation(base: Annotation | undefined, ours: Annotation, theirs: Annotation, notes: MergeNote[]): Annotation {
  if (sameAnnotation(ours, theirs)) return ours;
  const b = base ? fieldsOf(base) : {};
  const o = fieldsOf(ours);
  const t = fieldsOf(theirs);
  const out: Fields = { id: ours.id };
  const recorded: Record<string, AttributeValue> = {};
  const conflict = (field: string, theirsValue: AttributeValue, oursShown: string): void => {
    recorded[THEIRS + field] = theirsValue;
    notes.push({ id: ours.id, what: 'conflict', field, ours: oursShown, theirs: theirsValue === null ? '(removed)' : String(theirsValue) });
  };

  const span = pick3(spanOf(b), spanOf(o), spanOf(t), (x, y) => x === y);
  const spanSource = span.value === spanOf(t) && span.value !== spanOf(o) ? t : o;
  for (const k of SPAN_KEYS) if (spanSource[k] !== undefined) out[k] = spanSource[k];
  if (span.conflict) conflict('span', `${String(t.start)}-${String(t.end)} ${String(t.quote)}`, `${String(o.start)}-${String(o.end)}`);

  for (const k of FIELD_KEYS) {
    const p = pick3(b[k], o[k], t[k]);
    if (p.value !== undefined) out[k] = p.value;
    if (p.conflict) conflict(k, (p.theirs ?? null) as AttributeValue, p.value === undefined ? '(none)' : shown(p.value));
  }

  const attributes = mergeAttributes(
    (b.attributes ?? {}) as Record<string, AttributeValue>,
    (o.attributes ?? {}) as Record<string, AttributeValue>,
    (t.attributes ?? {}) as Record<string, AttributeValue>,
    (key, theirsValue, oursValue) => conflict(`attributes.${key}`, theirsValue, oursValue === undefined ? '(none)' : String(oursValue)),
  );
  const created = pick3(b.created, o.created, t.created).value;
  if (created !== undefined) out.created = created;
  const modified = later(o.modified as string | undefined, t.modified as string | undefined);
  if (modified !== undefined) out.modified = modified;
  if (Object.keys(attributes).length > 0 || o.attributes !== undefined || t.attributes !== undefined) out.attributes = attributes;

  const candidate = Object.keys(recorded).length > 0 ? forReview(out as unknown as Annotation, recorded) : (out as unknown as Annotation);
  // A kind changed on one side can leave fields of the other kind behind: ours, for review.
  const parsed = annotationSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  notes.push({ id: ours.id, what: 'conflict', field: 'kind', ours: ours.kind, theirs: theirs.kind });
  return forReview(ours, { [THEIRS + 'kind']: theirs.kind });
}

function mergeAttributes(
  base: Record<string, AttributeValue>,
  ours: Record<string, AttributeValue>,
  theirs: Record<string, AttributeValue>,
  onConflict: (key: string, theirs: AttributeValue, ours: AttributeValue | undefined) => void,
): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)]);
  const get = (r: Record<string, AttributeValue>, k: string): AttributeValue | undefined => (Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined);
  for (const k of keys) {
    const p = pick3(get(base, k), get(ours, k), get(theirs, k));
    if (p.value !== undefined) out[k] = p.value;
    if (p.conflict) onConflict(k, p.theirs ?? null, p.value);
  }
  return out;
}

/** A copy of `a` marked for review: status proposed (the previous one kept when it was not), plus `extra` attributes. */
function forReview(a: Annotation, extra: Record<string, AttributeValue>): Annotation {
  const attributes: Record<string, AttributeValue> = { ...(a.attributes ?? {}) };
  for (const [k, v] of Object.entries(extra)) attributes[attributeName(k)] = v;
  if (a.status !== 'proposed' && attributes[STATUS] === undefined) attributes[STATUS] = a.status;
  return { ...a, status: 'proposed', attributes };
}

// Attribute names are capped at 128 characters; a long attribute's own name is cut to fit.
function attributeName(name: string): string {
  return name.length <= 128 ? name : name.slice(0, 128);
}

/**
 * A claim kept by the merge whose `by` names an annotation that one side deleted: the
 * attribution would dangle, so the deleted annotation comes back for review.
 */
function restoreReferenced(
  merged: Annotation[],
  base: readonly Annotation[],
  ours: readonly Annotation[],
  theirs: readonly Annotation[],
  notes: MergeNote[],
): void {
  const present = new Set(merged.map((a) => a.id));
  const find = (list: readonly Annotation[], id: string): Annotation | undefined => list.find((a) => a.id === id);
  for (const a of merged.slice()) {
    if (a.kind !== 'claim' || a.by === undefined || present.has(a.by)) continue;
    const fromOurs = find(ours, a.by);
    const restored = fromOurs ?? find(theirs, a.by);
    if (restored === undefined || find(base, a.by) === undefined) continue;
    const deletedBy: Side = fromOurs ? 'theirs' : 'ours';
    merged.push(forReview(restored, { [DELETED]: deletedBy }));
    present.add(restored.id);
    notes.push({ id: restored.id, what: 'deleted-referenced', deletedBy });
  }
}

// No ancestor (both sides added the id) gives '', unlike either side: differing spans then conflict.
function spanOf(f: Fields): string {
  if (f.start === undefined) return '';
  return JSON.stringify([f.start, f.end, f.quote, f.prefix ?? null, f.suffix ?? null, f.orphaned ?? null]);
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** Whether two annotations are equal field by field (attributes in any key order). */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  const x = fieldsOf(a);
  const y = fieldsOf(b);
  for (const k of ANNOTATION_KEYS) {
    if (k === 'attributes') {
      const u = (x.attributes ?? undefined) as Record<string, AttributeValue> | undefined;
      const v = (y.attributes ?? undefined) as Record<string, AttributeValue> | undefined;
      if (u === undefined || v === undefined ? u !== v : !sameRecord(u, v)) return false;
    } else if (x[k] !== y[k]) return false;
  }
  return true;
}

function sameRecord(a: Record<string, AttributeValue>, b: Record<string, AttributeValue>): boolean {
  const ka = sortedKeys(a);
  const kb = sortedKeys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && Object.is(a[k], b[k]));
}

/** A field value as a merge note shows it: strings as they are, anything else as JSON (never `[object Object]`). */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

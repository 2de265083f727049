/**
 * Merging imported annotations into a sidecar. Importers translate their
 * format into {@link Candidate}s; this module places them on the text,
 * drops duplicates, resolves attributions and assigns ids, so every importer
 * follows the same rules.
 */
import { newAnnotationId } from '../ids';
import { CodePointText, contextAround } from '../offsets';
import { annotationSchema, SIDECAR_VERSION, type Annotation, type Sidecar } from '../schema';
import { baseName } from '../sidecar/paths';
import { show } from '../sidecar/semantic';
import { hashText, normalizeText } from '../text';

/** An annotation read from an import file, before it is placed. */
export interface Candidate {
  /** How the import file names it (`T3`, an IRI, an id): for attribution links and reports. */
  ref: string;
  /** The annotation's fields, without id, prefix, suffix and by (assigned here). */
  fields: Record<string, unknown> & { kind: string; start: number; end: number; quote: string };
  /** `ref` of the speaker or entity this claim is attributed to. */
  byRef?: string;
  /** Id to keep if it is free in the sidecar (json imports); others get fresh ids. */
  keepId?: string;
}

/** Something from the import file that could not be placed, with why. */
export interface Unplaced {
  ref: string;
  quote?: string;
  reason: string;
}

/** The file being imported into. */
export interface ImportTarget {
  /** The text file's content as read (BOM and CRLF allowed). */
  textRaw: string;
  /** The text file's name, for a new sidecar's `text`. */
  textName: string;
  /** Its current sidecar (already valid against the text), if it has one. */
  sidecar?: Sidecar;
}

/** Outcome of an import. */
export interface ImportResult {
  /** The merged sidecar (a new one when the target had none). */
  sidecar: Sidecar;
  added: Annotation[];
  /** Imported annotations equal (same kind, start, end and type) to one already there; the existing one is kept. */
  skipped: { ref: string; existingId: string }[];
  unplaced: Unplaced[];
}

/** The result of importing from a file that may hold several documents (w3c, json). */
export interface BundleImportResult extends ImportResult {
  /** Annotations in the file that belong to other documents and were left alone. */
  otherDocuments: number;
}

/** Why an annotation with an attribute named `__proto__` is not imported (the YAML loader's wording). */
export const RESERVED_ATTRIBUTE = 'attributes: "__proto__" is a reserved attribute name; not imported';

const keyOf = (kind: string, start: number, end: number, type: unknown): string =>
  `${kind}\u0000${start}\u0000${end}\u0000${typeof type === 'string' ? type : ''}`;

/**
 * Places `candidates` on the target text. A candidate whose offsets are out
 * of range, whose quote differs from the text at its offsets, or that the
 * schema rejects is reported in `unplaced`; so is an attribution whose target
 * is unknown, unplaced or a claim (the claim itself is still added). New
 * annotations get `prefix`/`suffix` from the text and fresh ids. `unplaced`
 * holds what the importer already could not read; it is extended and returned.
 * `random` is passed to newAnnotationId (tests make ids reproducible with it).
 */
export function mergeCandidates(target: ImportTarget, candidates: readonly Candidate[], unplaced: Unplaced[] = [], random?: () => number): ImportResult {
  const normalized = normalizeText(target.textRaw);
  const text = new CodePointText(normalized);
  const base: Sidecar = target.sidecar ?? { version: SIDECAR_VERSION, text: baseName(target.textName), textHash: hashText(normalized), annotations: [] };
  const annotations = base.annotations.slice();
  const ids = new Set(annotations.map((a) => a.id));
  const byKey = new Map(annotations.map((a) => [keyOf(a.kind, a.start, a.end, a.kind === 'entity' ? a.type : undefined), a.id]));
  const refs = new Map<string, string>();
  const result: ImportResult = { sidecar: base, added: [], skipped: [], unplaced };
  const claims: { candidate: Candidate; index: number }[] = [];
  for (const c of candidates) {
    const { start, end, quote } = c.fields;
    const fail = (reason: string): void => void unplaced.push({ ref: c.ref, quote, reason });
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      fail(`offsets ${start}-${end} are outside the text (${text.length} code points)`);
      continue;
    }
    const found = text.slice(start, end);
    if (found !== quote) {
      fail(`text at ${start}-${end} is ${show(found)}, the import file says ${show(quote)}`);
      continue;
    }
    const attributes = c.fields.attributes;
    if (typeof attributes === 'object' && attributes !== null && Object.prototype.hasOwnProperty.call(attributes, '__proto__')) {
      // The schema would drop the key silently.
      fail(RESERVED_ATTRIBUTE);
      continue;
    }
    const key = keyOf(c.fields.kind, start, end, c.fields.type);
    const existing = byKey.get(key);
    if (existing !== undefined) {
      refs.set(c.ref, existing);
      result.skipped.push({ ref: c.ref, existingId: existing });
      continue;
    }
    const id = c.keepId !== undefined && !ids.has(c.keepId) ? c.keepId : newAnnotationId(ids, random);
    const parsed = annotationSchema.safeParse({ ...c.fields, id, ...contextAround(text, start, end) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(`not a valid annotation (${issue ? `${issue.path.join('.') || 'annotation'}: ${issue.message}` : 'schema'})`);
      continue;
    }
    ids.add(id);
    byKey.set(key, id);
    refs.set(c.ref, id);
    annotations.push(parsed.data);
    result.added.push(parsed.data);
    if (c.byRef !== undefined && parsed.data.kind === 'claim') claims.push({ candidate: c, index: annotations.length - 1 });
  }
  const kinds = new Map(annotations.map((a) => [a.id, a.kind]));
  for (const { candidate, index } of claims) {
    const targetId = refs.get(candidate.byRef as string);
    const kind = targetId === undefined ? undefined : kinds.get(targetId);
    const claim = annotations[index] as Annotation;
    const report = (reason: string): void => void unplaced.push({ ref: candidate.ref, quote: claim.quote, reason });
    if (targetId === undefined) report(`attribution to ${candidate.byRef} dropped: it is not in the file or could not be placed`);
    else if (kind === 'claim') report(`attribution to ${candidate.byRef} dropped: it is a claim, not a speaker or entity`);
    else if (claim.kind === 'claim') {
      const attributed = { ...claim, by: targetId };
      annotations[index] = attributed;
      result.added[result.added.indexOf(claim)] = attributed;
    }
  }
  result.sidecar = { ...base, annotations };
  return result;
}

/**
 * Preparing a document for export: the normalised text every offset refers
 * to, and the annotations that can be placed on it. Orphaned annotations and
 * ones whose quote no longer matches the text are left out with a warning
 * instead of being written at offsets that point at other text.
 */
import { CodePointText } from '../offsets';
import type { Annotation } from '../schema';
import { sortedAnnotations } from '../sidecar/canonicalWriter';
import { show } from '../sidecar/semantic';
import { normalizeText } from '../text';
import type { ExportDocument } from './types';

/** A document ready for a positional format. */
export interface PreparedDocument {
  path: string;
  /** The normalised text (BOM removed, LF line ends). */
  normalized: string;
  /** The same text indexed for code point slicing. */
  text: CodePointText;
  /** Annotations whose offsets and quote agree with the text, in canonical order. */
  annotations: Annotation[];
  /** Every annotation of the sidecar by id, placed or not (for attribution names). */
  byId: ReadonlyMap<string, Annotation>;
}

/** Normalises the text and filters the annotations, pushing one warning per annotation left out. */
export function prepareDocument(doc: ExportDocument, format: string, warnings: string[]): PreparedDocument {
  const normalized = normalizeText(doc.text);
  const text = new CodePointText(normalized);
  const annotations: Annotation[] = [];
  for (const a of sortedAnnotations(doc.sidecar.annotations)) {
    if (a.orphaned) {
      warnings.push(`${doc.path}: ${describe(a)}: orphaned (its text is gone), not written to ${format}`);
    } else if (a.end > text.length || a.start >= a.end || text.slice(a.start, a.end) !== a.quote) {
      warnings.push(`${doc.path}: ${describe(a)}: quote does not match the text at ${a.start}-${a.end}, not written to ${format}`);
    } else {
      annotations.push(a);
    }
  }
  return { path: doc.path, normalized, text, annotations, byId: new Map(doc.sidecar.annotations.map((a) => [a.id, a])) };
}

/** `claim k7q2m9xa "Police detained…"`: how warnings name an annotation. */
export function describe(a: Annotation): string {
  return `${a.kind} ${a.id} ${show(a.quote)}`;
}

/** The entity type of an entity annotation, undefined for the other kinds. */
export function typeOf(a: Annotation): string | undefined {
  return a.kind === 'entity' ? a.type : undefined;
}

/**
 * Who a claim is attributed to, as a reader wants to see it: the speaker's
 * normalised name (or its quote), or the entity's quote.
 */
export function attributionName(claim: Annotation, byId: ReadonlyMap<string, Annotation>): string | undefined {
  if (claim.kind !== 'claim' || claim.by === undefined) return undefined;
  const target = byId.get(claim.by);
  if (target === undefined) return undefined;
  return target.kind === 'speaker' && target.speaker !== undefined ? target.speaker : target.quote;
}

/** The `w3c` format: one W3C Web Annotation collection (JSON-LD) for the whole export. */
import { contextAround } from '../offsets';
import type { Annotation } from '../schema';
import { sortedKeys } from '../sidecar/canonicalWriter';
import { describe, prepareDocument, typeOf, type PreparedDocument } from './document';
import type { ExportDocument, ExportResult } from './types';
import { annotationIri, W3C_CONTEXT } from './w3c';

/** Default file name of a w3c export. */
export const W3C_FILE = 'annotations.jsonld';

/**
 * One file for the whole export: an `AnnotationCollection` whose embedded
 * `first` page holds every annotation of every document, in document then
 * canonical order. `target.source` is the document's relative path;
 * TextPositionSelector offsets count code points of the normalised text, as
 * the standard asks.
 */
export function exportW3c(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const items: Record<string, unknown>[] = [];
  const documentOf = new Map<string, string>();
  for (const doc of documents) {
    const prepared = prepareDocument(doc, 'w3c', warnings);
    const exported = new Set(prepared.annotations.map((a) => a.id));
    for (const a of prepared.annotations) {
      const other = documentOf.get(a.id);
      if (other !== undefined)
        warnings.push(`${doc.path}: ${describe(a)}: ${other} has an annotation with the same id, so both have the IRI ${annotationIri(a.id)}`);
      documentOf.set(a.id, doc.path);
      if (a.kind === 'claim' && a.by !== undefined && !exported.has(a.by)) {
        warnings.push(`${doc.path}: ${describe(a)}: attributed to ${a.by}, which was not exported`);
      }
      items.push(item(a, prepared, doc.sidecar.source?.url));
    }
  }
  const collection = {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Transcript Annotator export',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return { files: [{ path: W3C_FILE, content: JSON.stringify(collection, null, 2) + '\n' }], warnings };
}

function item(a: Annotation, doc: PreparedDocument, publishedAt: string | undefined): Record<string, unknown> {
  const type = typeOf(a);
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: type === undefined ? a.kind : `entity:${type}` }];
  if (a.kind !== 'claim' && a.entity !== undefined) body.push({ type: 'TextualBody', purpose: 'identifying', value: a.entity });
  if (a.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  const { prefix, suffix } = contextAround(doc.text, a.start, a.end);
  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: a.quote };
  if (prefix !== '') quote.prefix = prefix;
  if (suffix !== '') quote.suffix = suffix;
  const out: Record<string, unknown> = { id: annotationIri(a.id), type: 'Annotation', motivation: 'tagging' };
  if (a.author !== undefined) out.creator = { name: a.author };
  if (a.created !== undefined) out.created = a.created;
  if (a.modified !== undefined) out.modified = a.modified;
  out.body = body;
  out.target = { source: doc.path, selector: [quote, { type: 'TextPositionSelector', start: a.start, end: a.end }] };
  // The page the text was published on is the context ("scope") of the local copy annotated.
  if (publishedAt !== undefined) (out.target as Record<string, unknown>).scope = publishedAt;
  out['ta:kind'] = a.kind;
  if (type !== undefined) out['ta:type'] = type;
  out['ta:status'] = a.status;
  if (a.kind === 'claim' && a.claimType !== undefined) out['ta:claimType'] = a.claimType;
  if (a.kind === 'claim' && a.by !== undefined) out['ta:attributedTo'] = annotationIri(a.by);
  if (a.kind === 'claim' && a.verdict !== undefined) out['ta:verdict'] = a.verdict;
  if (a.kind === 'claim' && a.reviewUrl !== undefined) out['ta:reviewUrl'] = a.reviewUrl;
  if (a.kind === 'speaker' && a.speaker !== undefined) out['ta:speaker'] = a.speaker;
  if (a.kind === 'speaker' && a.role !== undefined) out['ta:role'] = a.role;
  const attributes = a.attributes;
  if (attributes !== undefined) out['ta:attributes'] = Object.fromEntries(sortedKeys(attributes).map((k) => [k, attributes[k]]));
  return out;
}

/**
 * The flat, one-row-per-annotation view shared by the jsonl and csv formats,
 * so both always carry exactly the same columns in the same order.
 */
import { attributionName, prepareDocument, typeOf } from './document';
import type { ExportDocument } from './types';

/** Column order of jsonl records and csv rows. */
export const RECORD_COLUMNS = [
  'document',
  'id',
  'kind',
  'type',
  'start',
  'end',
  'text',
  'by',
  'byName',
  'entity',
  'status',
  'note',
  'claimType',
  'speaker',
  'role',
] as const;

/** One column name. */
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/**
 * One annotation as a flat record. `start`/`end` are code point offsets into
 * the normalised text; `by` is the attributed speaker or entity annotation's
 * id and `byName` its speaker name or quote. Absent values are null.
 */
export type AnnotationRecord = {
  [K in RecordColumn]: K extends 'start' | 'end' ? number : K extends 'document' | 'id' | 'kind' | 'text' | 'status' ? string : string | null;
};

/** Records of every placeable annotation of every document, in document then canonical order. */
export function annotationRecords(documents: readonly ExportDocument[], format: string, warnings: string[]): AnnotationRecord[] {
  const records: AnnotationRecord[] = [];
  for (const doc of documents) {
    const prepared = prepareDocument(doc, format, warnings);
    for (const a of prepared.annotations) {
      records.push({
        document: doc.path,
        id: a.id,
        kind: a.kind,
        type: typeOf(a) ?? null,
        start: a.start,
        end: a.end,
        text: a.quote,
        by: a.kind === 'claim' ? (a.by ?? null) : null,
        byName: attributionName(a, prepared.byId) ?? null,
        entity: a.kind !== 'claim' ? (a.entity ?? null) : null,
        status: a.status,
        note: a.note ?? null,
        claimType: a.kind === 'claim' ? (a.claimType ?? null) : null,
        speaker: a.kind === 'speaker' ? (a.speaker ?? null) : null,
        role: a.kind === 'speaker' ? (a.role ?? null) : null,
      });
    }
  }
  return records;
}

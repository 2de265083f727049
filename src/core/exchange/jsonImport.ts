/**
 * Importing a json export into a sidecar. Ids are kept where they are free,
 * so importing into an empty sidecar restores the original exactly.
 */
import { documentFilter } from './documentMatch';
import { ImportFormatError } from './importError';
import { readJsonExport } from './json';
import { mergeCandidates, RESERVED_ATTRIBUTE, type BundleImportResult, type Candidate, type ImportTarget, type Unplaced } from './merge';

/**
 * Merges the annotations the json export holds for the target document
 * (`otherDocuments` counts the annotations of the others).
 * Orphaned annotations are reported, not imported (their offsets mean nothing
 * in this text). Throws {@link ImportFormatError} when `content` is not a json
 * export or has no document matching `documentPath`.
 */
export function importJson(content: string, target: ImportTarget & { documentPath: string }, random?: () => number): BundleImportResult {
  const { documents, problems } = readJsonExport(content);
  if (documents.length === 0) throw new ImportFormatError(problems[0] ?? 'the json export holds no documents');
  const wanted = documentFilter(new Set(documents.map((d) => d.document)), target.documentPath);
  const mine = documents.filter((d) => wanted(d.document));
  if (mine.length === 0) throw new ImportFormatError(`the json export has no document named like ${target.documentPath}`);
  const unplaced: Unplaced[] = [];
  const candidates: Candidate[] = [];
  for (const doc of mine) {
    for (const a of doc.sidecar.annotations) {
      const { id, prefix: _prefix, suffix: _suffix, ...rest } = a;
      if (doc.reserved?.includes(id)) {
        unplaced.push({ ref: id, quote: a.quote, reason: RESERVED_ATTRIBUTE });
        continue;
      }
      if (a.orphaned) {
        unplaced.push({ ref: id, quote: a.quote, reason: 'orphaned in the export (its text was already gone)' });
        continue;
      }
      const fields = { ...rest } as Candidate['fields'];
      delete fields.by;
      candidates.push({ ref: id, keepId: id, fields, ...(a.kind === 'claim' && a.by !== undefined ? { byRef: a.by } : {}) });
    }
  }
  const otherDocuments = documents.filter((d) => !wanted(d.document)).reduce((n, d) => n + d.sidecar.annotations.length, 0);
  return { ...mergeCandidates(target, candidates, unplaced, random), otherDocuments };
}

/** The `jsonl` format: one JSON object per annotation per line, for pandas, jq and friends. */
import { annotationRecords } from './records';
import type { ExportDocument, ExportResult } from './types';

/** Default file name of a jsonl export. */
export const JSONL_FILE = 'annotations.jsonl';

/**
 * One file for the whole export: one line per annotation with the columns of
 * {@link RECORD_COLUMNS} (absent values as null, offsets in code points).
 * Every line ends with `\n`; an export without annotations is an empty file.
 */
export function exportJsonl(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const lines = annotationRecords(documents, 'jsonl', warnings).map((r) => JSON.stringify(r) + '\n');
  return { files: [{ path: JSONL_FILE, content: lines.join('') }], warnings };
}

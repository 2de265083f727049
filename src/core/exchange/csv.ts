/** The `csv` format: RFC 4180, UTF-8, a header row and the jsonl columns. */
import { stringify } from 'csv-stringify/sync';
import { annotationRecords, RECORD_COLUMNS } from './records';
import { neutralizeCell } from './spreadsheet';
import type { ExportDocument, ExportOptions, ExportResult } from './types';

/** Default file name of a csv export. */
export const CSV_FILE = 'annotations.csv';

/**
 * One file for the whole export. Records end with CRLF as RFC 4180 says;
 * fields holding a comma, a quote or any line break are quoted (line breaks
 * inside a field stay as they are in the text, `\n`). Absent values are empty
 * fields. `options.bom` prefixes a UTF-8 BOM, which Excel needs to read the
 * file as UTF-8; it is off by default because most CSV readers keep it as
 * part of the first header name. Text cells that a spreadsheet would evaluate as a formula
 * get a leading `'` unless `options.csvRaw` (see spreadsheet.ts).
 */
export function exportCsv(documents: readonly ExportDocument[], options: ExportOptions = {}): ExportResult {
  const warnings: string[] = [];
  const records = annotationRecords(documents, 'csv', warnings);
  const cell = (v: string | number | null): string | number | null => (typeof v === 'string' && !options.csvRaw ? neutralizeCell(v) : v);
  const content = stringify(
    records.map((r) => RECORD_COLUMNS.map((column) => cell(r[column]))),
    {
      header: true,
      columns: [...RECORD_COLUMNS],
      record_delimiter: 'windows',
      // With an explicit record delimiter csv-stringify would otherwise leave a lone "\n" unquoted.
      quote_record_delimiter: true,
    },
  );
  // The BOM is added here rather than by csv-stringify, whose BOM is a Node Buffer.
  return { files: [{ path: CSV_FILE, content: (options.bom ? '\ufeff' : '') + content }], warnings };
}

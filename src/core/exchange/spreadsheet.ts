/**
 * CSV cells that a spreadsheet would evaluate as a formula (a claim quoting
 * `=HYPERLINK(...)`, a note starting with `+` or `@`) are neutralised as OWASP recommends:
 * a leading `'` makes the spreadsheet show the text as it is. Opt out with `--csv-raw` or the
 * setting `transcriptAnnotator.export.csvRaw` when the CSV feeds a program, not a spreadsheet.
 */

// `=`, `+`, `-`, `@`, tab and carriage return start a formula (or a DDE payload) in Excel,
// LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet shows it literally: prefixed with `'` when it would start a formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Whether a cell would be evaluated by a spreadsheet. */
export function isFormulaCell(value: string): boolean {
  return FORMULA_START.test(value);
}

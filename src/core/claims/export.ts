/**
 * The claims board as CSV and Markdown. The CSV quoting is written here
 * rather than taken from csv-stringify, whose CommonJS build reaches for
 * Node's `Buffer` and so does not run in a browser worker.
 */
import { escapeMarkdown } from '../exchange/markdown';
import { neutralizeCell } from '../exchange/spreadsheet';
import type { BoardGroup, BoardRow, ClaimsBoard } from './board';
import type { Figure } from './figures';

/** Columns of {@link boardToCsv}, in order. */
export const BOARD_CSV_COLUMNS = ['question', 'conflict', 'document', 'id', 'by', 'claim', 'figures', 'compared', 'status', 'note'] as const;

/**
 * RFC 4180: a header row, one record per claim, CRLF after every record,
 * fields holding a comma, a double quote, CR or LF enclosed in double quotes
 * with inner quotes doubled. `conflict` is `yes` or `no`; `figures` lists the
 * claim's figures as written, separated by `; `. Cells a spreadsheet would evaluate as a
 * formula get a leading `'` unless `options.raw`.
 */
export function boardToCsv(board: ClaimsBoard, options: { raw?: boolean } = {}): string {
  const cell = (value: string): string => csvField(options.raw ? value : neutralizeCell(value));
  const records: string[][] = [[...BOARD_CSV_COLUMNS]];
  for (const group of board.groups) {
    for (const row of group.rows) {
      records.push([
        group.question,
        group.conflict ? 'yes' : 'no',
        row.key,
        row.claimId,
        row.by ?? '',
        row.text,
        row.figures.map((f) => f.text).join('; '),
        row.compared?.text ?? '',
        row.status,
        row.note ?? '',
      ]);
    }
  }
  return records.map((fields, i) => fields.map(i === 0 ? csvField : cell).join(',') + '\r\n').join('');
}

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A readable report: a section per question with a table of sources. Every
 * piece of file text goes through the exporters' Markdown escaping, so a
 * quote cannot become a link, an image, HTML or a table break.
 */
export function boardToMarkdown(board: ClaimsBoard): string {
  const out = ['# Claims compared across sources', ''];
  if (board.groups.length === 0) out.push('No claims are grouped by question yet.', '');
  for (const group of board.groups) out.push(...groupSection(group));
  return out.join('\n');
}

function groupSection(group: BoardGroup): string[] {
  const md = escapeMarkdown;
  const figures = group.rows
    .map((r) => r.compared)
    .filter((f): f is Figure => f !== undefined)
    .map((f) => md(f.text));
  const verdict = group.conflict
    ? `**Conflicting figures:** ${figures.join(' · ')}`
    : figures.length > 1
      ? `Figures agree: ${figures.join(' · ')}`
      : 'Nothing to compare.';
  const sources = `${group.sources} source${group.sources === 1 ? '' : 's'}`;
  const lines = [
    `## ${md(group.question)}`,
    '',
    `${verdict} (${sources})`,
    '',
    '| Source | Who | Claim | Figures | Status |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of group.rows) lines.push(rowLine(row));
  lines.push('');
  return lines;
}

function rowLine(row: BoardRow): string {
  const md = escapeMarkdown;
  const figures = row.figures.map((f) => (f === row.compared ? `**${md(f.text)}**` : md(f.text))).join(', ');
  const claim = `“${md(row.text)}”${row.note !== undefined ? ` (note: ${md(row.note)})` : ''}`;
  return `| ${md(row.source ?? row.key)} | ${row.by !== undefined ? md(row.by) : 'unattributed'} | ${claim} | ${figures} | ${row.status} |`;
}

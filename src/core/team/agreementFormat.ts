/**
 * Agreement reports as text (a terminal table), JSON, CSV and Markdown, shared by the CLI
 * and the VS Code report's exports. Names and types come from files, so CSV cells that a
 * spreadsheet would run as a formula are prefixed with `'`, and Markdown is escaped.
 */
import { escapeMarkdown } from '../exchange/markdown';
import type { AgreementReport, AgreementRow } from './agreement';

/** One comparison: two sides, what was compared and what was left out. */
export interface Comparison {
  /** Names of the sides (paths, revisions or authors). */
  readonly a: string;
  readonly b: string;
  readonly report: AgreementReport;
  /** Documents left out, and why (a text that differs between the sides, an invalid sidecar...). */
  readonly skipped: readonly { path: string; reason: string }[];
}

/** The formats of {@link formatComparisons}. */
export const AGREEMENT_FORMATS = ['text', 'json', 'csv', 'markdown'] as const;
export type AgreementFormat = (typeof AGREEMENT_FORMATS)[number];

/** Columns of the CSV, in order. */
export const AGREEMENT_CSV_COLUMNS = [
  'a',
  'b',
  'kind',
  'type',
  'a_count',
  'b_count',
  'exact_matched',
  'exact_precision',
  'exact_recall',
  'exact_f1',
  'overlap_matched',
  'overlap_precision',
  'overlap_recall',
  'overlap_f1',
  'kappa',
  'alpha',
] as const;

/** The comparisons in `format`; every format ends with a newline. */
export function formatComparisons(comparisons: readonly Comparison[], format: AgreementFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ format: 'transcript-annotator-agreement', version: 1, comparisons }, null, 2) + '\n';
    case 'csv':
      return toCsv(comparisons);
    case 'markdown':
      return comparisons.map(toMarkdown).join('\n');
    case 'text':
      return comparisons.map(toText).join('\n');
  }
}

const fixed = (x: number | null): string => (x === null ? '-' : x.toFixed(3));
const rowName = (r: AgreementRow): string => (r.type === undefined ? `${r.kind} (all)` : `${r.kind}/${r.type}`);
const share = (p: { compared: number; agreed: number }): string =>
  p.compared === 0 ? 'none to compare' : `${p.agreed} of ${p.compared} agree (${((100 * p.agreed) / p.compared).toFixed(1)}%)`;

function toText(c: Comparison): string {
  const header = ['', 'A', 'B', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1', 'kappa', 'alpha'];
  const body = c.report.rows.map((r) => [
    rowName(r),
    String(r.a),
    String(r.b),
    fixed(r.exact.precision),
    fixed(r.exact.recall),
    fixed(r.exact.f1),
    fixed(r.overlap.precision),
    fixed(r.overlap.recall),
    fixed(r.overlap.f1),
    fixed(r.kappa),
    fixed(r.alpha),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [
    `A: ${oneLine(c.a)}`,
    `B: ${oneLine(c.b)}`,
    `${c.report.documents} document(s), ${c.report.tokens} token(s)${c.skipped.length > 0 ? `, ${c.skipped.length} skipped` : ''}; A is the reference (precision: share of B found in A)`,
    '',
    line(header),
    ...body.map(line),
    '',
    `attributions (by): ${share(c.report.attributions)}`,
    `canonical entities: ${share(c.report.entities)}`,
    ...c.skipped.map((s) => `skipped ${oneLine(s.path)}: ${oneLine(s.reason)}`),
    '',
  ].join('\n');
}

function toMarkdown(c: Comparison): string {
  const md = escapeMarkdown;
  const lines = [
    `## Agreement: ${md(c.a)} and ${md(c.b)}`,
    '',
    `${c.report.documents} document(s), ${c.report.tokens} token(s); A (${md(c.a)}) is the reference.`,
    '',
    '| Kind / type | A | B | Exact P | Exact R | Exact F1 | Overlap P | Overlap R | Overlap F1 | Kappa | Alpha |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of c.report.rows) {
    lines.push(
      `| ${md(rowName(r))} | ${r.a} | ${r.b} | ${fixed(r.exact.precision)} | ${fixed(r.exact.recall)} | ${fixed(r.exact.f1)} | ${fixed(r.overlap.precision)} | ${fixed(r.overlap.recall)} | ${fixed(r.overlap.f1)} | ${fixed(r.kappa)} | ${fixed(r.alpha)} |`,
    );
  }
  lines.push('', `Attributions (by): ${share(c.report.attributions)}. Canonical entities: ${share(c.report.entities)}.`, '');
  for (const s of c.skipped) lines.push(`- Skipped ${md(s.path)}: ${md(s.reason)}`);
  if (c.skipped.length > 0) lines.push('');
  return lines.join('\n');
}

function toCsv(comparisons: readonly Comparison[]): string {
  const records: string[][] = [[...AGREEMENT_CSV_COLUMNS]];
  const num = (x: number | null): string => (x === null ? '' : String(x));
  for (const c of comparisons) {
    for (const r of c.report.rows) {
      records.push([
        cell(c.a),
        cell(c.b),
        r.kind,
        cell(r.type ?? ''),
        String(r.a),
        String(r.b),
        String(r.exact.matched),
        num(r.exact.precision),
        num(r.exact.recall),
        num(r.exact.f1),
        String(r.overlap.matched),
        num(r.overlap.precision),
        num(r.overlap.recall),
        num(r.overlap.f1),
        num(r.kappa),
        num(r.alpha),
      ]);
    }
  }
  return records.map((fields) => fields.map(csvQuote).join(',') + '\r\n').join('');
}

/** A text cell a spreadsheet will show as text: a leading =, +, -, @, tab or CR gets a `'` first. */
export function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvQuote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** The export formats in one table: name, layout, and the exporter. */
import { exportBrat } from './bratExport';
import { exportConll, streamConll } from './conll';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportJsonl } from './jsonl';
import { exportMarkdown } from './markdown';
import type { ExportDocument, Exporter, ExportOptions } from './types';
import { exportW3c } from './w3cExport';
import { exportClaimReview } from './claimReview';
import { exportLabelStudio } from './labelStudio';
import { exportSpacy } from './spacy';
import { exportWebanno } from './webannoExport';

/** Names of the export formats. */
export type ExportFormatName = 'json' | 'jsonl' | 'csv' | 'brat' | 'w3c' | 'conll' | 'markdown' | 'labelstudio' | 'spacy' | 'webanno' | 'claimreview';

/** One export format. */
export interface ExportFormat {
  name: ExportFormatName;
  /** `single`: one file for the whole export; `per-document`: files named after each document. */
  layout: 'single' | 'per-document';
  /** One line for `--help`. */
  description: string;
  run: Exporter;
  /**
   * One-file formats whose output can be much larger than their input: the file's content as
   * chunks made while it is written (same bytes as `run`); warnings are pushed as they arise.
   */
  stream?: (documents: readonly ExportDocument[], options: ExportOptions, warnings: string[]) => Iterable<string>;
}

/** Every export format, in the order `--help` lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { name: 'json', layout: 'single', run: exportJson, description: 'the full model, lossless: { format, version, documents: [{ document, sidecar }] }' },
  { name: 'jsonl', layout: 'single', run: exportJsonl, description: 'one JSON record per annotation (document, id, kind, type, start, end, text, by, ...)' },
  { name: 'csv', layout: 'single', run: exportCsv, description: 'RFC 4180 CSV with a header row, the jsonl columns' },
  {
    name: 'brat',
    layout: 'per-document',
    run: exportBrat,
    description: 'brat standoff: <name>.txt (normalised text) and <name>.ann per document, plus annotation.conf',
  },
  { name: 'w3c', layout: 'single', run: exportW3c, description: 'a W3C Web Annotation collection (JSON-LD)' },
  {
    name: 'conll',
    layout: 'single',
    run: exportConll,
    stream: (documents, _options, warnings) => streamConll(documents, warnings),
    description: 'CoNLL-2003 style IOB2 tags: token, entity tag, claim tag',
  },
  { name: 'markdown', layout: 'per-document', run: exportMarkdown, description: 'a readable report per document: <document>.md' },
  {
    name: 'labelstudio',
    layout: 'single',
    run: exportLabelStudio,
    description: 'Label Studio JSON tasks (data.text, annotations[].result[]), offsets in UTF-16 units',
  },
  { name: 'spacy', layout: 'single', run: exportSpacy, description: 'spaCy / Prodigy JSONL, one document a line (text, tokens, spans, relations, meta)' },
  {
    name: 'webanno',
    layout: 'per-document',
    run: exportWebanno,
    description: 'WebAnno TSV 3.3 for INCEpTION: <name>.tsv per document, offsets in UTF-16 units',
  },
  {
    name: 'claimreview',
    layout: 'single',
    run: exportClaimReview,
    description: 'schema.org Claim / ClaimReview JSON-LD for fact-checkers (claims with a verdict become ClaimReviews)',
  },
];

/** The format called `name`, if there is one. */
export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}

/** Names of the formats that can be imported (merged into a sidecar). */
export const IMPORT_FORMATS = ['brat', 'w3c', 'json', 'labelstudio', 'spacy', 'webanno'] as const;
/** One of {@link IMPORT_FORMATS}. */
export type ImportFormatName = (typeof IMPORT_FORMATS)[number];

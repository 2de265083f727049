/**
 * Exports and imports of annotations (pure: no vscode, no Node modules).
 * Offsets in every format are code points of the normalised text, the same
 * numbers as in sidecars; conll and markdown carry no offsets.
 */
export type { ExportDocument, ExportFile, ExportResult, ExportOptions, Exporter } from './types';
export { EXPORT_FORMATS, IMPORT_FORMATS, exportFormat, type ExportFormat, type ExportFormatName, type ImportFormatName } from './registry';
export { exportJson, readJsonExport, JSON_FILE, JSON_FORMAT_TAG, type JsonDocument } from './json';
export { exportJsonl, JSONL_FILE } from './jsonl';
export { exportCsv, CSV_FILE } from './csv';
export { RECORD_COLUMNS, annotationRecords, type AnnotationRecord, type RecordColumn } from './records';
export { exportBrat, BRAT_CONF_FILE } from './bratExport';
export { bratStem, bratType, fromBratType, bratFragments, ID_COMMENT, REFERENCE_DB } from './brat';
export { exportW3c, W3C_FILE } from './w3cExport';
export { annotationIri, W3C_CONTEXT, ANNO_CONTEXT, TA_VOCABULARY } from './w3c';
export { exportConll, streamConll, CONLL_FILE } from './conll';
export { neutralizeCell, isFormulaCell } from './spreadsheet';
export { sentences, tokens, type Token } from './tokenize';
export { exportMarkdown, escapeMarkdown } from './markdown';
export { importBrat } from './bratImport';
export { importW3c } from './w3cImport';
export { importJson } from './jsonImport';
export { mergeCandidates, type BundleImportResult, type Candidate, type ImportResult, type ImportTarget, type Unplaced } from './merge';
export { ImportFormatError } from './importError';
export { exportLabelStudio, importLabelStudio, LABEL_STUDIO_FILE } from './labelStudio';
export { exportSpacy, importSpacy, spacyLabel, SPACY_FILE } from './spacy';
export { exportWebanno, webannoName, WEBANNO_HEADER } from './webannoExport';
export { importWebanno } from './webannoImport';
export { exportClaimReview, missingClaimReviewProperties, ExportRefusedError, CLAIMREVIEW_FILE, CLAIM_REVIEW_REQUIRED } from './claimReview';
export { runImport, guessImportFormat } from './importers';
export { offsetBasis, type OffsetUnit } from './offsetBasis';

/**
 * The `spacy` format: spaCy / Prodigy JSONL, one line per document.
 *
 *     {"text": "...", "meta": {"document": "news/strike.txt", "outlet": "..."},
 *      "tokens": [{"text": "Police", "start": 0, "end": 6, "id": 0, "ws": true}, ...],
 *      "spans": [{"start": 0, "end": 28, "label": "CLAIM", "token_start": 0, "token_end": 3, "id": "p3vw8cnz", ...}],
 *      "relations": [{"head": 0, "child": 9, "head_span": {...}, "child_span": {...}, "label": "ATTRIBUTION"}]}
 *
 * Offsets are Python `str` indices of `text`, that is code points: the same
 * numbers as in sidecars. Labels are upper case (`CLAIM`, `SPEAKER`,
 * `PERSON`, ...). `token_start`/`token_end` (inclusive, as Prodigy writes
 * them) are given when the span falls on token boundaries. Our other fields
 * ride along on each span (`id`, `status`, `note`, ...); Prodigy and spaCy
 * ignore keys they do not know.
 */
import { ANNOTATION_ID_PATTERN, SOURCE_KEYS, type Annotation } from '../schema';
import { normalizeText } from '../text';
import { describe, prepareDocument } from './document';
import { documentFilter } from './documentMatch';
import { ImportFormatError } from './importError';
import { mergeCandidates, type BundleImportResult, type Candidate, type ImportTarget, type Unplaced } from './merge';
import { entityTypeOf } from './labels';
import { offsetBasis } from './offsetBasis';
import { sentences, type Token } from './tokenize';
import type { ExportDocument, ExportResult } from './types';

/** Default file name of a spacy export. */
export const SPACY_FILE = 'annotations.spacy.jsonl';

const EXTRA = ['status', 'note', 'claimType', 'speaker', 'role', 'entity', 'verdict', 'reviewUrl', 'author', 'created', 'modified'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** spaCy label of an annotation: `CLAIM`, `SPEAKER`, or the entity type upper-cased. */
export function spacyLabel(a: Annotation): string {
  return a.kind === 'entity' ? a.type.toUpperCase() : a.kind.toUpperCase();
}

/** One JSONL file, one document a line. */
export function exportSpacy(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  let out = '';
  for (const doc of documents) {
    const prepared = prepareDocument(doc, 'spacy', warnings);
    const tokens = sentences(prepared.normalized).flat();
    const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
    const tokenEnding = new Map(tokens.map((t, i) => [t.end, i]));
    const spans: Json[] = [];
    const spanOf = new Map<string, Json>();
    for (const a of prepared.annotations) {
      const span: Json = { start: a.start, end: a.end, label: spacyLabel(a), text: a.quote };
      const first = tokenAt.get(a.start);
      const last = tokenEnding.get(a.end);
      if (first !== undefined && last !== undefined && last >= first) Object.assign(span, { token_start: first, token_end: last });
      span.id = a.id;
      const fields = a as Readonly<Record<string, unknown>>;
      for (const key of EXTRA) if (fields[key] !== undefined) span[key] = fields[key];
      if (a.kind === 'claim' && a.by !== undefined) span.by = a.by;
      spans.push(span);
      spanOf.set(a.id, span);
    }
    const relations: Json[] = [];
    for (const a of prepared.annotations) {
      if (a.kind !== 'claim' || a.by === undefined) continue;
      const head = spanOf.get(a.id) as Json;
      const child = spanOf.get(a.by);
      if (child === undefined) {
        warnings.push(`${doc.path}: ${describe(a)}: its attribution points to an annotation left out of the export; relation not written`);
        continue;
      }
      if (head.token_end === undefined || child.token_end === undefined) {
        warnings.push(`${doc.path}: ${describe(a)}: a span of its attribution is not on token boundaries; kept as "by" on the span only`);
        continue;
      }
      const slim = (s: Json): Json => ({ start: s.start, end: s.end, token_start: s.token_start, token_end: s.token_end, label: s.label });
      relations.push({ head: head.token_end, child: child.token_end, head_span: slim(head), child_span: slim(child), label: 'ATTRIBUTION' });
    }
    const meta: Json = { document: doc.path };
    const source = doc.sidecar.source;
    if (source) for (const key of SOURCE_KEYS) if (source[key] !== undefined) meta[key] = source[key];
    const line = { text: prepared.normalized, meta, tokens: tokens.map((t: Token, i) => tokenJson(t, i, tokens[i + 1])), spans, relations };
    out += JSON.stringify(line) + '\n';
  }
  return { files: [{ path: SPACY_FILE, content: out }], warnings };
}

function tokenJson(t: Token, id: number, next: Token | undefined): Json {
  return { text: t.text, start: t.start, end: t.end, id, ws: next !== undefined && next.start > t.end };
}

/**
 * Merges the spans of the line for the target document: the one whose
 * `meta.document` names it, else whose `text` is its text, else the only
 * line. Relations labelled ATTRIBUTION (or a span's `by`) become attributions.
 * Also reads a JSON array of the same records.
 */
export function importSpacy(content: string, target: ImportTarget & { documentPath: string }, random?: () => number): BundleImportResult {
  const records = parseRecords(content);
  if (records.length === 0) throw new ImportFormatError('not spaCy/Prodigy JSONL (expected one {"text", "spans"} object per line)');
  const normalized = normalizeText(target.textRaw);
  const docOf = (r: Json): string | undefined => (isObject(r.meta) ? str(r.meta.document) : undefined);
  const named = documentFilter(new Set(records.map(docOf)), target.documentPath);
  const mine = records.filter((r) => docOf(r) !== undefined && named(docOf(r)));
  const byText = records.filter((r) => typeof r.text === 'string' && normalizeText(r.text) === normalized);
  const chosen = mine.length > 0 ? mine : byText.length > 0 ? byText : records.length === 1 ? records : [];
  if (chosen.length === 0) throw new ImportFormatError(`no line of the file is for ${target.documentPath} (by meta.document or text)`);
  const unplaced: Unplaced[] = [];
  const candidates = chosen.flatMap((r, n) => recordCandidates(r, n, target.textRaw, unplaced));
  return { ...mergeCandidates(target, candidates, unplaced, random), otherDocuments: records.length - chosen.length };
}

function parseRecords(content: string): Json[] {
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const trimmed = body.trim();
  if (trimmed.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(trimmed);
      return Array.isArray(list) ? list.filter((r): r is Json => isObject(r) && typeof r.text === 'string') : [];
    } catch (error) {
      throw new ImportFormatError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const records: Json[] = [];
  body.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ImportFormatError(`line ${i + 1} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (isObject(value) && typeof value.text === 'string') records.push(value);
  });
  return records;
}

function recordCandidates(record: Json, n: number, targetRaw: string, unplaced: Unplaced[]): Candidate[] {
  const text = record.text as string;
  const spans = (Array.isArray(record.spans) ? record.spans : []).filter(isObject);
  const usable = spans.filter((s) => typeof s.start === 'number' && typeof s.end === 'number');
  const isUsable = new Set(usable);
  const points = Array.from(text);
  const slice = (s: Json): string => points.slice(s.start as number, s.end as number).join('');
  const convert = offsetBasis(
    targetRaw,
    'codepoint',
    usable.map((s) => ({ start: s.start as number, end: s.end as number, text: str(s.text) ?? slice(s) })),
    text,
  );
  const refOf = (s: Json, i: number): string => str(s.id) ?? `line ${n + 1} span ${i + 1}`;
  const refs = new Map<Json, string>();
  const candidates: Candidate[] = [];
  spans.forEach((s, i) => {
    const ref = refOf(s, i);
    refs.set(s, ref);
    if (!isUsable.has(s) || typeof s.label !== 'string') {
      unplaced.push({ ref, reason: 'a span without numeric start and end and a label' });
      return;
    }
    const label = s.label;
    const kind = label === 'CLAIM' ? { kind: 'claim' } : label === 'SPEAKER' ? { kind: 'speaker' } : { kind: 'entity', type: entityTypeOf(label) };
    const fields: Candidate['fields'] = {
      ...kind,
      start: convert(s.start as number),
      end: convert(s.end as number),
      quote: normalizeText(str(s.text) ?? slice(s)),
      status: 'proposed',
    };
    for (const key of EXTRA) if (s[key] !== undefined) fields[key] = s[key];
    if (kind.kind !== 'entity') delete fields.entity;
    candidates.push({
      ref,
      fields,
      ...(typeof s.id === 'string' && ANNOTATION_ID_PATTERN.test(s.id) ? { keepId: s.id } : {}),
      ...(kind.kind === 'claim' && typeof s.by === 'string' ? { byRef: s.by } : {}),
    });
  });
  // Relations name spans by their offsets; a span's own `by` wins.
  const byOffsets = new Map<string, Json[]>();
  for (const s of usable) byOffsets.set(`${String(s.start)}:${String(s.end)}`, [...(byOffsets.get(`${String(s.start)}:${String(s.end)}`) ?? []), s]);
  const spanAt = (r: unknown): Json | undefined =>
    isObject(r) ? byOffsets.get(`${String(r.start)}:${String(r.end)}`)?.find((s) => r.label === undefined || s.label === r.label) : undefined;
  const candidateOf = new Map(candidates.map((c) => [c.ref, c]));
  for (const rel of (Array.isArray(record.relations) ? record.relations : []).filter(isObject)) {
    if (rel.label !== 'ATTRIBUTION') continue;
    const head = spanAt(rel.head_span);
    const child = spanAt(rel.child_span);
    const claim = head && candidateOf.get(refs.get(head) as string);
    if (claim === undefined || child === undefined) {
      unplaced.push({ ref: `line ${n + 1} relation`, reason: 'an ATTRIBUTION relation whose head_span or child_span is not one of the spans' });
    } else if (claim.byRef === undefined) {
      claim.byRef = refs.get(child);
    }
  }
  return candidates;
}

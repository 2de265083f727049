/**
 * The `labelstudio` format: Label Studio JSON tasks, one per document.
 *
 *     [{ "data": { "text": "...", "document": "news/strike.txt", "source": {...} },
 *        "annotations": [{ "result": [
 *          { "id": "k7q2m9xa", "type": "labels", "from_name": "label", "to_name": "text",
 *            "value": { "start": 120, "end": 132, "text": "MARIA OKONJO", "labels": ["Speaker"] } },
 *          { "id": "k7q2m9xa", "type": "choices", "from_name": "status", ... "choices": ["accepted"] },
 *          { "id": "k7q2m9xa", "type": "textarea", "from_name": "note", ... "text": ["Union says 2,000."] },
 *          { "type": "relation", "from_id": "p3vw8cnz", "to_id": "k7q2m9xa", "labels": ["attribution"] } ] }] }]
 *
 * Label Studio runs in the browser and counts `start`/`end` in UTF-16 code
 * units of `data.text` (an emoji counts two), so exports convert from code
 * points and imports back. Per-region controls (`choices`, `textarea`) share
 * the region's id, as Label Studio writes them; the labelling config in the
 * README names them.
 */
import { CodePointText } from '../offsets';
import { ANNOTATION_ID_PATTERN } from '../schema';
import { normalizeText } from '../text';
import { bratType, fromBratType } from './brat';
import { describe, prepareDocument } from './document';
import { documentFilter } from './documentMatch';
import { ImportFormatError } from './importError';
import { mergeCandidates, type BundleImportResult, type Candidate, type ImportTarget, type Unplaced } from './merge';
import { entityTypeOf } from './labels';
import { offsetBasis } from './offsetBasis';
import type { ExportDocument, ExportResult } from './types';

/** Default file name of a labelstudio export. */
export const LABEL_STUDIO_FILE = 'labelstudio.json';

// Per-region fields: the control name, whether it is a choice or free text, and the annotation field.
const CHOICES = ['status', 'claimType'] as const;
const TEXTAREAS = ['note', 'speaker', 'role', 'entity', 'verdict', 'reviewUrl'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** One file: an array of tasks, 2-space indented. */
export function exportLabelStudio(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const tasks = documents.map((doc) => {
    const prepared = prepareDocument(doc, 'labelstudio', warnings);
    const u16 = (c: number): number => prepared.text.utf16At(c);
    const result: Json[] = [];
    for (const a of prepared.annotations) {
      const span = { start: u16(a.start), end: u16(a.end), text: a.quote };
      const region = { id: a.id, from_name: 'label', to_name: 'text', type: 'labels', origin: 'manual' };
      result.push({ ...region, value: { ...span, labels: [bratType(a)] } });
      const fields = a as Readonly<Record<string, unknown>>;
      for (const name of CHOICES) {
        const v = str(fields[name]);
        if (v !== undefined) result.push({ ...region, from_name: name, type: 'choices', value: { ...span, choices: [v] } });
      }
      for (const name of TEXTAREAS) {
        const v = str(fields[name]);
        if (v !== undefined) result.push({ ...region, from_name: name, type: 'textarea', value: { ...span, text: [v] } });
      }
    }
    const written = new Set(prepared.annotations.map((a) => a.id));
    for (const a of prepared.annotations) {
      if (a.kind !== 'claim' || a.by === undefined) continue;
      if (written.has(a.by)) {
        result.push({ from_id: a.id, to_id: a.by, type: 'relation', direction: 'right', labels: ['attribution'] });
      } else {
        warnings.push(`${doc.path}: ${describe(a)}: its attribution points to an annotation left out of the export; relation not written`);
      }
    }
    const data: Json = { text: prepared.normalized, document: doc.path };
    if (doc.sidecar.source !== undefined) data.source = doc.sidecar.source;
    return { data, annotations: [{ result }] };
  });
  return { files: [{ path: LABEL_STUDIO_FILE, content: JSON.stringify(tasks, null, 2) + '\n' }], warnings };
}

/**
 * Merges the regions of the Label Studio task for the target document: the
 * task whose `data.document` names it, else whose `data.text` is its text,
 * else the only task. Every annotation (and prediction) of the task is read;
 * regions several annotators drew alike are merged into one.
 */
export function importLabelStudio(content: string, target: ImportTarget & { documentPath: string }, random?: () => number): BundleImportResult {
  let root: unknown;
  try {
    root = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    throw new ImportFormatError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const tasks = (Array.isArray(root) ? root : [root]).filter((t): t is Json => isObject(t) && isObject(t.data));
  if (tasks.length === 0) throw new ImportFormatError('not Label Studio JSON (expected tasks with "data")');
  const normalized = normalizeText(target.textRaw);
  const byText = tasks.filter((t) => typeof (t.data as Json).text === 'string' && normalizeText((t.data as Json).text as string) === normalized);
  const named = documentFilter(new Set(tasks.map((t) => str((t.data as Json).document))), target.documentPath);
  const mine = tasks.filter((t) => str((t.data as Json).document) !== undefined && named(str((t.data as Json).document)));
  const chosen = mine.length > 0 ? mine : byText.length > 0 ? byText : tasks.length === 1 ? tasks : [];
  if (chosen.length === 0) throw new ImportFormatError(`no task in the file is for ${target.documentPath} (by data.document or data.text)`);
  const unplaced: Unplaced[] = [];
  const candidates: Candidate[] = [];
  for (const task of chosen) candidates.push(...taskCandidates(task, target.textRaw, unplaced));
  const otherDocuments = tasks.filter((t) => !chosen.includes(t)).length;
  return { ...mergeCandidates(target, candidates, unplaced, random), otherDocuments };
}

function taskCandidates(task: Json, targetRaw: string, unplaced: Unplaced[]): Candidate[] {
  const data = task.data as Json;
  const lists = [task.annotations, task.completions, task.predictions].flatMap((l): unknown[] => (Array.isArray(l) ? (l as unknown[]) : []));
  const items = lists.flatMap((a) => (isObject(a) && Array.isArray(a.result) ? (a.result as unknown[]) : [])).filter(isObject);
  const regions = new Map<string, { fields: Record<string, unknown>; start: number; end: number; text?: string; label?: string }>();
  const relations: { from: string; to: string }[] = [];
  items.forEach((item, i) => {
    if (item.type === 'relation') {
      const from = str(item.from_id);
      const to = str(item.to_id);
      if (from !== undefined && to !== undefined) relations.push(item.direction === 'left' ? { from: to, to: from } : { from, to });
      return;
    }
    const value = isObject(item.value) ? item.value : undefined;
    if (value === undefined || typeof value.start !== 'number' || typeof value.end !== 'number') return;
    const id = str(item.id) ?? `result ${i + 1}`;
    const region = regions.get(id) ?? { fields: {}, start: value.start, end: value.end };
    regions.set(id, region);
    const name = str(item.from_name) ?? '';
    const first = (v: unknown): string | undefined => (Array.isArray(v) ? str(v[0]) : str(v));
    if (item.type === 'labels' || Array.isArray(value.labels)) {
      region.label = first(value.labels);
      if (typeof value.text === 'string') region.text = value.text;
    } else if (Array.isArray(value.choices) && (CHOICES as readonly string[]).includes(name)) {
      region.fields[name] = first(value.choices);
    } else if (item.type === 'textarea' && (TEXTAREAS as readonly string[]).includes(name)) {
      region.fields[name] = (value.text as unknown[] | undefined)?.filter((t) => typeof t === 'string').join('\n');
    }
  });
  const spans = [...regions.values()].map((r) => ({ start: r.start, end: r.end, ...(r.text !== undefined ? { text: r.text } : {}) }));
  const convert = offsetBasis(targetRaw, 'utf16', spans, str(data.text));
  const foreignText = str(data.text);
  const candidates: Candidate[] = [];
  const byFrom = new Map(relations.map((r) => [r.from, r.to]));
  for (const [ref, r] of regions) {
    if (r.label === undefined) {
      unplaced.push({ ref, reason: 'a per-region result without a labels result for its region' });
      continue;
    }
    const start = convert(r.start);
    const end = convert(r.end);
    const text =
      r.text ?? (foreignText !== undefined ? normalizeText(foreignText.slice(r.start, r.end)) : new CodePointText(normalizeText(targetRaw)).slice(start, end));
    const kind = r.label === 'Claim' || r.label === 'Speaker' ? fromBratType(r.label) : { kind: 'entity' as const, type: entityTypeOf(r.label) };
    const fields: Candidate['fields'] = { ...r.fields, ...kind, start, end, quote: normalizeText(text), status: r.fields.status ?? 'proposed' };
    for (const [key, value] of Object.entries(fields)) if (value === undefined) delete fields[key];
    const keep = ANNOTATION_ID_PATTERN.test(ref) ? { keepId: ref } : {};
    const by = kind.kind === 'claim' ? byFrom.get(ref) : undefined;
    candidates.push({ ref, fields, ...keep, ...(by !== undefined ? { byRef: by } : {}) });
  }
  return candidates;
}

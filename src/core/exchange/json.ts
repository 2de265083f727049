/**
 * The `json` format: the full model, lossless. One bundle for the whole
 * export, so a workspace travels as one file:
 *
 *     { "format": "transcript-annotator", "version": 1,
 *       "documents": [ { "document": "news/strike.txt", "sidecar": { ...the sidecar... } } ] }
 *
 * Sidecars keep every field (ids, orphaned annotations, attributes, authors)
 * in the canonical key and annotation order, so exports diff cleanly.
 */
import { ANNOTATION_KEYS, SIDECAR_KEYS, SOURCE_KEYS, sidecarSchema, type Annotation, type Sidecar } from '../schema';
import { sortedAnnotations, sortedKeys } from '../sidecar/canonicalWriter';
import type { ExportDocument, ExportResult } from './types';

/** Default file name of a json export. */
export const JSON_FILE = 'annotations.json';
/** Value of the bundle's `format` field. */
export const JSON_FORMAT_TAG = 'transcript-annotator';

/** One document of a json bundle. */
export interface JsonDocument {
  document: string;
  sidecar: Sidecar;
  /**
   * Ids of annotations whose attributes hold a `__proto__` key, which the schema would drop
   * silently: importers report them instead (as the YAML loader does).
   */
  reserved?: string[];
}

/** One file for the whole export: the bundle, 2-space indented, with a trailing newline. */
export function exportJson(documents: readonly ExportDocument[]): ExportResult {
  const bundle = {
    format: JSON_FORMAT_TAG,
    version: 1,
    documents: documents.map((d) => ({ document: d.path, sidecar: canonicalSidecar(d.sidecar) })),
  };
  return { files: [{ path: JSON_FILE, content: JSON.stringify(bundle, null, 2) + '\n' }], warnings: [] };
}

/**
 * Reads a json export: a bundle, or a single `{ document, sidecar }`. Each
 * sidecar is checked against the schema; invalid ones are reported in
 * `problems` and left out. Never throws.
 */
export function readJsonExport(content: string): { documents: JsonDocument[]; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    return { documents: [], problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const record = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const root = record(value);
  const entries: unknown[] | undefined = Array.isArray(root?.documents) ? root.documents : root && 'sidecar' in root ? [root] : undefined;
  if (entries === undefined) return { documents: [], problems: ['not a Transcript Annotator json export (expected "documents" or "sidecar")'] };
  const documents: JsonDocument[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const e = record(entry);
    const parsed = sidecarSchema.safeParse(e?.sidecar);
    const name = typeof e?.document === 'string' ? e.document : undefined;
    if (name === undefined) problems.push(`documents[${i}]: missing "document" path`);
    else if (!parsed.success)
      problems.push(`${name}: invalid sidecar (${parsed.error.issues[0]?.message ?? 'schema'} at ${parsed.error.issues[0]?.path.join('.') ?? ''})`);
    else {
      const reserved = reservedAttributeIds(e?.sidecar);
      documents.push({ document: name, sidecar: parsed.data, ...(reserved.length > 0 ? { reserved } : {}) });
    }
  });
  return { documents, problems };
}

// JSON.parse makes `__proto__` an own key; zod's record parsing skips it without a word.
function reservedAttributeIds(sidecar: unknown): string[] {
  const annotations = typeof sidecar === 'object' && sidecar !== null ? (sidecar as { annotations?: unknown }).annotations : undefined;
  if (!Array.isArray(annotations)) return [];
  return annotations.flatMap((a: unknown) => {
    const attributes = typeof a === 'object' && a !== null ? (a as { attributes?: unknown }).attributes : undefined;
    const id = (a as { id?: unknown } | null)?.id;
    return typeof attributes === 'object' && attributes !== null && Object.prototype.hasOwnProperty.call(attributes, '__proto__') && typeof id === 'string'
      ? [id]
      : [];
  });
}

function canonicalSidecar(sidecar: Sidecar): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SIDECAR_KEYS) {
    const source = sidecar.source;
    if (key === 'source') {
      if (source !== undefined) out[key] = Object.fromEntries(SOURCE_KEYS.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
    } else {
      out[key] = key === 'annotations' ? sortedAnnotations(sidecar.annotations).map(canonicalAnnotation) : sidecar[key];
    }
  }
  return out;
}

function canonicalAnnotation(a: Annotation): Record<string, unknown> {
  const source = a as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const key of ANNOTATION_KEYS) {
    const v = source[key];
    if (v === undefined) continue;
    if (key === 'attributes' && a.attributes) {
      const attributes = a.attributes;
      out[key] = Object.fromEntries(sortedKeys(attributes).map((k) => [k, attributes[k]]));
    } else {
      out[key] = v;
    }
  }
  return out;
}

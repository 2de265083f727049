/**
 * Writes a sidecar in the canonical layout: fixed key order, annotations
 * sorted by (start, end, id), two-space indentation, `\n` line ends and a
 * trailing newline. The fast reader accepts exactly this layout.
 */
import { SOURCE_KEYS, type Annotation, type AttributeValue, type DocumentSource, type Sidecar } from '../schema';
import { formatKey, formatNumber, formatScalar, formatString } from './scalars';

/** Sort order of annotations in a sidecar: start, then end, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The annotations in canonical order (a sorted copy). */
export function sortedAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return annotations.slice().sort(compareAnnotations);
}

/** Attribute names in the order they are written (code unit order, independent of insertion order). */
export function sortedKeys(attributes: Readonly<Record<string, AttributeValue>>): string[] {
  return Object.keys(attributes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Canonical text of a sidecar. */
export function writeCanonical(sidecar: Sidecar): string {
  let out = `version: ${formatNumber(sidecar.version)}\ntext: ${formatString(sidecar.text)}\ntextHash: ${formatString(sidecar.textHash)}\n`;
  if (sidecar.source !== undefined) out += writeSource(sidecar.source);
  if (sidecar.annotations.length === 0) return out + 'annotations: []\n';
  out += 'annotations:\n';
  const previous = lastChunks;
  const chunks = new Map<string, Chunk>();
  for (const a of sortedAnnotations(sidecar.annotations)) {
    const chunk = reusedChunk(previous.get(a.id), a) ?? chunkOf(a);
    chunks.set(a.id, chunk);
    out += chunk.head + '    start: ' + formatNumber(a.start) + '\n    end: ' + formatNumber(a.end) + '\n' + chunk.tail;
  }
  lastChunks = chunks;
  return out;
}

/** One annotation's lines around its offsets, with the annotation they were written for. */
interface Chunk {
  readonly annotation: Annotation;
  readonly head: string;
  readonly tail: string;
}

// The lines of each annotation of the last sidecar written. Saving after an edit moves most
// annotations without changing anything else about them: their lines but the offsets are
// those of the last write, and escaping every quote again is most of the cost of a write.
let lastChunks = new Map<string, Chunk>();

/** The chunk written last time when every field but the offsets is the same (attributes: the same object). */
function reusedChunk(chunk: Chunk | undefined, annotation: Annotation): Chunk | undefined {
  if (chunk === undefined) return undefined;
  // Named fields, as in writeAnnotation: keyed lookups over the key list are several times slower.
  const a = annotation as AnyAnnotation;
  const b = chunk.annotation as AnyAnnotation;
  const same =
    a.quote === b.quote &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix &&
    a.kind === b.kind &&
    a.type === b.type &&
    a.status === b.status &&
    a.entity === b.entity &&
    a.speaker === b.speaker &&
    a.role === b.role &&
    a.claimType === b.claimType &&
    a.by === b.by &&
    a.verdict === b.verdict &&
    a.reviewUrl === b.reviewUrl &&
    a.note === b.note &&
    a.attributes === b.attributes &&
    a.author === b.author &&
    a.created === b.created &&
    a.modified === b.modified &&
    a.orphaned === b.orphaned &&
    a.id === b.id;
  return same ? chunk : undefined;
}

function chunkOf(annotation: Annotation): Chunk {
  const lines = writeAnnotation(annotation);
  const at = lines.indexOf('\n    start: ');
  const quote = lines.indexOf('\n    quote: ', at + 1);
  return { annotation, head: lines.slice(0, at + 1), tail: lines.slice(quote + 1) };
}

// Every field of every kind, read by name: keyed lookups over the key list are
// several times slower on 10,000 annotations of mixed shapes.
type AnyAnnotation = Partial<Record<'type' | 'entity' | 'speaker' | 'role' | 'claimType' | 'by' | 'verdict' | 'reviewUrl', string>> & Annotation;

/** `source:` and its fields in SOURCE_KEYS order (`source: {}` when it has none). */
function writeSource(source: DocumentSource): string {
  let s = '';
  for (const key of SOURCE_KEYS) {
    const v = source[key];
    if (v !== undefined) s += '  ' + key + ': ' + formatString(v) + '\n';
  }
  return s === '' ? 'source: {}\n' : 'source:\n' + s;
}

/** Canonical lines of one annotation (the order here is ANNOTATION_KEYS). */
function writeAnnotation(annotation: Annotation): string {
  const a = annotation as AnyAnnotation;
  let s = '  - id: ' + formatString(a.id) + '\n    kind: ' + formatString(a.kind) + '\n';
  if (a.type !== undefined) s += '    type: ' + formatString(a.type) + '\n';
  s += '    start: ' + formatNumber(a.start) + '\n    end: ' + formatNumber(a.end) + '\n    quote: ' + formatString(a.quote) + '\n';
  if (a.prefix !== undefined) s += '    prefix: ' + formatString(a.prefix) + '\n';
  if (a.suffix !== undefined) s += '    suffix: ' + formatString(a.suffix) + '\n';
  if (a.entity !== undefined) s += '    entity: ' + formatString(a.entity) + '\n';
  if (a.speaker !== undefined) s += '    speaker: ' + formatString(a.speaker) + '\n';
  if (a.role !== undefined) s += '    role: ' + formatString(a.role) + '\n';
  if (a.claimType !== undefined) s += '    claimType: ' + formatString(a.claimType) + '\n';
  if (a.by !== undefined) s += '    by: ' + formatString(a.by) + '\n';
  if (a.verdict !== undefined) s += '    verdict: ' + formatString(a.verdict) + '\n';
  if (a.reviewUrl !== undefined) s += '    reviewUrl: ' + formatString(a.reviewUrl) + '\n';
  s += '    status: ' + formatString(a.status) + '\n';
  if (a.note !== undefined) s += '    note: ' + formatString(a.note) + '\n';
  if (a.attributes !== undefined) s += writeAttributes(a.attributes);
  if (a.author !== undefined) s += '    author: ' + formatString(a.author) + '\n';
  if (a.created !== undefined) s += '    created: ' + formatString(a.created) + '\n';
  if (a.modified !== undefined) s += '    modified: ' + formatString(a.modified) + '\n';
  if (a.orphaned !== undefined) s += '    orphaned: ' + String(a.orphaned) + '\n';
  return s;
}

function writeAttributes(attributes: Readonly<Record<string, AttributeValue>>): string {
  const keys = sortedKeys(attributes);
  if (keys.length === 0) return '    attributes: {}\n';
  let s = '    attributes:\n';
  for (const k of keys) s += '      ' + formatKey(k) + ': ' + formatScalar(attributes[k] as AttributeValue) + '\n';
  return s;
}

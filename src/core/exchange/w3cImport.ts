/**
 * Importing W3C Web Annotations into a sidecar: the inverse of the w3c
 * exporter, and lenient enough for annotations from other tools (a single
 * Annotation, an array, a page or a collection; a TextQuoteSelector alone is
 * located in the text when it occurs once or its prefix/suffix single it out).
 */
import { CodePointText } from '../offsets';
import { normalizeText } from '../text';
import { documentFilter } from './documentMatch';
import { ImportFormatError } from './importError';
import { mergeCandidates, type BundleImportResult, type Candidate, type ImportTarget, type Unplaced } from './merge';
import { locateQuote } from './quoteSearch';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Merges the annotations of a W3C export whose `target.source` is the target
 * document into its sidecar. `documentPath` is matched exactly, else by file
 * name; a file whose annotations all share one source is taken whole.
 * Throws {@link ImportFormatError} when `content` is not Web Annotation JSON.
 */
export function importW3c(content: string, target: ImportTarget & { documentPath: string }, random?: () => number): BundleImportResult {
  let root: unknown;
  try {
    root = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    throw new ImportFormatError(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const items = annotationsIn(root);
  if (items === undefined) throw new ImportFormatError('not W3C Web Annotation JSON (no Annotation, AnnotationPage or AnnotationCollection)');
  const sourceOf = (item: Json): string | undefined => {
    const t = list(item.target)[0];
    return isObject(t) ? text(t.source) : text(t);
  };
  const wanted = documentFilter(new Set(items.map(sourceOf)), target.documentPath);
  const mine = items.filter((item) => wanted(sourceOf(item)));
  const normalized = new CodePointText(normalizeText(target.textRaw));
  const unplaced: Unplaced[] = [];
  const candidates = mine.flatMap((item, i) => candidate(item, `item ${i + 1}`, normalized, unplaced) ?? []);
  return { ...mergeCandidates(target, candidates, unplaced, random), otherDocuments: items.length - mine.length };
}

function annotationsIn(root: unknown): Json[] | undefined {
  const isAnnotation = (v: unknown): boolean => isObject(v) && list(v.type).includes('Annotation');
  const annotations = (v: unknown): Json[] => list(v).filter(isAnnotation) as Json[];
  if (Array.isArray(root)) return annotations(root);
  if (!isObject(root)) return undefined;
  if (isAnnotation(root)) return [root];
  const types = list(root.type);
  if (types.includes('AnnotationPage')) return annotations(root.items);
  if (!types.includes('AnnotationCollection')) return undefined;
  // Embedded pages only: a page given by IRI would need a download.
  const found: Json[] = [];
  for (let page = root.first, n = 0; isObject(page) && n < 10_000; page = page.next, n++) found.push(...annotations(page.items));
  return found;
}

function candidate(item: Json, fallbackRef: string, doc: CodePointText, unplaced: Unplaced[]): Candidate | undefined {
  const ref = text(item.id) ?? fallbackRef;
  const t = list(item.target)[0];
  const selectors = isObject(t) ? list(t.selector).filter(isObject) : [];
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const exact = text(quote?.exact);
  const fail = (reason: string): undefined => void unplaced.push({ ref, ...(exact !== undefined ? { quote: exact } : {}), reason });
  let start: number;
  let end: number;
  if (position && typeof position.start === 'number' && typeof position.end === 'number') {
    [start, end] = [position.start, position.end];
  } else if (exact !== undefined && exact !== '') {
    const found = locateQuote(doc, exact, text(quote?.prefix), text(quote?.suffix));
    if (typeof found === 'string') return fail(found);
    [start, end] = found;
  } else {
    return fail('no TextPositionSelector or TextQuoteSelector on its target');
  }
  const bodies = list(item.body).filter(isObject);
  const bodyValues = (purpose: string): string[] => bodies.filter((b) => b.purpose === purpose).flatMap((b) => text(b.value) ?? []);
  const kind = kindOf(text(item['ta:kind']), text(item['ta:type']) ?? entityTag(bodyValues('tagging')[0]), bodyValues('tagging')[0]);
  if (kind === undefined) return fail('neither ta:kind nor a tagging body says whether it is a claim, speaker or entity');
  const fields: Candidate['fields'] = { ...kind, start, end, quote: exact ?? doc.slice(start, end), status: item['ta:status'] ?? 'proposed' };
  const notes = [...bodyValues('commenting'), ...(text(item.bodyValue) !== undefined ? [item.bodyValue as string] : [])];
  if (notes.length > 0) fields.note = notes.join('\n');
  const identifying = bodyValues('identifying')[0];
  if (kind.kind !== 'claim' && identifying !== undefined) fields.entity = identifying;
  for (const key of ['claimType', 'speaker', 'role', 'attributes', 'verdict', 'reviewUrl'] as const)
    if (item[`ta:${key}`] !== undefined) fields[key] = item[`ta:${key}`];
  const creator = list(item.creator)[0];
  const author = isObject(creator) ? (text(creator.name) ?? text(creator.nickname)) : text(creator);
  if (author !== undefined) fields.author = author;
  if (item.created !== undefined) fields.created = item.created;
  if (item.modified !== undefined) fields.modified = item.modified;
  const byRef = text(item['ta:attributedTo']);
  return { ref, fields, ...(byRef !== undefined ? { byRef } : {}) };
}

function kindOf(kind: string | undefined, type: string | undefined, tag: string | undefined): { kind: string; type?: string } | undefined {
  if (kind !== undefined) return kind === 'entity' ? { kind, type: type ?? 'other' } : { kind };
  if (tag === undefined) return undefined;
  if (tag === 'claim' || tag === 'speaker') return { kind: tag };
  return { kind: 'entity', type: entityTag(tag) ?? tag.toLowerCase() };
}

function entityTag(tag: string | undefined): string | undefined {
  return tag?.startsWith('entity:') ? tag.slice('entity:'.length) : undefined;
}

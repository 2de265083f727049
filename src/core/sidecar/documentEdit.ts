/**
 * Saving over a hand-edited sidecar without losing its comments: the previous
 * source is edited through the `yaml` Document API. Annotation nodes are
 * matched by id and only changed fields are touched, so comments on kept
 * annotations and around the document survive; removed annotations go, new
 * ones are inserted, and the sequence is put in canonical order.
 */
import { isMap, isScalar, Pair, Scalar, YAMLMap } from 'yaml';
import { ANNOTATION_KEYS, SOURCE_KEYS, sidecarSchema, type Annotation, type AttributeValue, type DocumentSource, type Sidecar } from '../schema';
import { sortedAnnotations, sortedKeys } from './canonicalWriter';
import { sameSidecar } from './same';
import { isPlainKey, isPlainSafe } from './scalars';
import { pairOrInsert, parseForEdit, replaceItemsById } from './yamlEdit';
import { yamlRead } from './yamlReader';

const KEY_ORDER = new Map<string, number>(ANNOTATION_KEYS.map((k, i) => [k, i]));

/**
 * `previousSource` edited to hold `sidecar`, or undefined when that is not
 * possible (unparsable source) or the result would not read back as `sidecar`.
 */
export function editDocument(previousSource: string, sidecar: Sidecar): string | undefined {
  const parsed = parseForEdit(previousSource);
  if (!parsed) return undefined;
  const { doc, root } = parsed;
  for (const key of ['version', 'text', 'textHash'] as const) setField(root, key, sidecar[key], 0);
  setSource(root, sidecar.source);
  replaceItemsById(root, 'annotations', sortedAnnotations(sidecar.annotations), updateItem);
  const out = doc.toString({ lineWidth: 0 });
  return readsBackAs(out, sidecar) ? out : undefined;
}

const TOP_ORDER = new Map<string, number>([
  ['version', 0],
  ['text', 1],
  ['textHash', 2],
  ['source', 3],
  ['annotations', 4],
]);

// `source:` is edited field by field, so a comment on one of its lines stays.
function setSource(root: YAMLMap, source: DocumentSource | undefined): void {
  if (source === undefined) {
    root.delete('source');
    return;
  }
  const fresh = (): YAMLMap => {
    const map = new YAMLMap();
    fillSource(map, source);
    return map;
  };
  const pair = pairOrInsert(root, 'source', 3, TOP_ORDER, fresh);
  if (pair === undefined) return;
  if (isMap(pair.value)) fillSource(pair.value, source);
  else pair.value = fresh();
}

function fillSource(map: YAMLMap, source: DocumentSource): void {
  map.items = map.items.filter((p) => isScalar(p.key) && source[String(p.key.value) as keyof DocumentSource] !== undefined);
  SOURCE_KEYS.forEach((key, order) => {
    const value = source[key];
    if (value === undefined) return;
    const pair = pairOrInsert(map, key, order, SOURCE_ORDER, () => scalarNode(value));
    if (pair !== undefined && !(isScalar(pair.value) && pair.value.value === value)) pair.value = scalarNode(value);
  });
  map.flow = map.items.length === 0;
}

const SOURCE_ORDER = new Map<string, number>(SOURCE_KEYS.map((k, i) => [k, i]));

function readsBackAs(source: string, sidecar: Sidecar): boolean {
  const parsed = sidecarSchema.safeParse(yamlRead(source).value);
  return parsed.success && sameSidecar(parsed.data, sidecar);
}

function updateItem(map: YAMLMap, a: Annotation): void {
  const fields = a as Readonly<Record<string, unknown>>;
  // Keys the sidecar no longer has (including unknown ones) go first.
  map.items = map.items.filter((p) => {
    const key = isScalar(p.key) ? String(p.key.value) : undefined;
    return key !== undefined && KEY_ORDER.has(key) && fields[key] !== undefined;
  });
  for (const key of ANNOTATION_KEYS) {
    const value = fields[key];
    if (value !== undefined) setField(map, key, value as AttributeValue | Record<string, AttributeValue>, KEY_ORDER.get(key) ?? 0);
  }
}

function setField(map: YAMLMap, key: string, value: AttributeValue | Record<string, AttributeValue>, order: number): void {
  const pair = pairOrInsert(map, key, order, KEY_ORDER, () => valueNode(value));
  if (pair === undefined) return; // inserted fresh
  if (typeof value === 'object' && value !== null) {
    if (isMap(pair.value)) updateAttributes(pair.value, value);
    else pair.value = valueNode(value);
  } else if (!(isScalar(pair.value) && Object.is(pair.value.value, value))) {
    pair.value = valueNode(value);
  }
}

function updateAttributes(map: YAMLMap, attributes: Record<string, AttributeValue>): void {
  map.items = map.items.filter((p) => isScalar(p.key) && Object.prototype.hasOwnProperty.call(attributes, String(p.key.value)));
  for (const k of sortedKeys(attributes)) {
    const v = attributes[k] as AttributeValue;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === k);
    if (pair === undefined) map.items.push(new Pair(keyNode(k), scalarNode(v)));
    else if (!(isScalar(pair.value) && Object.is(pair.value.value, v))) pair.value = scalarNode(v);
  }
  map.flow = map.items.length === 0;
}

function valueNode(value: AttributeValue | Record<string, AttributeValue>): Scalar | YAMLMap {
  if (typeof value !== 'object' || value === null) return scalarNode(value);
  const map = new YAMLMap();
  updateAttributes(map, value);
  return map;
}

// Same style rule as the canonical writer, so new values look like written ones.
function scalarNode(v: AttributeValue): Scalar {
  const node = new Scalar(v);
  if (typeof v === 'string') node.type = isPlainSafe(v) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  return node;
}

function keyNode(k: string): Scalar {
  const node = new Scalar(k);
  node.type = isPlainKey(k) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  return node;
}

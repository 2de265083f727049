/**
 * Saving over a hand-edited registry without losing its comments: entity
 * nodes are matched by id and only changed fields are touched, the way the
 * sidecar's documentEdit does it. Removed entities go (with their comments),
 * new ones are inserted, and the sequence is put in id order.
 */
import { isScalar, isSeq, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isPlainSafe } from '../sidecar/scalars';
import { pairOrInsert, parseForEdit, replaceItemsById } from '../sidecar/yamlEdit';
import { yamlRead } from '../sidecar/yamlReader';
import { sortEntities } from './names';
import { ENTITY_KEYS, type EntityRegistry, type RegistryEntity } from './schema';
import { validateRegistry } from './validate';
import { writeRegistry } from './canonical';

const KEY_ORDER = new Map<string, number>(ENTITY_KEYS.map((k, i) => [k, i]));

/** `previousSource` edited to hold `registry`, or undefined when it cannot be (unparsable, or would not read back). */
export function editRegistryDocument(previousSource: string, registry: EntityRegistry): string | undefined {
  const parsed = parseForEdit(previousSource);
  if (!parsed) return undefined;
  const { doc, root } = parsed;
  setField(root, 'version', registry.version, 0);
  replaceItemsById(root, 'entities', sortEntities(registry.entities), updateEntity);
  const out = doc.toString({ lineWidth: 0 });
  const back = validateRegistry(yamlRead(out).value).registry;
  return back !== undefined && writeRegistry(back) === writeRegistry(registry) ? out : undefined;
}

function updateEntity(map: YAMLMap, e: RegistryEntity): void {
  const fields = e as Readonly<Record<string, unknown>>;
  // Keys the entity no longer has (unknown ones included) go first.
  map.items = map.items.filter((p) => isScalar(p.key) && KEY_ORDER.has(String(p.key.value)) && fields[String(p.key.value)] !== undefined);
  for (const key of ENTITY_KEYS) {
    const value = fields[key];
    if (value !== undefined) setField(map, key, value as string | number | readonly string[], KEY_ORDER.get(key) ?? 0);
  }
}

function setField(map: YAMLMap, key: string, value: string | number | readonly string[], order: number): void {
  const pair = pairOrInsert(map, key, order, KEY_ORDER, () => valueNode(value));
  if (pair === undefined) return; // inserted fresh
  if (Array.isArray(value)) {
    if (isSeq(pair.value)) updateList(pair.value, value);
    else pair.value = valueNode(value);
  } else if (isScalar(pair.value) && typeof value === 'string') {
    // The node is kept (with the comment after it); only its value and, when needed, its style change.
    if (pair.value.value !== value) {
      pair.value.value = value;
      pair.value.type = isPlainSafe(value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    }
  } else if (!(isScalar(pair.value) && Object.is(pair.value.value, value))) {
    pair.value = valueNode(value);
  }
}

// Alias nodes that stay keep their comments; only new strings get new nodes.
function updateList(seq: YAMLSeq, values: readonly string[]): void {
  const kept = new Map<string, unknown>();
  for (const item of seq.items) if (isScalar(item) && typeof item.value === 'string' && !kept.has(item.value)) kept.set(item.value, item);
  seq.items = values.map((v) => {
    const node = kept.get(v);
    // A node used twice would be written as a YAML anchor and alias.
    kept.delete(v);
    return node ?? scalarNode(v);
  });
  seq.flow = seq.items.length === 0 ? true : seq.flow;
}

function valueNode(value: string | number | readonly string[]): Scalar | YAMLSeq {
  if (typeof value === 'number') return new Scalar(value);
  if (typeof value === 'string') return scalarNode(value);
  const seq = new YAMLSeq();
  updateList(seq, value);
  return seq;
}

// Same style rule as the canonical writer, so new values look like written ones.
function scalarNode(v: string): Scalar {
  const node = new Scalar(v);
  node.type = isPlainSafe(v) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  return node;
}

/**
 * Editing a hand-written YAML file in place with the `yaml` Document API, shared by the
 * sidecar and the entity registry: items keep their nodes (and so their comments) by id.
 */
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';

/** The parsed document and its root mapping, or undefined when it does not parse cleanly as a mapping. */
export function parseForEdit(source: string): { doc: Document.Parsed; root: YAMLMap } | undefined {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { uniqueKeys: true, strict: true, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  const root: unknown = doc.contents;
  return doc.errors.length === 0 && isMap(root) ? { doc, root } : undefined;
}

/**
 * Makes `root[key]` the sequence of `values` in their order, reusing the existing mapping
 * node of each id so that comments on items that stay are kept; `update` fills each node.
 */
export function replaceItemsById<T extends { id: string }>(root: YAMLMap, key: string, values: readonly T[], update: (node: YAMLMap, value: T) => void): void {
  const existing: unknown = root.get(key, true);
  const seq = isSeq(existing) ? existing : new YAMLSeq();
  if (seq !== existing) root.set(key, seq);
  const byId = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (isMap(item) && typeof id === 'string' && !byId.has(id)) byId.set(id, item);
  }
  seq.items = values.map((value) => {
    const node = byId.get(value.id) ?? new YAMLMap();
    update(node, value);
    return node;
  });
  seq.flow = seq.items.length === 0;
}

/**
 * The pair of `key` in `map`, or undefined after inserting `key: node()` before the first key
 * that comes later in the canonical order (`keyOrder`), so new fields land where the writer puts them.
 */
export function pairOrInsert(map: YAMLMap, key: string, order: number, keyOrder: ReadonlyMap<string, number>, node: () => Node): Pair | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair) return pair;
  const at = map.items.findIndex((p) => isScalar(p.key) && (keyOrder.get(String(p.key.value)) ?? -1) > order);
  const fresh = new Pair(new Scalar(key), node());
  if (at < 0) map.items.push(fresh);
  else map.items.splice(at, 0, fresh);
  return undefined;
}

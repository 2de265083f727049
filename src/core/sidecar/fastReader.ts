/**
 * Line-based reader for exactly the canonical layout the writer produces,
 * roughly as fast as JSON.parse. It gives up (returns undefined) on anything
 * it does not recognise exactly (flow style, anchors, block scalars, other
 * indentation, single quotes, comments other than a leading block, CRLF...),
 * and the caller then uses the full YAML parser. Whatever it does accept, it
 * must map to the same JS value as the `yaml` package (see the property test).
 */
import { ANNOTATION_KEYS, SOURCE_KEYS } from '../schema';
import { UNKNOWN, isPlainKey, parseScalar } from './scalars';

/** What the fast reader saw, kept to locate problems without re-parsing. */
export interface FastRead {
  value: Record<string, unknown>;
  /** The source that was read. */
  source: string;
  /** Index of the line where each annotation item starts (`  - ...`). */
  itemLines: number[];
  /** Number of leading comment lines before `version:`. */
  headerLines: number;
  /** Line of `source:` and of each of its fields, when the file has one. */
  sourceLines?: { at: number; lines: number; fields: ReadonlyMap<string, number> };
}

// Not injective for long or non-ASCII keys: a hit is confirmed by comparing the key itself.
const shape = (first: number, last: number, length: number): number => (first * 128 + last) * 64 + length;
const KEY_BY_SHAPE = new Map<number, number>(ANNOTATION_KEYS.map((k, i) => [shape(k.charCodeAt(0), k.charCodeAt(k.length - 1), k.length), i]));
if (KEY_BY_SHAPE.size !== ANNOTATION_KEYS.length) throw new Error('annotation keys must differ in first letter, last letter or length');
const TOP_KEYS = ['version', 'text', 'textHash'] as const;

// Positions are scanned in place rather than splitting into lines: on 10,000
// annotations that halves the time, most of it garbage collection.
/** Parses `source` (no BOM) if it is in the canonical layout, else undefined. */
export function fastRead(source: string): FastRead | undefined {
  const n = source.length;
  if (n === 0 || source.charCodeAt(n - 1) !== 10) return undefined;
  let pos = 0;
  let line = 0;
  while (pos < n && source.charCodeAt(pos) === 35 /* # */) {
    pos = source.indexOf('\n', pos) + 1;
    line++;
  }
  const headerLines = line;
  const value: Record<string, unknown> = {};
  for (const key of TOP_KEYS) {
    const at = pos + key.length;
    if (!source.startsWith(key, pos) || source.charCodeAt(at) !== 58 || source.charCodeAt(at + 1) !== 32) return undefined;
    const eol = source.indexOf('\n', pos);
    const v = parseScalar(source.slice(at + 2, eol));
    if (v === UNKNOWN) return undefined;
    value[key] = v;
    pos = eol + 1;
    line++;
  }
  let sourceLines: FastRead['sourceLines'];
  if (source.startsWith('source:', pos)) {
    const read = readSource(source, pos, line);
    if (read === undefined) return undefined;
    value.source = read.map;
    sourceLines = { at: line, lines: read.lines, fields: read.fields };
    line += read.lines;
    pos = read.next;
  }
  const itemLines: number[] = [];
  const annotations: Record<string, unknown>[] = [];
  value.annotations = annotations;
  const done = (): FastRead => ({ value, source, itemLines, headerLines, ...(sourceLines ? { sourceLines } : {}) });
  if (source.startsWith('annotations: []\n', pos)) return pos + 16 === n ? done() : undefined;
  if (!source.startsWith('annotations:\n', pos) || pos + 13 === n) return undefined;
  pos += 13;
  line++;
  let item: Record<string, unknown> | undefined;
  let lastKey = -1;
  while (pos < n) {
    const eol = source.indexOf('\n', pos);
    if (source.startsWith('  - ', pos)) {
      item = {};
      annotations.push(item);
      itemLines.push(line);
      lastKey = -1;
    } else if (item === undefined || !source.startsWith('    ', pos)) {
      return undefined;
    }
    const keyStart = pos + 4;
    const colon = source.indexOf(':', keyStart);
    // Known keys differ in first letter, last letter or length: one table probe, one comparison.
    const order =
      colon <= keyStart || colon > eol ? undefined : KEY_BY_SHAPE.get(shape(source.charCodeAt(keyStart), source.charCodeAt(colon - 1), colon - keyStart));
    const key = order === undefined ? undefined : ANNOTATION_KEYS[order];
    // Keys must come in canonical order (which also rules out duplicates).
    if (
      key === undefined ||
      order === undefined ||
      order <= lastKey ||
      item === undefined ||
      key.length !== colon - keyStart ||
      !source.startsWith(key, keyStart)
    ) {
      return undefined;
    }
    lastKey = order;
    pos = eol + 1;
    line++;
    if (key === 'attributes' && colon + 1 === eol) {
      const attributes = readAttributes(source, pos);
      if (attributes === undefined) return undefined;
      item.attributes = attributes.map;
      pos = attributes.next;
      line += attributes.lines;
      continue;
    }
    if (source.charCodeAt(colon + 1) !== 32) return undefined;
    const text = source.slice(colon + 2, eol);
    if (key === 'attributes') {
      if (text !== '{}') return undefined;
      item.attributes = {};
      continue;
    }
    const v = parseScalar(text);
    if (v === UNKNOWN) return undefined;
    item[key] = v;
  }
  return done();
}

// `source: {}` or `source:` then `  key: value` lines, keys in SOURCE_KEYS order.
function readSource(
  source: string,
  from: number,
  firstLine: number,
): { map: Record<string, unknown>; fields: Map<string, number>; next: number; lines: number } | undefined {
  const map: Record<string, unknown> = {};
  const fields = new Map<string, number>();
  if (source.startsWith('source: {}\n', from)) return { map, fields, next: from + 11, lines: 1 };
  if (!source.startsWith('source:\n', from)) return undefined;
  let pos = from + 8;
  let lines = 1;
  let last = -1;
  while (source.startsWith('  ', pos) && !source.startsWith('  - ', pos)) {
    const eol = source.indexOf('\n', pos);
    const entry = splitEntry(source.slice(pos, eol), 2);
    const order = entry === undefined ? -1 : (SOURCE_KEYS as readonly string[]).indexOf(entry.key);
    if (entry === undefined || order <= last) return undefined;
    const v = parseScalar(entry.valueText);
    if (v === UNKNOWN) return undefined;
    map[entry.key] = v;
    fields.set(entry.key, firstLine + lines);
    last = order;
    pos = eol + 1;
    lines++;
  }
  return lines === 1 ? undefined : { map, fields, next: pos, lines };
}

function readAttributes(source: string, from: number): { map: Record<string, unknown>; next: number; lines: number } | undefined {
  const map: Record<string, unknown> = {};
  let pos = from;
  let lines = 0;
  while (source.startsWith('      ', pos)) {
    const eol = source.indexOf('\n', pos);
    const entry = splitEntry(source.slice(pos, eol), 6);
    // `__proto__` would set the prototype on a plain object: let the full path reject it.
    if (entry === undefined || entry.key === '__proto__' || Object.prototype.hasOwnProperty.call(map, entry.key)) {
      return undefined;
    }
    const v = parseScalar(entry.valueText);
    if (v === UNKNOWN) return undefined;
    map[entry.key] = v;
    pos = eol + 1;
    lines++;
  }
  return lines === 0 ? undefined : { map, next: pos, lines };
}

/** Splits `key: value` at `indent` into its key (plain or JSON-quoted) and value text. */
export function splitEntry(line: string, indent: number): { key: string; valueText: string; valueColumn: number } | undefined {
  let end: number;
  let key: string;
  if (line.charCodeAt(indent) === 34 /* " */) {
    end = closingQuote(line, indent + 1);
    if (end < 0) return undefined;
    try {
      key = JSON.parse(line.slice(indent, end + 1)) as string;
    } catch {
      return undefined;
    }
    end++;
  } else {
    end = line.indexOf(':', indent);
    if (end < 0) return undefined;
    key = line.slice(indent, end);
    if (!isPlainKey(key)) return undefined;
  }
  if (line.charCodeAt(end) !== 58 /* : */ || line.charCodeAt(end + 1) !== 32) return undefined;
  return { key, valueText: line.slice(end + 2), valueColumn: end + 2 };
}

function closingQuote(line: string, from: number): number {
  for (let j = from; j < line.length; j++) {
    const c = line.charCodeAt(j);
    if (c === 92 /* \ */) j++;
    else if (c === 34) return j;
  }
  return -1;
}

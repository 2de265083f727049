/**
 * Turns path-based issues into positioned problems, either from the `yaml`
 * document (any layout) or from the fast reader's lines (canonical layout,
 * no re-parse). Both must agree; the tests compare them.
 */
import { isAlias, isCollection, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { FILE_START, type Issue, type Path, type Problem, type Range } from '../problems';
import type { FastRead } from './fastReader';
import { splitEntry } from './fastReader';
import { firstLineRange, rangeOf, type YamlRead } from './yamlReader';

/** Finds source ranges for paths into the sidecar value. */
export interface Locator {
  /** Range of the part of the node at `path`, or undefined if there is no such node. */
  range(path: Path, part: Issue['part']): Range | undefined;
}

/** Positions every issue; an issue whose node is absent goes to the first line of its nearest ancestor. */
export function locateIssues(issues: readonly Issue[], locator: Locator): Problem[] {
  return issues.map((issue) => {
    let range = locator.range(issue.path, issue.part);
    for (let k = issue.path.length - 1; range === undefined && k >= 0; k--) {
      range = locator.range(issue.path.slice(0, k), 'item');
    }
    range ??= FILE_START;
    const to = issue.to && locator.range(issue.to, 'value');
    // Hand-edited files may put `end` before `start`: then the start alone is shown.
    const after = to && (to.endLine > range.line || (to.endLine === range.line && to.endColumn >= range.column));
    if (to && after) range = { ...range, endLine: to.endLine, endColumn: to.endColumn };
    return { severity: issue.severity, code: issue.code, message: issue.message, ...range };
  });
}

/** Locator over a parsed `yaml` document. */
export function yamlLocator(read: YamlRead): Locator {
  const doc = read.doc;
  const resolve = (n: unknown): unknown => (doc && isAlias(n) ? n.resolve(doc) : n);
  return {
    range(path, part) {
      let node: unknown = doc?.contents;
      let pair: Pair | undefined;
      for (const seg of path) {
        node = resolve(node);
        if (isMap(node)) {
          pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
          if (pair === undefined) return undefined;
          node = pair.value;
        } else if (isSeq(node) && typeof seg === 'number') {
          pair = undefined;
          node = node.items[seg];
        } else {
          return undefined;
        }
      }
      node = resolve(node);
      const keyNode = pair?.key as Node | undefined;
      const valueNode = node as Node | null | undefined;
      if (part === 'key' && keyNode?.range) return rangeOf(read, keyNode.range[0], keyNode.range[1]);
      const r = valueNode?.range;
      // `key:` with no value: point at the key rather than at an empty range.
      if (!r || (r[0] === r[1] && !isCollection(valueNode))) {
        return keyNode?.range ? rangeOf(read, keyNode.range[0], keyNode.range[1]) : path.length === 0 ? FILE_START : undefined;
      }
      if (part === 'item' || isCollection(valueNode)) return firstLineRange(read, r[0], r[1]);
      return rangeOf(read, r[0], r[1]);
    },
  };
}

const TOP_INDEX: Readonly<Record<string, number>> = { version: 0, text: 1, textHash: 2, source: 3, annotations: 3 };

/** Locator over the fast reader's lines (only valid for what the fast reader accepted). */
export function fastLocator(read: FastRead): Locator {
  const { itemLines, headerLines, sourceLines } = read;
  // Only needed once there is something to report.
  const lines = read.source.split('\n');
  const span = (line: number, column: number, endColumn?: number): Range | undefined => {
    const text = lines[line];
    return text === undefined ? undefined : { line, column, endLine: line, endColumn: endColumn ?? text.length };
  };
  return {
    range(path, part) {
      const [top, index, key, name] = path;
      if (top === undefined) return span(headerLines, 0);
      const topIndex = typeof top === 'string' ? TOP_INDEX[top] : undefined;
      if (topIndex === undefined || (top === 'source' && sourceLines === undefined)) return undefined;
      const topLine = headerLines + topIndex + (top === 'annotations' ? (sourceLines?.lines ?? 0) : 0);
      if (top === 'source' && index !== undefined) {
        const at = sourceLines?.fields.get(String(index));
        if (at === undefined) return undefined;
        return part === 'key' ? span(at, 2, 2 + String(index).length) : span(at, 2 + String(index).length + 2);
      }
      if (index === undefined) {
        if (part === 'key') return span(topLine, 0, String(top).length);
        if (top === 'source' && sourceLines && sourceLines.lines > 1) return span(topLine + 1, 2);
        if (top !== 'annotations') return span(topLine, String(top).length + 2);
        const first = itemLines[0];
        return first === undefined ? span(topLine, 13) : span(first, 2);
      }
      const start = top === 'annotations' && typeof index === 'number' ? itemLines[index] : undefined;
      if (start === undefined) return undefined;
      if (key === undefined) return span(start, 4);
      const k = String(key);
      const stop = itemLines[(index as number) + 1] ?? lines.length;
      let at = start;
      while (at < stop && !(lines[at] as string).startsWith(k + ':', 4)) at++;
      if (at === stop) return undefined;
      if (name === undefined) {
        if (part === 'key') return span(at, 4, 4 + k.length);
        if (k !== 'attributes' || (lines[at] as string).length > 4 + k.length + 1) return span(at, 4 + k.length + 2);
        return span(at + 1, 6);
      }
      for (let j = at + 1; j < stop && (lines[j] as string).startsWith('      '); j++) {
        const entry = splitEntry(lines[j] as string, 6);
        if (entry?.key === name) return part === 'key' ? span(j, 6, entry.valueColumn - 2) : span(j, entry.valueColumn);
      }
      return undefined;
    },
  };
}

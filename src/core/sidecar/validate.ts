/**
 * Schema validation of a parsed sidecar value, reporting issues by path.
 * zod issues are rephrased for people editing YAML by hand: unknown keys,
 * missing keys and unsupported versions get their own codes and messages.
 */
import type * as z from 'zod/mini';
import { quickValid } from './quickCheck';
import type { Issue, Path } from '../problems';
import { ANNOTATION_KEYS, SIDECAR_KEYS, SIDECAR_VERSION, SOURCE_KEYS, sidecarSchema, type Sidecar } from '../schema';
import { semanticIssues, type TextContext } from './semantic';

/** Result of validating a value: the sidecar if the schema accepted it, and every issue found. */
export interface Validation {
  sidecar?: Sidecar;
  issues: Issue[];
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates `value` against the schema, then (if it passes) semantically. */
export function validateSidecar(value: unknown, ctx: TextContext): Validation {
  if (!isRecord(value)) {
    return {
      issues: [
        { severity: 'error', code: 'schema', path: [], part: 'item', message: 'a sidecar must be a YAML mapping with version, text, textHash and annotations' },
      ],
    };
  }
  const version = value.version;
  if (typeof version === 'number' && version !== SIDECAR_VERSION) {
    // Other versions may have another shape entirely: do not report their fields.
    const message = `unsupported sidecar version ${version}; this extension reads version ${SIDECAR_VERSION}`;
    return { issues: [{ severity: 'error', code: 'unsupported-version', path: ['version'], part: 'value', message }] };
  }
  // The schema's answer for a well-formed file, without the cost of zod (see quickCheck.ts).
  if (quickValid(value)) return { sidecar: value, issues: semanticIssues(value, ctx) };
  const issues = reservedKeyIssues(value);
  const parsed = sidecarSchema.safeParse(value);
  if (!parsed.success) {
    for (const zi of parsed.error.issues) issues.push(...fromZod(zi, value));
    return { issues };
  }
  if (issues.length > 0) return { issues };
  return { sidecar: parsed.data, issues: semanticIssues(parsed.data, ctx) };
}

// zod skips `__proto__` record keys silently, so they are caught here.
function reservedKeyIssues(root: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const list = root.annotations;
  if (!Array.isArray(list)) return issues;
  list.forEach((a: unknown, i) => {
    const attributes = isRecord(a) ? a.attributes : undefined;
    if (isRecord(attributes) && hasOwn(attributes, '__proto__')) {
      issues.push({
        severity: 'error',
        code: 'schema',
        path: ['annotations', i, 'attributes', '__proto__'],
        part: 'key',
        message: 'attributes: "__proto__" is a reserved attribute name',
      });
    }
  });
  return issues;
}

function valueAt(root: unknown, path: Path): { parent: unknown; present: boolean; value: unknown } {
  let parent: unknown = undefined;
  let node: unknown = root;
  for (const seg of path) {
    parent = node;
    if (!isRecord(node) && !Array.isArray(node)) return { parent, present: false, value: undefined };
    if (!hasOwn(node, String(seg))) return { parent, present: false, value: undefined };
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return { parent, present: true, value: node };
}

/** `end`, `attributes.checked` or `version`: the path as a reader of one annotation sees it. */
function label(path: Path): string {
  const inItem = path[0] === 'annotations' && typeof path[1] === 'number';
  const rest = inItem ? path.slice(2) : path;
  return rest.length === 0 ? (inItem ? 'annotation' : 'sidecar') : rest.join('.');
}

function fromZod(zi: z.core.$ZodIssue, root: unknown): Issue[] {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (zi.code === 'unrecognized_keys') {
    const inSource = path.length === 1 && path[0] === 'source';
    const known: readonly string[] = path.length === 0 ? SIDECAR_KEYS : inSource ? SOURCE_KEYS : ANNOTATION_KEYS;
    const kind = path.length > 0 && !inSource ? valueAt(root, [...path, 'kind']).value : undefined;
    return zi.keys.map((key) => {
      const hint = closest(key, known);
      const message =
        hint === key && inSource
          ? `source: key ${JSON.stringify(key)} is not allowed here`
          : hint === key
            ? `key ${JSON.stringify(key)} does not belong on a ${String(kind)} annotation`
            : `unknown key ${JSON.stringify(key)}` + (hint ? ` (did you mean ${JSON.stringify(hint)}?)` : '');
      return { severity: 'error', code: 'unknown-key', path: [...path, key], part: 'key', message };
    });
  }
  const at = valueAt(root, path);
  const last = path[path.length - 1];
  if (!at.present && typeof last === 'string' && isRecord(at.parent)) {
    const message = `${label(path.slice(0, -1))}: missing required key ${JSON.stringify(last)}`;
    return [{ severity: 'error', code: 'missing-key', path: path.slice(0, -1), part: 'item', message }];
  }
  if (zi.code === 'invalid_key') {
    return [
      { severity: 'error', code: 'schema', path, part: 'key', message: `${label(path)}: invalid attribute name (${zi.issues[0]?.message ?? zi.message})` },
    ];
  }
  let detail = zi.message;
  if (zi.code === 'invalid_union' && 'note' in zi && zi.note === 'No matching discriminator') {
    detail = `expected one of claim, speaker, entity (found ${JSON.stringify(at.value)})`;
  } else if (zi.code === 'invalid_union') {
    detail = 'expected a string, number, boolean or null';
  } else if (zi.code === 'invalid_value' && zi.values.length > 1) {
    detail = `expected one of ${zi.values.join(', ')} (found ${JSON.stringify(at.value)})`;
  }
  return [{ severity: 'error', code: 'schema', path, part: 'value', message: `${label(path)}: ${detail}` }];
}

/** The known key within edit distance 2 of a typo, if any. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

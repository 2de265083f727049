/**
 * Validation of a parsed registry value, reporting issues by path so the
 * sidecar's locator can place them. Mirrors the sidecar's wording: unknown
 * keys, missing keys and other versions get their own codes.
 */
import type * as z from 'zod/mini';
import type { Issue, Path } from '../problems';
import { nameKey } from './names';
import { ENTITY_KEYS, REGISTRY_KEYS, REGISTRY_VERSION, registrySchema, type EntityRegistry } from './schema';

/** Result of {@link validateRegistry}: the registry if the schema accepted it, and every issue found. */
export interface RegistryValidation {
  registry?: EntityRegistry;
  issues: Issue[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates `value` against the registry schema, then checks ids and aliases across entities. */
export function validateRegistry(value: unknown): RegistryValidation {
  if (!isRecord(value)) {
    return { issues: [issue([], 'item', 'schema', 'an entity registry must be a YAML mapping with version and entities')] };
  }
  if (typeof value.version === 'number' && value.version !== REGISTRY_VERSION) {
    const message = `unsupported entity registry version ${value.version}; this extension reads version ${REGISTRY_VERSION}`;
    return { issues: [issue(['version'], 'value', 'unsupported-version', message)] };
  }
  const parsed = registrySchema.safeParse(value);
  if (!parsed.success) return { issues: parsed.error.issues.flatMap((zi) => fromZod(zi, value)) };
  return { registry: parsed.data, issues: crossIssues(parsed.data) };
}

/** Duplicate ids (errors) and names shared between entities or repeated within one (warnings). */
function crossIssues(registry: EntityRegistry): Issue[] {
  const issues: Issue[] = [];
  const firstIndex = new Map<string, number>();
  // Which entities are written with each name key, so an alias can name the other owner.
  const owners = new Map<string, number[]>();
  registry.entities.forEach((e, i) => {
    if (firstIndex.has(e.id)) issues.push(issue(['entities', i, 'id'], 'value', 'duplicate-id', `duplicate entity id ${e.id}`));
    else firstIndex.set(e.id, i);
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const list = owners.get(nameKey(n)) ?? [];
      if (!list.includes(i)) list.push(i);
      owners.set(nameKey(n), list);
    }
  });
  registry.entities.forEach((e, i) => {
    // Exact repeats only: a case variant is a distinct way of writing the name (see names.ts).
    const seen = new Set([e.name.normalize('NFC')]);
    (e.aliases ?? []).forEach((alias, j) => {
      const path = ['entities', i, 'aliases', j];
      const other = (owners.get(nameKey(alias)) ?? []).find((k) => k !== i);
      if (other !== undefined) {
        const message = `alias ${JSON.stringify(alias)} is also a name or alias of ${registry.entities[other]?.id ?? '?'}, so its mentions are ambiguous`;
        issues.push(issue(path, 'value', 'duplicate-alias', message, 'warning'));
      } else if (seen.has(alias.normalize('NFC'))) {
        issues.push(issue(path, 'value', 'redundant-alias', `alias ${JSON.stringify(alias)} repeats the name or an earlier alias`, 'warning'));
      }
      seen.add(alias.normalize('NFC'));
    });
  });
  return issues;
}

function issue(path: Path, part: Issue['part'], code: string, message: string, severity: Issue['severity'] = 'error'): Issue {
  return { severity, code, message, path, part };
}

function valueAt(root: unknown, path: Path): { present: boolean; parentIsRecord: boolean } {
  let node: unknown = root;
  let parentIsRecord = false;
  for (const seg of path) {
    parentIsRecord = isRecord(node);
    if (!(isRecord(node) || Array.isArray(node)) || !Object.prototype.hasOwnProperty.call(node, String(seg))) return { present: false, parentIsRecord };
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return { present: true, parentIsRecord };
}

/** `name`, `aliases.2` or `version`: the path as a reader of one entity sees it. */
function label(path: Path): string {
  const inEntity = path[0] === 'entities' && typeof path[1] === 'number';
  const rest = inEntity ? path.slice(2) : path;
  return rest.length === 0 ? (inEntity ? 'entity' : 'registry') : rest.join('.');
}

function fromZod(zi: z.core.$ZodIssue, root: unknown): Issue[] {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (zi.code === 'unrecognized_keys') {
    const known: readonly string[] = path.length === 0 ? REGISTRY_KEYS : ENTITY_KEYS;
    return zi.keys.map((key) => {
      // Typos seen in practice are case slips (`externalID`) and plurals (`alias`).
      const hint = known.find((k) => k.toLowerCase() === key.toLowerCase() || (key.length >= 3 && k.toLowerCase().startsWith(key.toLowerCase())));
      const message = `unknown key ${JSON.stringify(key)}` + (hint ? ` (did you mean ${JSON.stringify(hint)}?)` : '');
      return issue([...path, key], 'key', 'unknown-key', message);
    });
  }
  const last = path[path.length - 1];
  const at = valueAt(root, path);
  if (!at.present && typeof last === 'string' && at.parentIsRecord) {
    return [issue(path.slice(0, -1), 'item', 'missing-key', `${label(path.slice(0, -1))}: missing required key ${JSON.stringify(last)}`)];
  }
  return [issue(path, 'value', 'schema', `${label(path)}: ${zi.message}`)];
}

/**
 * The canonical layout of the registry: entities sorted by id, keys in
 * ENTITY_KEYS order, two-space indentation and the sidecar's scalar styles.
 */
import { formatNumber, formatString } from '../sidecar/scalars';
import { sortEntities } from './names';
import type { EntityRegistry, RegistryEntity } from './schema';

/** Canonical text of a registry: deterministic, `\n` line ends, a trailing newline. */
export function writeRegistry(registry: EntityRegistry): string {
  let out = `version: ${formatNumber(registry.version)}\n`;
  if (registry.entities.length === 0) return out + 'entities: []\n';
  out += 'entities:\n';
  for (const e of sortEntities(registry.entities)) out += writeEntity(e);
  return out;
}

function writeEntity(e: RegistryEntity): string {
  let s = `  - id: ${formatString(e.id)}\n    name: ${formatString(e.name)}\n    type: ${formatString(e.type)}\n`;
  if (e.aliases !== undefined) {
    s += e.aliases.length === 0 ? '    aliases: []\n' : '    aliases:\n' + e.aliases.map((a) => `      - ${formatString(a)}\n`).join('');
  }
  if (e.externalId !== undefined) s += `    externalId: ${formatString(e.externalId)}\n`;
  if (e.note !== undefined) s += `    note: ${formatString(e.note)}\n`;
  return s;
}

/** Whether two registries hold the same entities (order of entities aside), so an unchanged file is never rewritten. */
export function sameRegistry(a: EntityRegistry, b: EntityRegistry): boolean {
  return a === b || writeRegistry(a) === writeRegistry(b);
}

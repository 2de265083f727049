/**
 * How names are compared. Two notions on purpose: an alias is kept when it
 * differs in any way (findMentions is case-sensitive, so `ABADIE` is a useful
 * alias next to `Abadie`), while identity questions ("is this entity already
 * known?", "do two entities share an alias?") ignore case and apostrophe style.
 */
import { slugify } from '../annotate/spans';
import { ENTITY_ID_PATTERN, MAX_NAME_LENGTH, type EntityRegistry, type RegistryEntity } from './schema';

/** Error of a registry operation asked to do something impossible (unknown id, blank name). */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}

/** A name as stored: NFC, whitespace runs collapsed, trimmed. Throws on a blank or oversized name. */
export function cleanName(name: string): string {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean === '') throw new RegistryError('a name cannot be empty');
  if (clean.length > MAX_NAME_LENGTH) throw new RegistryError(`a name is limited to ${MAX_NAME_LENGTH} characters`);
  return clean;
}

/** Key under which two names are "the same name": case, apostrophe style and spacing ignored. */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** Name followed by the aliases: every way the entity is written. */
export function namesOf(entity: RegistryEntity): string[] {
  return [entity.name, ...(entity.aliases ?? [])];
}

/** The entity with `id`, if any. */
export function findEntity(registry: EntityRegistry, id: string): RegistryEntity | undefined {
  return registry.entities.find((e) => e.id === id);
}

/**
 * Entities called `name` (by name or alias, see {@link nameKey}): those whose
 * name matches first, then those with a matching alias, each in id order.
 */
export function lookupEntities(registry: EntityRegistry, name: string): RegistryEntity[] {
  const key = nameKey(name);
  const byName = registry.entities.filter((e) => nameKey(e.name) === key);
  const byAlias = registry.entities.filter((e) => !byName.includes(e) && (e.aliases ?? []).some((a) => nameKey(a) === key));
  return [...byName, ...byAlias];
}

/** `slugify(name)`, made unique against `taken` with a numeric suffix (`jean-luc-abadie-2`). */
export function uniqueEntityId(name: string, taken: ReadonlySet<string>): string {
  // Room is left for the suffix; slugify falls back to the name's own letters,
  // which may still include ones the pattern refuses (then a generic id).
  let base = slugify(name)
    .slice(0, MAX_NAME_LENGTH - 8)
    .replace(/-+$/, '');
  if (!ENTITY_ID_PATTERN.test(base)) base = 'entity';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Entities sorted by id in code unit order (the canonical order, independent of locale). */
export function sortEntities(entities: readonly RegistryEntity[]): RegistryEntity[] {
  return entities.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

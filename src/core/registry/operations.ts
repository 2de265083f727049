/**
 * Pure edits of the registry. Each returns a new registry (entities in id
 * order) and never mutates its input; an edit that changes nothing returns
 * the input itself, so callers can skip the write with `===`. Ids never
 * change here: sidecars refer to them.
 */
import { cleanName, findEntity, lookupEntities, RegistryError, sortEntities, uniqueEntityId } from './names';
import { MAX_ALIASES, MAX_NAME_LENGTH, type EntityRegistry, type RegistryEntity } from './schema';

/** Options of {@link renameEntity}. */
export interface RenameOptions {
  /** Keep the previous name as an alias, so mentions written that way are still found (default false: a rename usually fixes a name). */
  keepOldName?: boolean;
}

/** The registry with entity `id` called `newName`. An alias equal to the new name is dropped (it would repeat it). */
export function renameEntity(registry: EntityRegistry, id: string, newName: string, options: RenameOptions = {}): EntityRegistry {
  const entity = required(registry, id);
  const name = cleanName(newName);
  if (name === entity.name) return registry;
  let aliases = (entity.aliases ?? []).filter((a) => a !== name);
  if (options.keepOldName && !aliases.includes(entity.name)) aliases = [...aliases, entity.name];
  return replace(registry, withAliases({ ...entity, name }, aliases));
}

/** The registry with `alias` added to entity `id`; unchanged when the entity is already written exactly that way. */
export function addAlias(registry: EntityRegistry, id: string, alias: string): EntityRegistry {
  const entity = required(registry, id);
  const clean = cleanName(alias);
  const aliases = entity.aliases ?? [];
  if (clean === entity.name || aliases.includes(clean)) return registry;
  if (aliases.length >= MAX_ALIASES) throw new RegistryError(`${id} already has ${MAX_ALIASES} aliases`);
  return replace(registry, { ...entity, aliases: [...aliases, clean] });
}

/** Result of {@link ensureEntity}. */
export interface EnsureResult {
  /** The input itself when the entity was found. */
  registry: EntityRegistry;
  entity: RegistryEntity;
  created: boolean;
}

/**
 * The entity called `name`, created when there is none. `name` may also be an
 * id. Matching ignores case and apostrophe style; among several matches an
 * entity of the same type wins, and a name match wins over an alias match.
 * A found entity keeps its own type. A new one gets the slug of its name as
 * id, made unique with a suffix (`-2`) when another entity has it.
 */
export function ensureEntity(registry: EntityRegistry, wanted: { name: string; type: string }): EnsureResult {
  const byId = findEntity(registry, wanted.name.trim());
  if (byId) return { registry, entity: byId, created: false };
  const matches = lookupEntities(registry, wanted.name);
  const found = matches.find((e) => e.type === wanted.type) ?? matches[0];
  if (found) return { registry, entity: found, created: false };
  const name = cleanName(wanted.name);
  const type = wanted.type.trim();
  if (type === '' || type.length > MAX_NAME_LENGTH) throw new RegistryError('an entity needs a type');
  const entity: RegistryEntity = { id: uniqueEntityId(name, new Set(registry.entities.map((e) => e.id))), name, type };
  return { registry: { ...registry, entities: sortEntities([...registry.entities, entity]) }, entity, created: true };
}

/** The entity `id`, or a RegistryError naming it. */
export function required(registry: EntityRegistry, id: string): RegistryEntity {
  const entity = findEntity(registry, id);
  if (!entity) throw new RegistryError(`no entity with id ${JSON.stringify(id)} in the registry`);
  return entity;
}

/** The registry with the entity of the same id replaced by `entity` (the first one, if ids repeat). */
export function replace(registry: EntityRegistry, entity: RegistryEntity): EntityRegistry {
  const at = registry.entities.findIndex((e) => e.id === entity.id);
  const entities = registry.entities.slice();
  entities.splice(at < 0 ? entities.length : at, at < 0 ? 0 : 1, entity);
  return { ...registry, entities: sortEntities(entities) };
}

/** `entity` with `aliases`, the key left out when there are none (no `aliases: []` noise in the file). */
export function withAliases(entity: RegistryEntity, aliases: readonly string[]): RegistryEntity {
  const { aliases: _dropped, ...rest } = entity;
  return aliases.length === 0 ? rest : { ...rest, aliases: [...aliases] };
}

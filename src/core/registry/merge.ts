/**
 * Merging two entities found to be the same (`Abadie` and `Jean-Luc Abadie`):
 * the registry keeps `into`, whose aliases gain every way `from` was written,
 * and every sidecar mention of `from` is pointed at `into`.
 */
import { linkedEntity, type Sidecar } from '../schema';
import { findEntity, RegistryError, sortEntities } from './names';
import { withAliases } from './operations';
import { MAX_ALIASES, type EntityRegistry, type RegistryEntity } from './schema';

/** Result of {@link mergeEntities}. */
export interface MergeResult {
  registry: EntityRegistry;
  /** Only the sidecars that changed, by the caller's keys: the ones to write. */
  sidecars: Map<string, Sidecar>;
  /** Applies the same rewrite to any other sidecar (one loaded later, say); returns its input when nothing refers to `from`. */
  rewrite: (sidecar: Sidecar) => Sidecar;
}

/**
 * Merges entity `fromId` into `intoId`. In the registry: `from`'s name and
 * aliases become aliases of `into` (exact repeats dropped); `into` keeps its
 * name, type, external id and note, taking `from`'s external id and note only
 * where it has none; `from` is removed. Either id may be missing from the
 * registry, because sidecars also hold ids that were never registered: with
 * only `from` registered it is re-identified as `intoId`; with `from`
 * unregistered the registry is returned unchanged. Mentions in `sidecars`
 * (`entity: fromId`) are rewritten to `intoId`, stamped `modified: now`.
 */
export function mergeEntities(
  registry: EntityRegistry,
  sidecars: ReadonlyMap<string, Sidecar>,
  fromId: string,
  intoId: string,
  now: Date = new Date(),
): MergeResult {
  if (fromId === intoId) throw new RegistryError(`cannot merge ${fromId} into itself`);
  const rewrite = (sidecar: Sidecar): Sidecar => rewriteEntityRefs(sidecar, fromId, intoId, now);
  const changed = new Map<string, Sidecar>();
  for (const [key, sidecar] of sidecars) {
    const next = rewrite(sidecar);
    if (next !== sidecar) changed.set(key, next);
  }
  return { registry: mergedRegistry(registry, fromId, intoId), sidecars: changed, rewrite };
}

function mergedRegistry(registry: EntityRegistry, fromId: string, intoId: string): EntityRegistry {
  const from = findEntity(registry, fromId);
  if (!from) return registry;
  const into = findEntity(registry, intoId);
  const others = registry.entities.filter((e) => e.id !== fromId && e.id !== intoId);
  if (!into) return { ...registry, entities: sortEntities([...others, { ...from, id: intoId }]) };
  const aliases = [...(into.aliases ?? [])];
  for (const name of [from.name, ...(from.aliases ?? [])]) if (name !== into.name && !aliases.includes(name)) aliases.push(name);
  // Refused rather than truncated: the file would not load, and dropping names silently loses data.
  if (aliases.length > MAX_ALIASES) throw new RegistryError(`merging ${fromId} into ${intoId} would give it more than ${MAX_ALIASES} aliases`);
  const merged: RegistryEntity = withAliases(
    {
      ...into,
      ...(into.externalId === undefined && from.externalId !== undefined ? { externalId: from.externalId } : {}),
      ...(into.note === undefined && from.note !== undefined ? { note: from.note } : {}),
    },
    aliases,
  );
  return { ...registry, entities: sortEntities([...others, merged]) };
}

/** `sidecar` with every `entity: fromId` changed to `intoId`; the input itself when there is none. */
export function rewriteEntityRefs(sidecar: Sidecar, fromId: string, intoId: string, now: Date = new Date()): Sidecar {
  // Speaker turns linked to the person follow too.
  if (!sidecar.annotations.some((a) => linkedEntity(a) === fromId)) return sidecar;
  const modified = now.toISOString();
  return {
    ...sidecar,
    annotations: sidecar.annotations.map((a) => (a.kind !== 'claim' && a.entity === fromId ? { ...a, entity: intoId, modified } : a)),
  };
}

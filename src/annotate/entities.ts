/** The canonical entities known across the workspace's loaded sidecars and its entity registry. */
import { slugify } from '../core/annotate';
import { EntityRegistry, findEntity, lookupEntities } from '../core/registry';
import { SidecarStore } from '../sidecar/store';

export interface KnownEntity {
  readonly id: string;
  /** The registry name, else the most common mention text, as its display name. */
  readonly name: string;
  readonly type: string;
  readonly mentions: number;
  /** Other ways it is written, from the registry. */
  readonly aliases?: readonly string[];
}

export function knownEntities(store: SidecarStore, registry?: EntityRegistry): KnownEntity[] {
  const byId = new Map<string, { names: Map<string, number>; type: string; mentions: number }>();
  for (const state of store.all()) {
    for (const annotation of state.sidecar?.annotations ?? []) {
      if (annotation.kind !== 'entity' || !annotation.entity) continue;
      const entry = byId.get(annotation.entity) ?? { names: new Map<string, number>(), type: annotation.type, mentions: 0 };
      entry.names.set(annotation.quote, (entry.names.get(annotation.quote) ?? 0) + 1);
      entry.mentions++;
      byId.set(annotation.entity, entry);
    }
  }
  const used = [...byId].map(([id, entry]) => ({
    id,
    name: [...entry.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? id,
    type: entry.type,
    mentions: entry.mentions,
  }));
  // Registered entities are offered even before their first mention, under their registry name and type.
  const registered = (registry?.entities ?? []).map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    mentions: byId.get(entity.id)?.mentions ?? 0,
    aliases: entity.aliases ?? [],
  }));
  return [...registered, ...used.filter((entity) => !registered.some((other) => other.id === entity.id))];
}

/** How alike a known entity is to a mention: exact name 3, one inside the other 2, a shared word 1. */
export function similarity(entity: KnownEntity, mention: string): number {
  return Math.max(...[entity.name, ...(entity.aliases ?? [])].map((name) => nameSimilarity(name, entity.id, mention)));
}

function nameSimilarity(name: string, id: string, mention: string): number {
  const a = slugify(name);
  const b = slugify(mention);
  if (a === b || id === b) return 3;
  if (a.includes(b) || b.includes(a)) return 2;
  const words = new Set(a.split('-'));
  return b.split('-').some((word) => word.length > 2 && words.has(word)) ? 1 : 0;
}

/** The canonical id for `nameOrId`: a registry entity with that id, name or alias, an existing entity with that id or name, else a new slug. */
export function resolveEntity(store: SidecarStore, nameOrId: string, registry?: EntityRegistry): string {
  const registered = registry && (findEntity(registry, nameOrId) ?? lookupEntities(registry, nameOrId)[0]);
  if (registered) return registered.id;
  const known = knownEntities(store, registry);
  const exact = known.find((entity) => entity.id === nameOrId) ?? known.find((entity) => similarity(entity, nameOrId) === 3);
  return exact?.id ?? slugify(nameOrId);
}

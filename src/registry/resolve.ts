/**
 * Which canonical entity a command means: given as an id or a name (or alias) in its argument
 * object, else the one under the cursor or picked from a list. Entities used in sidecars but
 * never registered count too; commands that change them register them on the way.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { cleanName, EntityRegistry, findEntity, lookupEntities, nameKey, RegistryEntity, sortEntities } from '../core/registry';
import type { KnownEntity } from '../core/workspace';
import { entityAt } from '../references/referenceProvider';
import { Services } from '../services';
import { UserError } from '../util/userError';
import { counted } from '../core';

/** A canonical entity as the commands see it. */
export interface ResolvedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  /** Whether the registry lists it (else it is only used in sidecars). */
  readonly registered: boolean;
}

function fromRegistry(entity: RegistryEntity): ResolvedEntity {
  return { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases ?? [], registered: true };
}

/** The entity `value` names, by id first, then by name or alias (case and apostrophes aside). */
export function resolveEntityArg(services: Services, registry: EntityRegistry, value: string): ResolvedEntity {
  const registered = findEntity(registry, value) ?? lookupEntities(registry, value)[0];
  if (registered) return fromRegistry(registered);
  const known = services.index.index.entities(registry);
  const used = known.find((entity) => entity.id === value) ?? known.find((entity) => nameKey(entity.name) === nameKey(value));
  if (used) return { id: used.id, name: used.name, type: used.type, aliases: [], registered: false };
  throw new UserError(`No entity called “${value}” is in the entity registry or tagged in this workspace.`);
}

/** Asks which entity, listing the one under the cursor first; undefined when cancelled. */
export async function pickEntity(services: Services, registry: EntityRegistry, title: string, exclude?: string): Promise<ResolvedEntity | undefined> {
  const editor = vscode.window.activeTextEditor;
  const here = editor ? entityAt(services.store, editor.document, editor.selection.active) : undefined;
  const known = services.index.index.entities(registry).filter((entity) => entity.id !== exclude);
  if (known.length === 0)
    throw new UserError('No canonical entities yet: select a name in a text and run Tag Entity first.', [
      { title: 'Tag Entity', command: 'transcriptAnnotator.tagEntity' },
    ]);
  const ordered = [...known.filter((entity) => entity.id === here), ...known.filter((entity) => entity.id !== here)];
  type Item = vscode.QuickPickItem & { entity: KnownEntity };
  const items: Item[] = ordered.map((entity) => ({
    label: entity.name,
    description: `${entity.type} · ${counted(entity.mentions, 'mention')}${entity.id === here ? ' · under the cursor' : ''}`,
    detail: entity.registered ? entity.id : `${entity.id} (not in the registry yet)`,
    entity,
  }));
  const picked = await showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  const registered = findEntity(registry, picked.entity.id);
  return registered ? fromRegistry(registered) : { id: picked.entity.id, name: picked.entity.name, type: picked.entity.type, aliases: [], registered: false };
}

/** `registry` listing `entity` (added with its id, name and type when missing); the input itself when it already does. */
export function withEntity(registry: EntityRegistry, entity: { readonly id: string; readonly name: string; readonly type: string }): EntityRegistry {
  if (findEntity(registry, entity.id)) return registry;
  const added: RegistryEntity = { id: entity.id, name: cleanName(entity.name), type: entity.type.trim() || 'other' };
  return { ...registry, entities: sortEntities([...registry.entities, added]) };
}

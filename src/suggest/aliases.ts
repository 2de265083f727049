/**
 * Accepting a suggested mention that stands for a fuller name ("Abadie" for "Jean-Luc
 * Abadie", kept in `attributes.name`) teaches the registry: the entity is listed under its
 * full name with the mention as an alias, and the accepted annotation points to it. Next
 * time, suggestions find the alias as a registry mention. A role mention ("the minister") is
 * pointed to the entity too, but its words are not learned (see `isLearnableAlias`).
 */
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import { slugify } from '../core/annotate';
import { isLearnableAlias } from '../core/suggest';
import { addAlias, findEntity } from '../core/registry';
import { RefusedError } from '../refusal/refusal';
import { withEntity } from '../registry/resolve';
import { Services } from '../services';

/** The canonical entity an accepted suggestion names, when it names one the annotation does not point to yet. */
export function canonicalOf(annotation: Annotation): { id: string; name: string; type: string } | undefined {
  const name = annotation.attributes?.['name'];
  if (annotation.kind !== 'entity' || annotation.entity || typeof name !== 'string' || name === annotation.quote) return undefined;
  return { id: slugify(name), name, type: annotation.type };
}

/** Adds the entities and aliases of `accepted` to the registry of their folder (created on first use). */
export async function learnAliases(services: Services, textUri: vscode.Uri, accepted: readonly Annotation[]): Promise<void> {
  const learned = accepted.flatMap((a) => {
    const canonical = canonicalOf({ ...a, ...(a.kind === 'entity' ? { entity: undefined } : {}) });
    const alias = a.quote.replace(/\s+/gu, ' ').trim();
    // A role ("minister") is linked here but never learned: the registry would find it in every file.
    return canonical ? [{ alias: isLearnableAlias(alias, canonical.name) ? alias : undefined, canonical }] : [];
  });
  const folder = vscode.workspace.getWorkspaceFolder(textUri);
  if (!folder || learned.length === 0) return;
  try {
    await services.registry.update(folder, (registry) =>
      learned.reduce((current, { alias, canonical }) => {
        const listed = findEntity(current, canonical.id) ? current : withEntity(current, canonical);
        return alias === undefined ? listed : addAlias(listed, canonical.id, alias);
      }, registry),
    );
  } catch (error) {
    // The verdict already stands; a registry with errors or unsaved edits only costs the alias.
    if (error instanceof RefusedError) return;
    services.log.warn(`Could not add aliases to the entity registry: ${String(error)}`);
  }
}

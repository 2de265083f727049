/**
 * The people a speaker label of `uri` may be: the registry of its folder, the people other
 * files link to (from the workspace index), and what the document itself links. Shared by
 * Suggest Annotations, Tag Speaker and Tag Speaker Turns so they link labels alike.
 */
import type * as vscode from 'vscode';
import type { Annotation } from '../core';
import { SpeakerEntities, type KnownPerson } from '../core/suggest';
import type { Services } from '../services';

/** People other files of the workspace link to, for {@link SpeakerEntities}. */
export function workspacePeople(services: Services, uri: vscode.Uri): KnownPerson[] {
  const registry = services.registry.registryFor(uri);
  return services.index.index
    .entities(registry)
    .filter((e) => e.type === 'person' && e.mentions > 0)
    .map((e) => ({ id: e.id, name: e.name }));
}

/** The resolver of speaker names to canonical entities for the document `uri`. */
export function speakerEntitiesFor(services: Services, uri: vscode.Uri, annotations: readonly Annotation[]): SpeakerEntities {
  return new SpeakerEntities(annotations, services.registry.registryFor(uri), workspacePeople(services, uri));
}

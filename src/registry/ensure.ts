/**
 * After Tag Entity or Edit Annotation links a mention to a canonical entity, the registry
 * gets to know that entity (id, name, type) if it does not yet: the registry is where
 * canonical names live, and a mention should never point at an id nobody has named.
 */
import * as vscode from 'vscode';
import { RefusedError } from '../refusal/refusal';
import { Services } from '../services';
import { withEntity } from './resolve';

export interface Registration {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

/**
 * Lists each entity in the registry of `textUri`'s folder, creating the file on first use.
 * The tag itself already succeeded, so a registry with errors only earns the user a
 * message (with Open Registry), never a failed command.
 */
export async function registerEntities(services: Services, textUri: vscode.Uri, registrations: readonly Registration[]): Promise<void> {
  // Strictly the file's own folder: a file from outside the workspace writes into no registry.
  const folder = vscode.workspace.getWorkspaceFolder(textUri);
  if (!folder || registrations.length === 0) return;
  try {
    await services.registry.update(folder, (registry) => registrations.reduce((current, entity) => withEntity(current, entity), registry));
  } catch (error) {
    if (error instanceof RefusedError) return;
    services.log.warn(`Could not add ${registrations.map((entity) => entity.id).join(', ')} to the entity registry: ${String(error)}`);
  }
}

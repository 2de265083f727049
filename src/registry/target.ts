/**
 * The registry a command changes: the one of the folder holding the given or active file,
 * read afresh from disk, and refused up front when it has errors, before anything is asked
 * or any sidecar is touched.
 */
import * as vscode from 'vscode';
import { EntityRegistry } from '../core/registry';
import { RefusedError, type Refusal } from '../refusal/refusal';
import { showRefusal } from '../refusal/show';
import { Services } from '../services';
import { UserError } from '../util/userError';

export interface RegistryTarget {
  readonly folder: vscode.WorkspaceFolder;
  readonly registry: EntityRegistry;
}

export async function registryTarget(services: Services, uri: vscode.Uri | undefined): Promise<RegistryTarget> {
  const folder = services.registry.folderOf(uri ?? vscode.window.activeTextEditor?.document.uri);
  if (!folder) throw new UserError('Open a folder first: the entity registry lives at the root of a workspace folder.');
  const state = await services.registry.reload(folder);
  if (!state.registry) {
    const refusal: Refusal = { reason: 'invalid-registry', uri: state.uri, problems: state.problems };
    showRefusal(refusal);
    throw new RefusedError(refusal);
  }
  return { folder, registry: state.registry };
}

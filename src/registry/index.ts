/**
 * The entity registry's VS Code side, registered by the composition root in one call: its
 * problems in the Problems panel, reloading on disk changes, and Go to References on
 * entity mentions. The store and the index themselves are built there, as services.
 */
import * as vscode from 'vscode';
import { registerReferences } from '../references';
import { Services } from '../services';
import { RegistryDiagnostics } from './diagnostics';
import { RegistryWatcher } from './watcher';

export { RegistryStore } from './store';

export function registerRegistryFeatures(services: Services): vscode.Disposable[] {
  const diagnostics = new RegistryDiagnostics(services.registry);
  const watcher = new RegistryWatcher(services.registry);
  void watcher.loadAll().catch((error: unknown) => services.log.error(`Loading the entity registry failed: ${String(error)}`));
  return [diagnostics, watcher, ...registerReferences(services)];
}

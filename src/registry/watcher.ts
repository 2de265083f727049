/**
 * Keeps the registries in step with the disk and the workspace folders: a registry edited by
 * hand, replaced by `git checkout` or deleted is reloaded at once, and a folder added later
 * gets its registry loaded (and its problems shown) without anyone opening it.
 */
import * as vscode from 'vscode';
import { REGISTRY_FILE_NAME } from '../core/registry';
import { RegistryStore } from './store';

export class RegistryWatcher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: RegistryStore) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${REGISTRY_FILE_NAME}`);
    const onFile = (uri: vscode.Uri): void => {
      // Only the file at a folder's root is a registry; one deeper down is just a YAML file.
      const folder = this.store.folderOfRegistry(uri);
      if (folder) void this.store.reload(folder);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onFile),
      watcher.onDidChange(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.store.forget(folder);
        for (const folder of event.added) void this.store.reload(folder);
      }),
    );
  }

  /** Loads the registry of every workspace folder. */
  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.store.reload(folder)));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

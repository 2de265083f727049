/**
 * File watchers do not fire on every file system (github.dev's and other virtual ones among
 * them, or a folder excluded by `files.watcherExclude`), so sidecars and entity registries
 * changed elsewhere are also looked at when they are used: when a text, its sidecar or the
 * registry is opened or saved, and when the window gets the focus back. Only a file whose
 * content differs from what the store last read is reloaded, so this costs a read, never a
 * redraw.
 */
import * as vscode from 'vscode';
import { REGISTRY_FILE_NAME } from '../core/registry';
import { SIDECAR_SUFFIX, textNameForSidecar } from '../core';
import { RegistryStore } from '../registry/store';
import { readText } from '../util/fs';
import { SidecarStore, sidecarUriFor } from './store';
import { isAnnotatable } from './watcher';

/** What a file holds now, in the terms the stores keep (`undefined`: missing or unreadable). */
async function contentOf(uri: vscode.Uri): Promise<string | undefined> {
  const read = await readText(uri);
  return read.kind === 'ok' ? read.raw : undefined;
}

export class RefreshOnUse implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  // A check already under way for a file is not started again (a focus storm, a save and an open).
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly sidecars: SidecarStore,
    private readonly registries: RegistryStore,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.checkDocument(document.uri)),
      // A text's own save is handled by the watcher and the live tracker; a sidecar or the
      // registry saved from an editor is what a watcher on a virtual file system misses.
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.path.endsWith(SIDECAR_SUFFIX)) void this.checkDocument(document.uri);
      }),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.checkAll();
      }),
    );
  }

  /** Checks every loaded sidecar of an open text and every loaded registry against the disk. */
  async checkAll(): Promise<void> {
    const texts = vscode.workspace.textDocuments.map((document) => document.uri).filter((uri) => isAnnotatable(uri) && this.sidecars.peek(uri));
    const folders = vscode.workspace.workspaceFolders ?? [];
    await Promise.all([...texts.map((uri) => this.checkSidecar(uri)), ...folders.map((folder) => this.checkRegistry(folder))]);
  }

  private checkDocument(uri: vscode.Uri): Promise<void> {
    const registryFolder = uri.path.endsWith(`/${REGISTRY_FILE_NAME}`) ? this.registries.folderOfRegistry(uri) : undefined;
    if (registryFolder) return this.checkRegistry(registryFolder);
    if (uri.path.endsWith(SIDECAR_SUFFIX)) {
      const textPath = textNameForSidecar(uri.path);
      return textPath ? this.checkSidecar(uri.with({ path: textPath })) : Promise.resolve();
    }
    return isAnnotatable(uri) ? this.checkSidecar(uri) : Promise.resolve();
  }

  /** Reloads a text's sidecar when the file differs from the loaded state (a never-loaded one is left to first use). */
  private checkSidecar(textUri: vscode.Uri): Promise<void> {
    return this.once(`sidecar ${textUri.toString()}`, async () => {
      const state = this.sidecars.peek(textUri);
      if (!state) return;
      const now = await contentOf(sidecarUriFor(textUri));
      if (now !== state.source || (now === undefined) === state.exists) await this.sidecars.reload(textUri);
    });
  }

  private checkRegistry(folder: vscode.WorkspaceFolder): Promise<void> {
    return this.once(`registry ${folder.uri.toString()}`, async () => {
      const state = this.registries.peek(folder);
      if (!state) return;
      const now = await contentOf(state.uri);
      if (now !== state.source || (now === undefined) === state.exists) await this.registries.reload(folder);
    });
  }

  private once(key: string, check: () => Promise<void>): Promise<void> {
    const running = this.running.get(key);
    if (running) return running;
    const started = check()
      .catch(() => undefined) // a file that cannot be read now is reported by the next regular load
      .finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

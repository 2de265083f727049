/**
 * Keeps the store in step with the disk: sidecars changed outside the extension (hand edits,
 * `git checkout`, merges), text files saved or replaced, and the files the user opens.
 */
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX, textNameForSidecar } from '../core';
import { SidecarStore } from './store';

const annotatableSchemes = new Set(['file', 'vscode-remote', 'vscode-vfs', 'vscode-test-web']);

/** Whether a document may have a sidecar: a saved text file that is not itself a sidecar. */
export function isAnnotatable(uri: vscode.Uri): boolean {
  return annotatableSchemes.has(uri.scheme) && !uri.path.endsWith(SIDECAR_SUFFIX) && !uri.path.endsWith('.tmp');
}

export class SidecarWatcher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: SidecarStore) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const onSidecar = (uri: vscode.Uri): void => {
      const textPath = textNameForSidecar(uri.path);
      if (textPath) void this.store.reload(uri.with({ path: textPath }));
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onSidecar),
      watcher.onDidChange(onSidecar),
      watcher.onDidDelete(onSidecar),
      vscode.workspace.onDidOpenTextDocument((document) => this.track(document)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isAnnotatable(document.uri) && this.store.peek(document.uri)) void this.store.reload(document.uri);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.track(document);
  }

  private track(document: vscode.TextDocument): void {
    if (isAnnotatable(document.uri) && !this.store.peek(document.uri)) void this.store.get(document.uri);
  }

  /** Loads every sidecar of the workspace, so their problems show before any is opened. */
  async scanWorkspace(): Promise<void> {
    const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**', 10_000);
    for (const uri of sidecars) {
      const textPath = textNameForSidecar(uri.path);
      if (textPath) await this.store.get(uri.with({ path: textPath }));
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

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

  /** `followsEdits`: documents whose annotations the live tracker writes on save itself. */
  constructor(
    private readonly store: SidecarStore,
    private readonly followsEdits: (uri: vscode.Uri) => boolean = () => false,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const textWatcher = vscode.workspace.createFileSystemWatcher('**/*', false, false, true);
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
        if (isAnnotatable(document.uri) && this.store.peek(document.uri) && !this.followsEdits(document.uri)) void this.store.reload(document.uri);
      }),
      // Text files changed outside the editor (a git pull, a corrected transcript) are checked again.
      textWatcher,
      textWatcher.onDidChange((uri) => this.textChanged(uri)),
      textWatcher.onDidCreate((uri) => this.textChanged(uri)),
    );
    for (const document of vscode.workspace.textDocuments) this.track(document);
  }

  private textChanged(uri: vscode.Uri): void {
    if (!this.store.peek(uri)) return;
    // An open document reloads from disk and reports it as an edit; the live tracker handles that.
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return;
    void this.store.reload(uri);
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

/**
 * Registry problems in the Problems panel at their exact line and column, the same way as
 * sidecar problems: from the file on disk, and live from the editor while it is being edited.
 */
import * as vscode from 'vscode';
import { loadRegistry } from '../core/registry';
import { toDiagnostic } from '../sidecar/diagnostics';
import { RegistryState, RegistryStore } from './store';

const liveDelayMs = 250;

export class RegistryDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('transcriptAnnotator.registry');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly store: RegistryStore) {
    this.disposables.push(
      store.onDidChange((state) => this.show(state)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleLive(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Back to what the file on disk says once unsaved edits are discarded.
        const folder = store.folderOfRegistry(document.uri);
        const state = folder && store.peek(folder);
        if (state) this.show(state);
      }),
    );
  }

  private show(state: RegistryState): void {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === state.uri.toString());
    if (open?.isDirty) return; // the live problems of the unsaved text stand
    this.collection.set(state.uri, state.problems.map(toDiagnostic));
  }

  private scheduleLive(document: vscode.TextDocument): void {
    if (!this.store.folderOfRegistry(document.uri)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed || document.version !== version) return;
        this.collection.set(document.uri, loadRegistry(document.getText()).problems.map(toDiagnostic));
      }, liveDelayMs),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * Sidecar problems in the Problems panel, at their exact line and column: from the file
 * on disk, and live from the editor while a sidecar is being edited.
 */
import * as vscode from 'vscode';
import { baseName, loadSidecar, Problem, textNameForSidecar } from '../core';
import { explainTextError, readTextFile } from '../core/storage';
import { pathOf, workspaceFs } from '../util/workspaceFs';
import { SidecarState, SidecarStore } from './store';

const liveDelayMs = 250;

export function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line, problem.column, problem.endLine, problem.endColumn);
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.source = 'Transcript Annotator';
  diagnostic.code = problem.code;
  return diagnostic;
}

export class SidecarDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('transcriptAnnotator');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(store: SidecarStore) {
    this.disposables.push(
      store.onDidChange((state) => this.show(state)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleLive(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Back to what the file on disk says once unsaved edits are discarded.
        const textPath = textNameForSidecar(document.uri.path);
        const state = textPath ? store.peek(document.uri.with({ path: textPath })) : undefined;
        if (state) this.show(state);
      }),
    );
  }

  private show(state: SidecarState): void {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === state.sidecarUri.toString());
    if (open?.isDirty) return; // the live problems of the unsaved text stand
    this.collection.set(state.sidecarUri, state.problems.map(toDiagnostic));
  }

  private scheduleLive(document: vscode.TextDocument): void {
    const textPath = textNameForSidecar(document.uri.path);
    if (!textPath) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.validateLive(document, document.uri.with({ path: textPath }));
      }, liveDelayMs),
    );
  }

  private async validateLive(document: vscode.TextDocument, textUri: vscode.Uri): Promise<void> {
    const version = document.version;
    const text = await readTextFile(workspaceFs, pathOf(textUri));
    if (document.isClosed || document.version !== version) return;
    const result = loadSidecar(document.getText(), text.kind === 'ok' ? text.raw : undefined, { textFileName: baseName(textUri.path) });
    const problems = text.kind === 'error' ? explainTextError(result.problems, baseName(textUri.path), text) : result.problems;
    this.collection.set(document.uri, problems.map(toDiagnostic));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * Problems of a file we validate (a sidecar, the entity registry) in the Problems panel at
 * their exact line and column: from the file on disk as its store last read it, and live from
 * the editor while the file is being edited. One class for both; each says how to find and
 * check its files.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core';

const liveDelayMs = 250;

export function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const range = new vscode.Range(problem.line, problem.column, problem.endLine, problem.endColumn);
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
  diagnostic.source = 'Transcript Annotator';
  diagnostic.code = problem.code;
  return diagnostic;
}

/** How one kind of file is found and checked. */
export interface LiveChecks<State> {
  /** The diagnostic collection's name. */
  readonly name: string;
  /** Fires when the store (re)reads or writes a file. */
  readonly onDidChange: vscode.Event<State>;
  /** The file a state is of, and its problems as read from disk. */
  readonly fileOf: (state: State) => vscode.Uri;
  readonly problemsOf: (state: State) => readonly Problem[];
  /** The state the store holds for an open document, when it is one of these files. */
  readonly stateOf: (document: vscode.TextDocument) => State | undefined;
  /** Whether a document is one of these files, to check live as it is edited. */
  readonly isChecked: (document: vscode.TextDocument) => boolean;
  /** The problems of the document's unsaved text. */
  readonly check: (document: vscode.TextDocument) => readonly Problem[] | Promise<readonly Problem[]>;
}

export class LiveDiagnostics<State> implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  private readonly disposables: vscode.Disposable[];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly checks: LiveChecks<State>) {
    this.collection = vscode.languages.createDiagnosticCollection(checks.name);
    this.disposables = [
      this.collection,
      checks.onDidChange((state) => this.show(state)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleLive(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Back to what the file on disk says once unsaved edits are discarded.
        const state = checks.stateOf(document);
        if (state) this.show(state);
      }),
    ];
  }

  private show(state: State): void {
    const uri = this.checks.fileOf(state);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open?.isDirty) return; // the live problems of the unsaved text stand
    this.collection.set(uri, this.checks.problemsOf(state).map(toDiagnostic));
  }

  private scheduleLive(document: vscode.TextDocument): void {
    if (!this.checks.isChecked(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.checkLive(document);
      }, liveDelayMs),
    );
  }

  private async checkLive(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const problems = await this.checks.check(document);
    // Edited again (or closed) while it was checked: the newer text's check stands.
    if (document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, problems.map(toDiagnostic));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

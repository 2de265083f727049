/** Draws the annotations of every visible transcript from its sidecar. */
import * as vscode from 'vscode';
import { AnnotationKind } from '../core';
import { SidecarStore } from '../sidecar/store';
import { spansOf } from './spans';
import { createDecorationTypes, DecorationTypes, disposeDecorationTypes, kinds, statuses } from './styles';

export type DecorationRanges = Record<AnnotationKind, vscode.Range[]>;

export const gutterIconsSetting = 'transcriptAnnotator.gutterIcons';
/** Context key set while the user has hidden the highlights. */
export const highlightsHiddenKey = 'transcriptAnnotator.highlightsHidden';

const typingDelayMs = 16;

export class DecorationController implements vscode.Disposable {
  private types: DecorationTypes;
  private readonly applied = new WeakMap<vscode.TextEditor, DecorationRanges>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private hidden = false;

  /** `extensionUri` locates the gutter icons in media/. */
  constructor(private readonly store: SidecarStore, private readonly extensionUri?: vscode.Uri) {
    this.types = createDecorationTypes(this.gutterIcons());
    this.disposables.push(
      store.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(gutterIconsSetting)) return;
        // Decoration options are fixed at creation: new icons need new types.
        disposeDecorationTypes(this.types);
        this.types = createDecorationTypes(this.gutterIcons());
        this.schedule();
      }),
    );
    this.schedule();
  }

  /**
   * The ranges drawn in `editor`, by kind, whatever their status (for tests); empty while
   * the highlights are hidden.
   */
  rangesOf(editor: vscode.TextEditor): DecorationRanges {
    return this.applied.get(editor) ?? { claim: [], speaker: [], entity: [] };
  }

  /** Shows or hides every highlight; returns whether they are now shown. */
  async toggle(): Promise<boolean> {
    this.hidden = !this.hidden;
    await vscode.commands.executeCommand('setContext', highlightsHiddenKey, this.hidden);
    this.refresh();
    return !this.hidden;
  }

  private gutterIcons(): vscode.Uri | undefined {
    return this.extensionUri && vscode.workspace.getConfiguration().get<boolean>(gutterIconsSetting, false) ? this.extensionUri : undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), typingDelayMs);
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const byKind: DecorationRanges = { claim: [], speaker: [], entity: [] };
    const byLook = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const kind of kinds) for (const status of statuses) byLook.set(this.types[kind][status], []);
    if (!this.hidden) {
      for (const { annotation, range } of spansOf(this.store, editor.document)) {
        byKind[annotation.kind].push(range);
        byLook.get(this.types[annotation.kind][annotation.status])?.push(range);
      }
    }
    for (const [type, ranges] of byLook) editor.setDecorations(type, ranges);
    this.applied.set(editor, byKind);
  }

  dispose(): void {
    clearTimeout(this.timer);
    disposeDecorationTypes(this.types);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

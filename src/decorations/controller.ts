/** Draws the annotations of every visible transcript from its sidecar. */
import * as vscode from 'vscode';
import { AnnotationKind, OffsetMap } from '../core';
import { SidecarStore } from '../sidecar/store';
import { createDecorationTypes } from './styles';

export type DecorationRanges = Record<AnnotationKind, vscode.Range[]>;

const kinds: readonly AnnotationKind[] = ['claim', 'speaker', 'entity'];
const typingDelayMs = 16;

export class DecorationController implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  private readonly applied = new WeakMap<vscode.TextEditor, DecorationRanges>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: SidecarStore) {
    this.disposables.push(
      store.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) this.schedule();
      }),
    );
    this.schedule();
  }

  /** The ranges last drawn in `editor`, by kind (for tests and the review commands). */
  rangesOf(editor: vscode.TextEditor): DecorationRanges {
    return this.applied.get(editor) ?? { claim: [], speaker: [], entity: [] };
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), typingDelayMs);
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const ranges: DecorationRanges = { claim: [], speaker: [], entity: [] };
    const sidecar = this.store.peek(editor.document.uri)?.sidecar;
    if (sidecar && sidecar.annotations.length > 0) {
      const map = new OffsetMap(editor.document.getText());
      for (const annotation of sidecar.annotations) {
        if (annotation.orphaned) continue;
        const start = editor.document.positionAt(map.toUtf16(annotation.start));
        const end = editor.document.positionAt(map.toUtf16(annotation.end));
        ranges[annotation.kind].push(new vscode.Range(start, end));
      }
    }
    for (const kind of kinds) editor.setDecorations(this.types[kind], ranges[kind]);
    this.applied.set(editor, ranges);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const type of Object.values(this.types)) type.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

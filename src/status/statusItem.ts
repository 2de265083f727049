/**
 * The status bar item of the active transcript: its annotations by kind and how many are
 * still to review. Clicking it jumps to the next unreviewed annotation.
 */
import * as vscode from 'vscode';
import { languageId } from '../ids';
import { SidecarStore } from '../sidecar/store';
import { describeSummary, summarize } from '../core/status/summary';

export class AnnotationStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('transcriptAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: SidecarStore) {
    this.item.name = 'Transcript Annotator';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((state) => {
        if (state.textUri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      // A .txt becomes a transcript after it opens, once its sidecar is found.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && this.store.peek(document.uri);
    if (!document || !(document.languageId === languageId || state?.exists)) {
      this.item.hide();
      return;
    }
    if (state && state.exists && !state.sidecar) {
      this.item.text = '$(warning) Sidecar has errors';
      this.item.tooltip = 'The annotations cannot be shown until the sidecar is fixed. Click to open it.';
      this.item.command = { title: 'Open Sidecar', command: 'transcriptAnnotator.openSidecar', arguments: [document.uri] };
    } else {
      const summary = summarize(state?.sidecar?.annotations ?? []);
      this.item.text = `$(comment-discussion) ${describeSummary(summary)}`;
      this.item.tooltip = summary.toReview > 0 ? 'Go to the next annotation to review' : 'Every annotation has been reviewed';
      this.item.command = 'transcriptAnnotator.nextUnreviewed';
    }
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

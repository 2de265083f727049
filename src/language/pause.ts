/**
 * Whole-document analyses of a long text (outline, folding, boilerplate tokens) wait until
 * typing pauses. VS Code asks for them again after every edit and cancels the request when
 * the next edit comes; on a 1 MB text each costs tens to hundreds of milliseconds of the
 * extension host, so computing them per keystroke would make typing lag. Short texts are
 * answered at once.
 */
import * as vscode from 'vscode';

/** Texts up to this many UTF-16 units are analysed on every request. */
export const LONG_DOCUMENT_CHARS = 200_000;
/** How long a long text must go unedited before it is analysed again. */
export const TYPING_PAUSE_MS = 400;

export class TypingPause implements vscode.Disposable {
  private readonly lastEdit = new WeakMap<vscode.TextDocument, number>();
  private readonly listener = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.contentChanges.length > 0) this.lastEdit.set(event.document, Date.now());
  });

  /**
   * Resolves once `document` has gone {@link TYPING_PAUSE_MS} without an edit (at once for a
   * short or unedited text); throws CancellationError when VS Code withdrew the request
   * meanwhile, so no whole-text work is done for a version that is already gone.
   */
  async settled(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
    if (!isLong(document)) return;
    for (;;) {
      if (token.isCancellationRequested) throw new vscode.CancellationError();
      const wait = (this.lastEdit.get(document) ?? 0) + TYPING_PAUSE_MS - Date.now();
      if (wait <= 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        const cancelled = token.onCancellationRequested(done);
        function done(): void {
          clearTimeout(timer);
          cancelled.dispose();
          resolve();
        }
      });
    }
  }

  dispose(): void {
    this.listener.dispose();
  }
}

function isLong(document: vscode.TextDocument): boolean {
  // The offset of the end comes from VS Code's line index: no copy of the text is made.
  return document.offsetAt(new vscode.Position(document.lineCount, 0)) > LONG_DOCUMENT_CHARS;
}

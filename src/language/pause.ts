/**
 * Whole-document analyses of a long text (outline, folding, boilerplate tokens) wait until
 * typing pauses. VS Code asks for them again after every edit and cancels the request when
 * the next edit comes; on a 1 MB text each costs tens to hundreds of milliseconds of the
 * extension host, so computing them per keystroke would make typing lag. Short texts are
 * answered at once. The pause asked for grows with what the analyses of the text cost (twice
 * the longest one of the last version analysed): on a slow machine keystrokes in a 5 MB text
 * come slower than 400 ms apart, and the analyses must not run between each two of them.
 */
import * as vscode from 'vscode';

/** Texts up to this many UTF-16 units are analysed on every request. */
export const LONG_DOCUMENT_CHARS = 200_000;
/** How long a long text must go unedited before it is analysed again. */
export const TYPING_PAUSE_MS = 400;

export class TypingPause implements vscode.Disposable {
  private readonly lastEdit = new WeakMap<vscode.TextDocument, number>();
  private readonly cost = new WeakMap<vscode.TextDocument, { version: number; ms: number }>();
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
      const wait = (this.lastEdit.get(document) ?? 0) + Math.max(TYPING_PAUSE_MS, 2 * (this.cost.get(document)?.ms ?? 0)) - Date.now();
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

  /** Runs `analysis` once typing has paused ({@link settled}), recording how long it took. */
  async analyse<T>(document: vscode.TextDocument, token: vscode.CancellationToken, analysis: () => Promise<T>): Promise<T> {
    await this.settled(document, token);
    const version = document.version;
    const started = Date.now();
    const result = await analysis();
    if (document.version === version) this.took(document, Date.now() - started);
    return result;
  }

  /** Records how long an analysis of `document` took (the longest of one version counts). */
  took(document: vscode.TextDocument, ms: number): void {
    const last = this.cost.get(document);
    if (!last || last.version !== document.version || last.ms < ms) this.cost.set(document, { version: document.version, ms });
  }

  dispose(): void {
    this.listener.dispose();
  }
}

function isLong(document: vscode.TextDocument): boolean {
  // The offset of the end comes from VS Code's line index: no copy of the text is made.
  return document.offsetAt(new vscode.Position(document.lineCount, 0)) > LONG_DOCUMENT_CHARS;
}

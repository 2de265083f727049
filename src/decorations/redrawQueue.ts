/**
 * When the highlight layers draw: an editor in full on the next turn after a sidecar change or
 * when it appears (once for a burst of events), and after edits only the groups of ranges
 * (looks, colours) of the annotations VS Code could not follow, once typing pauses.
 */
import * as vscode from 'vscode';

// A sidecar change or a new editor: drawn on the next turn, once for a burst of events.
const drawDelayMs = 16;
// Groups to send again after edits: once typing pauses, so a burst of keystrokes sends them once.
const driftDelayMs = 150;

export class RedrawQueue<Group> implements vscode.Disposable {
  /** Documents (by URI) to draw in full, and groups of documents to send again. */
  private readonly full = new Set<string>();
  private readonly groups = new Map<string, Set<Group>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private driftTimer: ReturnType<typeof setTimeout> | undefined;

  /** `draw` sends an editor's ranges (of `only` those groups when given); `isDrawn` says whether it was drawn since it appeared. */
  constructor(
    private readonly draw: (editor: vscode.TextEditor, only?: ReadonlySet<Group>) => void,
    private readonly isDrawn: (editor: vscode.TextEditor) => boolean,
  ) {}

  /** Draws the editors of `key` in full on the next turn; pending groups of it are covered by that. */
  drawInFull(key: string): void {
    this.full.add(key);
    this.groups.delete(key);
    if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), drawDelayMs);
  }

  /** Sends the `groups` of `key`'s editors again once typing pauses; computed only when no full draw is pending. */
  redrawGroups(key: string, groups: () => Iterable<Group>): void {
    if (this.full.has(key)) return;
    let pending = this.groups.get(key);
    for (const group of groups()) {
      if (!pending) this.groups.set(key, (pending = new Set()));
      pending.add(group);
    }
    if (!pending) return;
    clearTimeout(this.driftTimer);
    this.driftTimer = setTimeout(() => this.flushGroups(), driftDelayMs);
  }

  private flush(): void {
    this.timer = undefined;
    const keys = new Set(this.full);
    this.full.clear();
    for (const editor of vscode.window.visibleTextEditors) if (keys.has(editor.document.uri.toString())) this.draw(editor);
  }

  private flushGroups(): void {
    this.driftTimer = undefined;
    const pending = new Map(this.groups);
    this.groups.clear();
    for (const editor of vscode.window.visibleTextEditors) {
      const groups = pending.get(editor.document.uri.toString());
      if (groups && this.isDrawn(editor)) this.draw(editor, groups);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.driftTimer);
  }
}

/**
 * When a text changed outside VS Code (a corrected transcript, a `git pull`), its annotations
 * are found again: unchanged, moved, re-attached approximately (marked proposed with the
 * reason, for review) or orphaned; nothing is deleted. One notification per change says what.
 */
import * as vscode from 'vscode';
import { sameAnnotations } from '../core';
import { checkSidecarAgainstText } from '../core/anchor';
import { Annotator } from '../annotate/annotator';
import { SidecarState, SidecarStore } from '../sidecar/store';
import { readText } from '../util/fs';

export class Reanchorer implements vscode.Disposable {
  private readonly disposable: vscode.Disposable;
  private readonly busy = new Set<string>();
  /** Text hashes already handled per file, so each change is reported once. */
  private readonly reported = new Set<string>();
  /** The last summary shown, for tests and the output channel. */
  lastSummary: string | undefined;

  constructor(
    store: SidecarStore,
    private readonly annotator: Annotator,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposable = store.onDidChange((state) => void this.check(state));
  }

  private async check(state: SidecarState): Promise<void> {
    const key = state.textUri.toString();
    if (!state.stale || this.busy.has(key)) return;
    this.busy.add(key);
    try {
      const text = await readText(state.textUri);
      if (text.kind !== 'ok') return;
      const stale = state.stale;
      const { sidecar, report } = checkSidecarAgainstText(stale, text.raw);
      let replaced = false;
      await this.annotator.change(
        state.textUri,
        'Re-anchor to the changed text',
        (current) => {
          // A sidecar replaced since it was read (a checkout writes the text, then the sidecar) is newer: kept.
          replaced = !sameAnnotations(current, stale.annotations);
          return replaced ? current : sidecar.annotations;
        },
        { replacesPositions: true },
      );
      if (replaced) return;
      const once = `${key}\u0000${sidecar.textHash}`;
      if (this.reported.has(once)) return;
      this.reported.add(once);
      this.notify(state, report);
    } catch (error) {
      this.log.error(`Re-anchoring ${key} failed: ${String(error)}`);
    } finally {
      this.busy.delete(key);
    }
  }

  private notify(state: SidecarState, report: { moved: string[]; needsReview: string[]; orphaned: string[] }): void {
    const parts = [
      report.moved.length ? `${report.moved.length} moved` : '',
      report.needsReview.length ? `${report.needsReview.length} re-attached approximately (marked for review)` : '',
      report.orphaned.length ? `${report.orphaned.length} orphaned (text gone, kept)` : '',
    ].filter(Boolean);
    const message = `${vscode.workspace.asRelativePath(state.textUri)} changed outside the editor: annotations ${parts.join(', ') || 'all still in place'}.`;
    this.log.info(message);
    this.lastSummary = message;
    const actions = report.needsReview.length || report.orphaned.length ? ['Show Annotations'] : [];
    const shown =
      report.needsReview.length || report.orphaned.length
        ? vscode.window.showWarningMessage(message, ...actions)
        : vscode.window.showInformationMessage(message);
    void shown.then((choice) => (choice === 'Show Annotations' ? vscode.commands.executeCommand('transcriptAnnotator.annotations.focus') : undefined));
  }

  dispose(): void {
    this.disposable.dispose();
  }
}

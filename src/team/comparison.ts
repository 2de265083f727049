/**
 * The comparisons in progress: for each text compared with another side, that side's
 * annotations and which disagreements the user has settled without changing the sidecar
 * (Keep Mine). What agrees and what differs is computed afresh from the current sidecar each
 * time, so Undo / Redo, edits and other writers are reflected without bookkeeping.
 */
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import { compareAnnotations, comparisonCounts, type ComparisonItem, type ComparisonStatus } from '../core/team';

/** One text being compared. */
export interface ComparisonSession {
  readonly textUri: vscode.Uri;
  /** What the other side is, as shown to the user (a revision, a path). */
  readonly label: string;
  readonly theirs: readonly Annotation[];
  /** `m:<id>` and `t:<id>` of annotations whose disagreement was settled by keeping mine. */
  readonly settled: Set<string>;
}

/** An item and whether it still needs a decision. */
export interface ShownItem {
  readonly item: ComparisonItem;
  readonly open: boolean;
}

/** What the compare commands return (for tests, keybinding macros and scripts). */
export interface ComparisonSnapshot {
  readonly uri: string;
  readonly with: string;
  readonly counts: Record<ComparisonStatus, number>;
  /** Disagreements still to settle. */
  readonly open: number;
  readonly items: { status: ComparisonStatus; open: boolean; mine?: string; theirs?: string; fields: readonly string[]; start: number; end: number }[];
}

const isOpen = (session: ComparisonSession, item: ComparisonItem): boolean =>
  item.status !== 'agree' && !((!item.mine || session.settled.has(`m:${item.mine.id}`)) && (!item.theirs || session.settled.has(`t:${item.theirs.id}`)));

class Comparisons implements vscode.Disposable {
  private readonly sessions = new Map<string, ComparisonSession>();
  // Keyed by the store's annotation array, which is replaced, never changed, on every write.
  private readonly cache = new WeakMap<readonly Annotation[], ComparisonItem[]>();
  private readonly cachedFor = new WeakMap<readonly Annotation[], ComparisonSession>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the text whose comparison started, changed or ended. */
  readonly onDidChange = this.changed.event;

  start(textUri: vscode.Uri, label: string, theirs: readonly Annotation[]): ComparisonSession {
    const session: ComparisonSession = { textUri, label, theirs, settled: new Set() };
    this.sessions.set(textUri.toString(), session);
    this.changed.fire(textUri);
    return session;
  }

  get(textUri: vscode.Uri): ComparisonSession | undefined {
    return this.sessions.get(textUri.toString());
  }

  end(textUri: vscode.Uri): boolean {
    const ended = this.sessions.delete(textUri.toString());
    if (ended) this.changed.fire(textUri);
    return ended;
  }

  /** Marks the item's annotations settled as they are. */
  settle(session: ComparisonSession, item: ComparisonItem): void {
    if (item.mine) session.settled.add(`m:${item.mine.id}`);
    if (item.theirs) session.settled.add(`t:${item.theirs.id}`);
    this.changed.fire(session.textUri);
  }

  /** Tells listeners that the sidecar of a compared text changed. */
  touch(textUri: vscode.Uri): void {
    if (this.sessions.has(textUri.toString())) this.changed.fire(textUri);
  }

  /**
   * Every item of the text's comparison against `mine`, or undefined when it is not compared.
   * None while my sidecar is missing or invalid (`mine` undefined): its annotations are unknown,
   * and showing all of theirs as missing from mine would invite taking them over a broken file.
   */
  items(textUri: vscode.Uri, mine: readonly Annotation[] | undefined): ShownItem[] | undefined {
    const session = this.get(textUri);
    if (!session) return undefined;
    if (!mine) return [];
    // Hovers, highlights and the view ask for the same sidecar state many times between changes.
    let items = this.cache.get(mine);
    if (!items || this.cachedFor.get(mine) !== session) {
      items = compareAnnotations(mine, session.theirs);
      this.cache.set(mine, items);
      this.cachedFor.set(mine, session);
    }
    return items.map((item) => ({ item, open: isOpen(session, item) }));
  }

  snapshot(textUri: vscode.Uri, mine: readonly Annotation[] | undefined): ComparisonSnapshot | undefined {
    const session = this.get(textUri);
    const shown = this.items(textUri, mine);
    if (!session || !shown) return undefined;
    const items = shown.map(({ item, open }) => {
      const at = (item.mine ?? item.theirs) as Annotation;
      return {
        status: item.status,
        open,
        ...(item.mine ? { mine: item.mine.id } : {}),
        ...(item.theirs ? { theirs: item.theirs.id } : {}),
        fields: item.fields,
        start: at.start,
        end: at.end,
      };
    });
    return {
      uri: textUri.toString(),
      with: session.label,
      counts: comparisonCounts(shown.map((s) => s.item)),
      open: items.filter((i) => i.open).length,
      items,
    };
  }

  dispose(): void {
    this.sessions.clear();
    this.changed.dispose();
  }
}

/** The comparisons of this window (one per compared text). */
export const comparisons = new Comparisons();

/**
 * Which kinds and statuses the Annotations view shows. A context key mirrors whether a
 * filter is on, so the view title can show a "clear filter" action and its own welcome text.
 */
import * as vscode from 'vscode';
import { Annotation, AnnotationKind, AnnotationStatus, pluralOf } from '../core';
import { kinds, statuses } from '../decorations/styles';

export const filteredKey = 'transcriptAnnotator.annotationsFiltered';

export class AnnotationFilter implements vscode.Disposable {
  private shownKinds = new Set<AnnotationKind>(kinds);
  private shownStatuses = new Set<AnnotationStatus>(statuses);
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  get isActive(): boolean {
    return this.shownKinds.size < kinds.length || this.shownStatuses.size < statuses.length;
  }

  matches(annotation: Annotation): boolean {
    return this.shownKinds.has(annotation.kind) && this.shownStatuses.has(annotation.status);
  }

  /** "claims, speakers · proposed": what the view says while filtered. */
  describe(): string {
    const parts = [
      this.shownKinds.size < kinds.length ? kinds.filter((kind) => this.shownKinds.has(kind)).map((kind) => pluralOf(kind)).join(', ') || 'no kinds' : '',
      this.shownStatuses.size < statuses.length ? statuses.filter((status) => this.shownStatuses.has(status)).join(', ') || 'no statuses' : '',
    ];
    return parts.filter(Boolean).join(' · ');
  }

  async set(shownKinds: Iterable<AnnotationKind>, shownStatuses: Iterable<AnnotationStatus>): Promise<void> {
    this.shownKinds = new Set(shownKinds);
    this.shownStatuses = new Set(shownStatuses);
    await vscode.commands.executeCommand('setContext', filteredKey, this.isActive);
    this.changed.fire();
  }

  clear(): Promise<void> {
    return this.set(kinds, statuses);
  }

  /**
   * Asks for the kinds and statuses to show in one multi-select pick, or takes them from
   * `{ kinds, statuses }` (tests, keybindings); a list left out keeps its current value.
   */
  async choose(argument: unknown): Promise<void> {
    const given = (typeof argument === 'object' && argument !== null ? argument : {}) as { kinds?: unknown; statuses?: unknown };
    if (Array.isArray(given.kinds) || Array.isArray(given.statuses)) {
      return this.set(listed(given.kinds, kinds, this.shownKinds), listed(given.statuses, statuses, this.shownStatuses));
    }
    type Item = vscode.QuickPickItem & { shows?: AnnotationKind | AnnotationStatus };
    const separator = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const items: Item[] = [
      separator('Kinds'),
      ...kinds.map((kind): Item => ({ label: pluralOf(kind), shows: kind, picked: this.shownKinds.has(kind) })),
      separator('Statuses'),
      ...statuses.map((status): Item => ({ label: status, shows: status, picked: this.shownStatuses.has(status) })),
    ];
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Show annotations of these kinds and statuses' });
    if (!picked) return;
    const shown = picked.map((item) => item.shows);
    // Nothing ticked in a group means no filter on it: an empty view is never what was meant.
    const pickedKinds = kinds.filter((kind) => shown.includes(kind));
    const pickedStatuses = statuses.filter((status) => shown.includes(status));
    await this.set(pickedKinds.length > 0 ? pickedKinds : kinds, pickedStatuses.length > 0 ? pickedStatuses : statuses);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The members of `all` that `value` lists, or `current` when `value` is not a list. */
function listed<T extends string>(value: unknown, all: readonly T[], current: ReadonlySet<T>): T[] {
  return Array.isArray(value) ? all.filter((item) => (value as unknown[]).includes(item)) : [...current];
}

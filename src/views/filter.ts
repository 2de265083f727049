/**
 * Which kinds, statuses and authors the Annotations view shows. A context key mirrors whether a
 * filter is on, so the view title can show a "clear filter" action and its own welcome text.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { Annotation, AnnotationKind, AnnotationStatus, pluralOf } from '../core';
import { kinds, statuses } from '../decorations/styles';
import { contextKeys } from '../ids';

export const filteredKey = contextKeys.annotationsFiltered;

/** How an annotation without `author` is listed among the authors. */
export const noAuthorLabel = '(no author)';

export class AnnotationFilter implements vscode.Disposable {
  private shownKinds = new Set<AnnotationKind>(kinds);
  private shownStatuses = new Set<AnnotationStatus>(statuses);
  /** Undefined: every author, including none. `''` stands for annotations without an author. */
  private shownAuthors: ReadonlySet<string> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** `authors` lists the authors found in the workspace, for the picker. */
  constructor(private readonly authors: () => readonly string[] = () => []) {}

  get isActive(): boolean {
    return this.shownKinds.size < kinds.length || this.shownStatuses.size < statuses.length || this.shownAuthors !== undefined;
  }

  matches(annotation: Annotation): boolean {
    return this.shownKinds.has(annotation.kind) && this.shownStatuses.has(annotation.status) && (this.shownAuthors?.has(annotation.author ?? '') ?? true);
  }

  /** "claims, speakers · proposed": what the view says while filtered. */
  describe(): string {
    const parts = [
      this.shownKinds.size < kinds.length
        ? kinds
            .filter((kind) => this.shownKinds.has(kind))
            .map((kind) => pluralOf(kind))
            .join(', ') || 'no kinds'
        : '',
      this.shownStatuses.size < statuses.length ? statuses.filter((status) => this.shownStatuses.has(status)).join(', ') || 'no statuses' : '',
      this.shownAuthors ? `by ${[...this.shownAuthors].map((name) => name || noAuthorLabel).join(', ') || 'nobody'}` : '',
    ];
    return parts.filter(Boolean).join(' · ');
  }

  async set(shownKinds: Iterable<AnnotationKind>, shownStatuses: Iterable<AnnotationStatus>, shownAuthors?: Iterable<string>): Promise<void> {
    this.shownKinds = new Set(shownKinds);
    this.shownStatuses = new Set(shownStatuses);
    this.shownAuthors = shownAuthors === undefined ? undefined : new Set(shownAuthors);
    await vscode.commands.executeCommand('setContext', filteredKey, this.isActive);
    this.changed.fire();
  }

  clear(): Promise<void> {
    return this.set(kinds, statuses);
  }

  /**
   * Asks for the kinds, statuses and authors to show in one multi-select pick, or takes them
   * from `{ kinds, statuses, authors }` (tests, keybindings; `""` in `authors` means no author);
   * a list left out keeps its current value.
   */
  async choose(argument: unknown): Promise<void> {
    const given = (typeof argument === 'object' && argument !== null ? argument : {}) as { kinds?: unknown; statuses?: unknown; authors?: unknown };
    if (Array.isArray(given.kinds) || Array.isArray(given.statuses) || Array.isArray(given.authors)) {
      const authors = Array.isArray(given.authors) ? given.authors.filter((name): name is string => typeof name === 'string') : this.shownAuthors;
      return this.set(listed(given.kinds, kinds, this.shownKinds), listed(given.statuses, statuses, this.shownStatuses), authors);
    }
    const known = [...new Set(this.authors())].sort((a, b) => a.localeCompare(b));
    type Item = vscode.QuickPickItem & { shows?: AnnotationKind | AnnotationStatus; author?: string };
    const separator = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const items: Item[] = [
      separator('Kinds'),
      ...kinds.map((kind): Item => ({ label: pluralOf(kind), shows: kind, picked: this.shownKinds.has(kind) })),
      separator('Statuses'),
      ...statuses.map((status): Item => ({ label: status, shows: status, picked: this.shownStatuses.has(status) })),
      ...(known.length > 0 ? [separator('Authors')] : []),
      ...known.map((name): Item => ({ label: name || noAuthorLabel, author: name, picked: this.shownAuthors?.has(name) ?? false })),
    ];
    const picked = await showQuickPick(items, { canPickMany: true, title: 'Show annotations of these kinds, statuses and authors' });
    if (!picked) return;
    const shown = picked.map((item) => item.shows);
    // Nothing ticked in a group means no filter on it: an empty view is never what was meant.
    const pickedKinds = kinds.filter((kind) => shown.includes(kind));
    const pickedStatuses = statuses.filter((status) => shown.includes(status));
    const pickedAuthors = picked.flatMap((item) => (item.author === undefined ? [] : [item.author]));
    await this.set(
      pickedKinds.length > 0 ? pickedKinds : kinds,
      pickedStatuses.length > 0 ? pickedStatuses : statuses,
      pickedAuthors.length > 0 ? pickedAuthors : undefined,
    );
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The members of `all` that `value` lists, or `current` when `value` is not a list. */
function listed<T extends string>(value: unknown, all: readonly T[], current: ReadonlySet<T>): T[] {
  return Array.isArray(value) ? all.filter((item) => (value as unknown[]).includes(item)) : [...current];
}

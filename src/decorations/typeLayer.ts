/**
 * The colour layer of entity mentions: a background per entity type (typeColors.ts), drawn
 * under the kind and status looks of styles.ts (borders, outlines, dimming). Its own
 * decoration types, one per colour, made again only when the colours' settings change.
 * Rejected mentions get no type colour: they stay dimmed and grey.
 */
import * as vscode from 'vscode';
import { SidecarStore } from '../sidecar/store';
import { spansOf } from './spans';
import { asColor, colorOfType, TypeColor, typeColors, typeColorsSetting } from './typeColors';

const typingDelayMs = 16;

export class EntityTypeLayer implements vscode.Disposable {
  private colors: TypeColor[] = typeColors();
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly drawn = new WeakMap<vscode.TextEditor, Map<string, vscode.Range[]>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the colours change (the legend redraws). */
  readonly onDidChangeColors = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private hidden = false;

  constructor(private readonly store: SidecarStore) {
    this.disposables.push(
      this.changed,
      store.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(typeColorsSetting) && !event.affectsConfiguration('transcriptAnnotator.entityTypes')) return;
        for (const type of this.types.values()) type.dispose();
        this.types.clear();
        this.colors = typeColors();
        this.changed.fire();
        this.schedule();
      }),
    );
    this.schedule();
  }

  /** Follows Toggle Annotation Highlights. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.refresh();
  }

  /** Every entity type and its colour, for the legend. */
  legend(): readonly TypeColor[] {
    return this.colors;
  }

  /** The ranges drawn in `editor` by colour (theme colour id or hex), for tests. */
  rangesOf(editor: vscode.TextEditor): Record<string, vscode.Range[]> {
    return Object.fromEntries(this.drawn.get(editor) ?? []);
  }

  private typeFor(color: string): vscode.TextEditorDecorationType {
    let type = this.types.get(color);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({ backgroundColor: asColor(color), borderRadius: '2px' });
      this.types.set(color, type);
    }
    return type;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), typingDelayMs);
  }

  private refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const byColor = new Map<string, vscode.Range[]>();
      for (const { annotation, range } of this.hidden ? [] : spansOf(this.store, editor.document)) {
        if (annotation.kind !== 'entity' || annotation.status === 'rejected') continue;
        const color = colorOfType(this.colors, annotation.type);
        byColor.set(color, [...(byColor.get(color) ?? []), range]);
      }
      for (const [color, type] of this.types) if (!byColor.has(color)) editor.setDecorations(type, []);
      for (const [color, ranges] of byColor) editor.setDecorations(this.typeFor(color), ranges);
      this.drawn.set(editor, byColor);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const type of this.types.values()) type.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

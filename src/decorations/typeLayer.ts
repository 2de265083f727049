/**
 * The colour layer of entity mentions: a background per entity type (typeColors.ts), drawn
 * under the kind and status looks of styles.ts (borders, outlines, dimming). Its own
 * decoration types, one per colour, made again only when the colours' settings change.
 * Rejected mentions get no type colour: they stay dimmed and grey.
 */
import * as vscode from 'vscode';
import type { Annotation, EntityAnnotation } from '../core';
import type { LiveMove } from '../anchor/live';
import { SidecarStore } from '../sidecar/store';
import { annotationsOf, spansOf, spansWhere } from './spans';
import { asColor, colorOfType, TypeColor, typeColors, typeColorsSetting } from './typeColors';
import { RedrawQueue } from './redrawQueue';

const coloured = (annotation: Annotation): annotation is EntityAnnotation => annotation.kind === 'entity' && annotation.status !== 'rejected';

export class EntityTypeLayer implements vscode.Disposable {
  private colors: TypeColor[] = typeColors();
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  /** Editors drawn since they appeared; their ranges by colour are computed when asked and dropped on edits. */
  private readonly drawn = new WeakMap<vscode.TextEditor, { byColor: Map<string, vscode.Range[]> | undefined }>();
  // As the kind and status looks: an edit sends nothing (VS Code moves the ranges), only the
  // colours of annotations VS Code could not follow are sent again once typing pauses.
  private readonly queue = new RedrawQueue<string>(
    (editor, only) => this.decorate(editor, only),
    (editor) => this.drawn.has(editor),
  );
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the colours change (the legend redraws). */
  readonly onDidChangeColors = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private hidden = false;

  constructor(private readonly store: SidecarStore) {
    this.disposables.push(
      this.changed,
      store.onDidChange((state) => this.schedule(state.textUri.toString())),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (!this.drawn.has(editor)) this.schedule(editor.document.uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        for (const editor of vscode.window.visibleTextEditors) {
          const drawn = editor.document === event.document ? this.drawn.get(editor) : undefined;
          if (drawn) drawn.byColor = undefined;
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(typeColorsSetting) && !event.affectsConfiguration('transcriptAnnotator.entityTypes')) return;
        for (const type of this.types.values()) type.dispose();
        this.types.clear();
        this.colors = typeColors();
        this.changed.fire();
        this.refresh();
      }),
    );
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document.uri.toString());
  }

  /** Follows the live tracker's reports of annotations VS Code's ranges did not follow. */
  followDrift(onDidDrift: vscode.Event<LiveMove>): void {
    this.disposables.push(onDidDrift((move) => this.drift(move)));
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
    const drawn = this.drawn.get(editor);
    if (!drawn || this.hidden) return {};
    if (!drawn.byColor) {
      const byColor = new Map<string, vscode.Range[]>();
      for (const { annotation, range } of spansOf(this.store, editor.document)) {
        if (!coloured(annotation)) continue;
        const color = colorOfType(this.colors, annotation.type);
        let ranges = byColor.get(color);
        if (!ranges) byColor.set(color, (ranges = []));
        ranges.push(range);
      }
      drawn.byColor = byColor;
    }
    return Object.fromEntries(drawn.byColor);
  }

  private typeFor(color: string): vscode.TextEditorDecorationType {
    let type = this.types.get(color);
    if (!type) {
      // Closed edges, as the kind and status looks: text typed at an edge stays outside, as the live tracker places it.
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: asColor(color),
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(color, type);
    }
    return type;
  }

  private schedule(key: string): void {
    this.queue.drawInFull(key);
  }

  private drift(move: LiveMove): void {
    this.queue.redrawGroups(move.document.uri.toString(), () => {
      const ids = new Set(move.ids);
      return annotationsOf(this.store, move.document.uri)
        .filter((annotation) => ids.has(annotation.id) && annotation.kind === 'entity')
        .map((annotation) => colorOfType(this.colors, (annotation as EntityAnnotation).type));
    });
  }

  private refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  /** Sends the ranges of `only` those colours, or of all of them. */
  private decorate(editor: vscode.TextEditor, only?: ReadonlySet<string>): void {
    const byColor = new Map<string, vscode.Range[]>();
    for (const color of only ?? []) byColor.set(color, []);
    if (!this.hidden) {
      const keep = (annotation: Annotation): boolean => coloured(annotation) && (!only || only.has(colorOfType(this.colors, annotation.type)));
      for (const { annotation, range } of spansWhere(this.store, editor.document, keep)) {
        const color = colorOfType(this.colors, (annotation as EntityAnnotation).type);
        let ranges = byColor.get(color);
        if (!ranges) byColor.set(color, (ranges = []));
        ranges.push(range);
      }
    }
    if (!only) for (const [color, type] of this.types) if (!byColor.has(color)) editor.setDecorations(type, []);
    for (const [color, ranges] of byColor) editor.setDecorations(this.typeFor(color), ranges);
    this.drawn.set(editor, { byColor: undefined });
  }

  dispose(): void {
    this.queue.dispose();
    for (const type of this.types.values()) type.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

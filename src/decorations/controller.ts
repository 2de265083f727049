/**
 * Draws the annotations of every visible transcript. VS Code moves decoration ranges with the
 * text itself, so an edit sends nothing: an editor is drawn in full when it appears or its
 * sidecar changes, and after an edit only the looks (kind and status) of the few annotations
 * VS Code could not follow (see `LiveMove`) are sent again, batched.
 */
import * as vscode from 'vscode';
import { Annotation, AnnotationKind, AnnotationStatus } from '../core';
import { LiveMove } from '../anchor/live';
import { SidecarStore } from '../sidecar/store';
import { annotationsOf, spansWhere } from './spans';
import { createDecorationTypes, DecorationTypes, disposeDecorationTypes, kinds, statuses } from './styles';
import { contextKeys, settingId } from '../ids';
import { RedrawQueue } from './redrawQueue';

export type DecorationRanges = Record<AnnotationKind, vscode.Range[]>;

export const gutterIconsSetting = settingId('gutterIcons');
/** Context key set while the user has hidden the highlights. */
export const highlightsHiddenKey = contextKeys.highlightsHidden;

type Look = `${AnnotationKind}/${AnnotationStatus}`;
const lookOf = (annotation: Annotation): Look => `${annotation.kind}/${annotation.status}`;

export class DecorationController implements vscode.Disposable {
  private types: DecorationTypes;
  /** Editors drawn since they appeared, with what they show by kind (computed when asked, dropped on edits). */
  private readonly drawn = new WeakMap<vscode.TextEditor, { ranges: DecorationRanges | undefined }>();
  private readonly queue = new RedrawQueue<Look>(
    (editor, only) => this.decorate(editor, only),
    (editor) => this.drawn.has(editor),
  );
  private readonly disposables: vscode.Disposable[] = [];
  private hidden = false;

  /** `extensionUri` locates the gutter icons in media/. */
  constructor(
    private readonly store: SidecarStore,
    private readonly extensionUri?: vscode.Uri,
  ) {
    this.types = createDecorationTypes(this.gutterIcons());
    this.disposables.push(
      store.onDidChange((state) => this.schedule(state.textUri.toString())),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (!this.drawn.has(editor)) this.schedule(editor.document.uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document === event.document) {
            const drawn = this.drawn.get(editor);
            if (drawn) drawn.ranges = undefined;
          }
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(gutterIconsSetting)) return;
        // Decoration options are fixed at creation: new icons need new types.
        disposeDecorationTypes(this.types);
        this.types = createDecorationTypes(this.gutterIcons());
        this.refresh();
      }),
    );
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document.uri.toString());
  }

  /** Follows the live tracker's reports of annotations VS Code's ranges did not follow. */
  followDrift(onDidDrift: vscode.Event<LiveMove>): void {
    this.disposables.push(onDidDrift((move) => this.drift(move)));
  }

  /**
   * The ranges drawn in `editor`, by kind, whatever their status (for tests); empty until the
   * editor is drawn, and while the highlights are hidden.
   */
  rangesOf(editor: vscode.TextEditor): DecorationRanges {
    const drawn = this.drawn.get(editor);
    if (!drawn || this.hidden) return { claim: [], speaker: [], entity: [] };
    if (!drawn.ranges) {
      const byKind: DecorationRanges = { claim: [], speaker: [], entity: [] };
      const spans = spansWhere(this.store, editor.document).sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
      for (const { annotation, range } of spans) byKind[annotation.kind].push(range);
      drawn.ranges = byKind;
    }
    return drawn.ranges;
  }

  /** Shows or hides every highlight; returns whether they are now shown. */
  async toggle(): Promise<boolean> {
    this.hidden = !this.hidden;
    await vscode.commands.executeCommand('setContext', highlightsHiddenKey, this.hidden);
    this.refresh();
    return !this.hidden;
  }

  private gutterIcons(): vscode.Uri | undefined {
    return this.extensionUri && vscode.workspace.getConfiguration().get<boolean>(gutterIconsSetting, false) ? this.extensionUri : undefined;
  }

  private schedule(key: string): void {
    this.queue.drawInFull(key);
  }

  private drift(move: LiveMove): void {
    this.queue.redrawGroups(move.document.uri.toString(), () => {
      const byId = indexOf(annotationsOf(this.store, move.document.uri));
      return move.ids.flatMap((id) => {
        const annotation = byId.get(id);
        return annotation ? [lookOf(annotation)] : [];
      });
    });
  }

  /** Draws every visible editor again in full. */
  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  /** Sends the ranges of `only` those looks, or of all of them. */
  private decorate(editor: vscode.TextEditor, only?: ReadonlySet<Look>): void {
    const byLook = new Map<Look, vscode.Range[]>();
    for (const kind of kinds) for (const status of statuses) if (!only || only.has(`${kind}/${status}`)) byLook.set(`${kind}/${status}`, []);
    if (!this.hidden) {
      const spans = spansWhere(this.store, editor.document, only ? (annotation) => only.has(lookOf(annotation)) : undefined);
      for (const { annotation, range } of spans) byLook.get(lookOf(annotation))?.push(range);
    }
    for (const [look, ranges] of byLook) {
      const [kind, status] = look.split('/') as [AnnotationKind, AnnotationStatus];
      editor.setDecorations(this.types[kind][status], ranges);
    }
    this.drawn.set(editor, { ranges: undefined });
  }

  dispose(): void {
    this.queue.dispose();
    disposeDecorationTypes(this.types);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

// Drift reports name a few ids; the index of a sidecar's annotations is built once per sidecar.
const indexes = new WeakMap<readonly Annotation[], Map<string, Annotation>>();

function indexOf(annotations: readonly Annotation[]): Map<string, Annotation> {
  let index = indexes.get(annotations);
  if (!index) indexes.set(annotations, (index = new Map(annotations.map((annotation) => [annotation.id, annotation]))));
  return index;
}

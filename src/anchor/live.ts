/**
 * Annotations follow the text while it is edited, before it is saved: every change moves
 * and resizes the spans of the open document (in UTF-16 document offsets), a span whose text
 * is deleted becomes orphaned, and undo restores it. Saving the text writes the new
 * positions to the sidecar; closing without saving leaves the sidecar as it was.
 */
import * as vscode from 'vscode';
import { Annotation, CodePointText, contextAround, normalizeText, OffsetMap } from '../core';
import { SpanPosition, SpanTracker } from '../core/anchor';
import { driftedIds } from '../core/anchor/drift';
import { Annotator } from '../annotate/annotator';
import { SidecarStore } from '../sidecar/store';
import { readText } from '../util/fs';
import { refindCut } from '../core/anchor/refind';
import { ReloadMarker, showsDisk, trackerOn } from '../core/anchor/reload';

/**
 * An edit moved annotations in a way VS Code's own tracking of decoration ranges does not
 * follow (closed edges, see `driftedIds` in the core): those annotations must be drawn again.
 */
export interface LiveMove {
  readonly document: vscode.TextDocument;
  readonly ids: readonly string[];
}

interface Tracked {
  readonly document: vscode.TextDocument;
  readonly tracker: SpanTracker;
  /** The positions by id, built on demand and kept until the next edit or sync. */
  positions?: ReadonlyMap<string, SpanPosition>;
  /** The annotations as last read from or written to the sidecar, by id. */
  base: Map<string, Annotation>;
  /** Whether the text was edited since the positions were last written. */
  edited: boolean;
  /**
   * Set while a reload from disk is being followed: the document's text as reloaded (what the
   * re-read sidecar's offsets refer to) and every edit made since, replayed on the new positions.
   */
  reload?: ReloadMarker;
}

export class LiveAnnotations implements vscode.Disposable {
  private readonly tracked = new Map<string, Tracked>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after the live positions of a document moved. */
  readonly onDidChange = this.changed.event;
  private readonly drifted = new vscode.EventEmitter<LiveMove>();
  /** Fires after an edit that VS Code's decoration ranges cannot have followed exactly. */
  readonly onDidDrift = this.drifted.event;

  constructor(
    private readonly store: SidecarStore,
    private readonly annotator: Annotator,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.changed,
      this.drifted,
      store.onDidChange((state) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.textUri.toString());
        if (document) this.sync(document, state.sidecar?.annotations);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.open(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.edit(event)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.persist(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.tracked.delete(document.uri.toString())),
    );
    for (const document of vscode.workspace.textDocuments) this.open(document);
  }

  /** Follows a document whose sidecar was loaded before it was opened. */
  private open(document: vscode.TextDocument): void {
    const state = this.store.peek(document.uri);
    if (state?.sidecar && !this.tracked.has(document.uri.toString())) this.sync(document, state.sidecar.annotations);
  }

  /** Whether the document's annotations are being followed live (the store must not revalidate it on save). */
  isTracking(uri: vscode.Uri): boolean {
    return this.tracked.has(uri.toString());
  }

  /**
   * Where the annotations are now (UTF-16 document offsets), edited or not; undefined when the
   * document is not followed (no valid sidecar). Built once per edit, and only when asked for,
   * so typing costs no whole-file work.
   */
  positions(document: vscode.TextDocument): ReadonlyMap<string, SpanPosition> | undefined {
    const entry = this.tracked.get(document.uri.toString());
    if (!entry) return undefined;
    entry.positions ??= new Map(entry.tracker.all().map((position) => [position.id, position]));
    return entry.positions;
  }

  private sync(document: vscode.TextDocument, annotations: readonly Annotation[] | undefined): void {
    const key = document.uri.toString();
    const entry = this.tracked.get(key);
    if (!annotations) {
      // Invalid or missing sidecar: nothing to follow (an unsaved edit keeps what it had; after a
      // reload from disk there is nothing left to keep).
      if (entry && (!entry.edited || entry.reload)) this.tracked.delete(key);
      return;
    }
    if (entry?.reload) {
      // After a reload from disk: the sidecar's offsets are for the text as reloaded; edits the
      // user made since are replayed, so a keystroke during the reload cannot shift the spans.
      const { tracker, edited } = entry.reload.replay(annotations);
      this.tracked.set(key, { document, tracker, base: new Map(annotations.map((a) => [a.id, a])), edited });
      return;
    }
    const map = new OffsetMap(document.getText());
    // Start afresh unless the sidecar agrees with the live positions (our own save, or a review
    // change): then the tracker and its undo history are kept.
    if (!entry || (!entry.edited && !document.isDirty && !agrees(entry.tracker, annotations, map))) {
      this.tracked.set(key, this.start(document, annotations));
      return;
    }
    entry.positions = undefined;
    const ids = new Set(annotations.map((a) => a.id));
    for (const position of entry.tracker.all()) if (!ids.has(position.id)) entry.tracker.remove(position.id);
    for (const annotation of annotations) {
      if (!entry.tracker.has(annotation.id) && !annotation.orphaned)
        entry.tracker.add(annotation.id, map.toUtf16(annotation.start), map.toUtf16(annotation.end));
    }
    entry.base = new Map(annotations.map((a) => [a.id, a]));
  }

  private start(document: vscode.TextDocument, annotations: readonly Annotation[]): Tracked {
    return { document, tracker: trackerOn(document.getText(), annotations), base: new Map(annotations.map((a) => [a.id, a])), edited: false };
  }

  private edit(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.tracked.get(event.document.uri.toString());
    if (!entry || event.contentChanges.length === 0) return;
    if (!event.document.isDirty && event.reason === undefined) void this.checkReload(event.document);
    const edits = event.contentChanges.map((change) => ({ offset: change.rangeOffset, deletedLength: change.rangeLength, insertedLength: change.text.length }));
    const undo = event.reason === vscode.TextDocumentChangeReason.Undo;
    entry.reload?.record(edits, undo);
    try {
      const report = entry.tracker.applyEdits(edits, { undo });
      entry.edited = true;
      entry.positions = undefined;
      const ids = driftedIds(report, edits, event.reason !== undefined, (id) => entry.tracker.get(id));
      if (ids.length > 0) this.drifted.fire({ document: event.document, ids });
      this.changed.fire(event.document);
    } catch (error) {
      this.log.error(`Could not follow an edit of ${event.document.uri.toString()}: ${String(error)}`);
      this.tracked.delete(event.document.uri.toString());
    }
  }

  /**
   * A change that leaves the document clean is either the user's first keystroke (the dirty
   * flag follows a moment later) or VS Code reloading the file from disk (changed outside, or
   * reverted). The file's content tells them apart: after a reload the document holds exactly
   * what is on disk, after a keystroke it does not. After a reload, start again from the
   * sidecar, which the store re-anchors when the new text no longer matches it.
   */
  private async checkReload(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const text = document.getText();
    const disk = await readText(document.uri);
    // Edited again meanwhile: the user is typing, and the tracker follows that as usual.
    if (document.isClosed || document.version !== version || disk.kind !== 'ok' || !showsDisk(text, disk.raw)) return;
    const key = document.uri.toString();
    const entry = this.tracked.get(key);
    // Not dropped: edits that arrive while the sidecar is re-read are kept for the new positions.
    if (entry) entry.reload = new ReloadMarker(text);
    await this.store.reload(document.uri);
    // The store reports a reload that changed nothing too, but make sure the marker never outlives it.
    const after = this.tracked.get(key);
    if (after?.reload) this.sync(document, this.store.peek(document.uri)?.sidecar?.annotations);
  }

  private async persist(document: vscode.TextDocument): Promise<void> {
    const entry = this.tracked.get(document.uri.toString());
    if (!entry?.edited) return;
    const raw = document.getText();
    const map = new OffsetMap(raw);
    const text = new CodePointText(normalizeText(raw));
    const positions = new Map(entry.tracker.all().map((position) => [position.id, position]));
    const now = new Date().toISOString();
    let next = [...entry.base.values()].map((annotation) => placed(annotation, positions.get(annotation.id), map, text, now));
    // Text cut and pasted elsewhere (a paragraph moved) orphaned its spans at the cut: look for them again.
    next = refindCut(next, entry.base, text.text, now);
    try {
      entry.edited = false;
      const written = await this.annotator.change(document.uri, 'Follow text edits', () => next, { replacesPositions: true });
      entry.base = new Map(written.map((a) => [a.id, a]));
    } catch (error) {
      entry.edited = true;
      this.log.error(`Could not save the moved annotations of ${document.uri.toString()}: ${String(error)}`);
      void vscode.window.showErrorMessage(
        `Transcript Annotator could not save the moved annotations of ${vscode.workspace.asRelativePath(document.uri)}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function agrees(tracker: SpanTracker, annotations: readonly Annotation[], map: OffsetMap): boolean {
  return annotations.every((annotation) => {
    const position = tracker.get(annotation.id);
    if (annotation.orphaned) return position === undefined || position.orphaned;
    return position !== undefined && !position.orphaned && position.start === map.toUtf16(annotation.start) && position.end === map.toUtf16(annotation.end);
  });
}

/** The annotation at its live position: moved, resized, orphaned or restored. */
function placed(annotation: Annotation, position: SpanPosition | undefined, map: OffsetMap, text: CodePointText, now: string): Annotation {
  if (!position) return annotation;
  if (position.orphaned) return annotation.orphaned ? annotation : { ...annotation, orphaned: true, modified: now };
  const start = map.toCodePoint(position.start);
  const end = map.toCodePoint(position.end);
  const quote = text.slice(start, end);
  if (!annotation.orphaned && start === annotation.start && end === annotation.end && quote === annotation.quote) return annotation;
  const { prefix, suffix } = contextAround(text, start, end);
  const { orphaned: _gone, prefix: _p, suffix: _s, ...rest } = annotation;
  return { ...rest, start, end, quote, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}), ...(quote !== annotation.quote ? { modified: now } : {}) };
}

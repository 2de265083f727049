/**
 * Where a document's annotations are in the editor. The one place the highlights, hover
 * cards and review commands turn sidecar code point offsets into `vscode.Range`s.
 */
import * as vscode from 'vscode';
import { Annotation, OffsetMap } from '../core';
import { SidecarStore } from '../sidecar/store';

/** A drawn (non-orphaned) annotation and where it is in the document. */
export interface Span {
  readonly annotation: Annotation;
  readonly range: vscode.Range;
}

// Hovers and navigation ask for the same document many times between edits.
const maps = new WeakMap<vscode.TextDocument, { version: number; map: OffsetMap }>();

/** The offset map of the document's current text, built once per version. */
export function offsetMapOf(document: vscode.TextDocument): OffsetMap {
  const cached = maps.get(document);
  if (cached && cached.version === document.version) return cached.map;
  const map = new OffsetMap(document.getText());
  maps.set(document, { version: document.version, map });
  return map;
}

export function rangeOf(document: vscode.TextDocument, annotation: Pick<Annotation, 'start' | 'end'>): vscode.Range {
  const map = offsetMapOf(document);
  return new vscode.Range(document.positionAt(map.toUtf16(annotation.start)), document.positionAt(map.toUtf16(annotation.end)));
}

/** The annotations of a valid sidecar (none while it is missing, unloaded or invalid). */
export function annotationsOf(store: SidecarStore, uri: vscode.Uri): readonly Annotation[] {
  return store.peek(uri)?.sidecar?.annotations ?? [];
}

/** Where annotations are in the open document (UTF-16 offsets), if it is followed live. */
export type LivePositions = (document: vscode.TextDocument) => ReadonlyMap<string, { start: number; end: number; orphaned: boolean }> | undefined;

let live: LivePositions = () => undefined;

/** Set once by the composition root, so every surface draws the same live positions. */
export function useLivePositions(source: LivePositions): void {
  live = source;
}

/**
 * The drawn annotations of the document that `keep` accepts, with their ranges, in no
 * particular order. Live positions when the document is followed, else the sidecar's offsets.
 */
export function spansWhere(
  store: SidecarStore,
  document: vscode.TextDocument,
  keep: (annotation: Annotation, start: number, end: number) => boolean = () => true,
): Span[] {
  const annotations = annotationsOf(store, document.uri);
  if (annotations.length === 0) return [];
  const positions = live(document);
  const map = positions ? undefined : offsetMapOf(document);
  const spans: Span[] = [];
  for (const annotation of annotations) {
    if (annotation.orphaned) continue;
    let start: number;
    let end: number;
    if (positions) {
      const position = positions.get(annotation.id);
      if (!position || position.orphaned) continue; // its text was deleted in the unsaved edits
      ({ start, end } = position);
    } else {
      start = (map as OffsetMap).toUtf16(annotation.start);
      end = (map as OffsetMap).toUtf16(annotation.end);
    }
    if (keep(annotation, start, end)) spans.push({ annotation, range: new vscode.Range(document.positionAt(start), document.positionAt(end)) });
  }
  return spans;
}

/** Every non-orphaned annotation of the document, in document order (start, then end). */
export function spansOf(store: SidecarStore, document: vscode.TextDocument): Span[] {
  return spansWhere(store, document).sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
}

/** The spans that contain `position`, either edge included, innermost first. */
export function spansAt(spans: readonly Span[], position: vscode.Position): Span[] {
  return spans.filter((span) => span.range.contains(position)).sort((a, b) => a.annotation.end - a.annotation.start - (b.annotation.end - b.annotation.start));
}

/**
 * The document's spans that contain `position`, innermost first: the same as
 * `spansAt(spansOf(...))`, but ranges are only made for those spans, so a hover on a long
 * document costs one pass over offsets.
 */
export function spansAtPosition(store: SidecarStore, document: vscode.TextDocument, position: vscode.Position): Span[] {
  const offset = document.offsetAt(position);
  return spansAt(
    spansWhere(store, document, (_annotation, start, end) => start <= offset && offset <= end),
    position,
  );
}

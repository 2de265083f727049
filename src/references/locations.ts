/**
 * Turning annotations of any workspace file into `vscode.Location`s. An open document uses
 * the ranges its highlights are drawn at (which follow unsaved edits); a closed one is read
 * through workspace.fs and its code point offsets converted with an OffsetMap of that text.
 */
import * as vscode from 'vscode';
import { Annotation, OffsetMap } from '../core';
import { rangeOf, spansOf } from '../decorations/spans';
import { SidecarStore } from '../sidecar/store';
import { readText } from '../util/fs';

/** `annotations` of the text file `uri` as locations; none when the file cannot be read. */
export async function locationsIn(store: SidecarStore, uri: vscode.Uri, annotations: readonly Annotation[]): Promise<vscode.Location[]> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) {
    const drawn = new Map(spansOf(store, open).map((span) => [span.annotation.id, span.range]));
    return annotations.map((annotation) => new vscode.Location(uri, drawn.get(annotation.id) ?? rangeOf(open, annotation)));
  }
  const file = await readText(uri);
  if (file.kind !== 'ok') return [];
  // Editors drop the BOM, so positions are counted without it.
  const text = file.raw.charCodeAt(0) === 0xfeff ? file.raw.slice(1) : file.raw;
  const map = new OffsetMap(text);
  const lines = lineStarts(text);
  const position = (codePoint: number): vscode.Position => positionAt(lines, map.toUtf16(codePoint));
  return annotations.map((annotation) => new vscode.Location(uri, new vscode.Range(position(annotation.start), position(annotation.end))));
}

/** UTF-16 offsets where each line starts; CRLF, CR and LF all end a line, as in VS Code. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

function positionAt(lines: readonly number[], offset: number): vscode.Position {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((lines[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, offset - (lines[lo] as number));
}

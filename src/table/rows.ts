/**
 * The rows of the Annotations table: one per annotation of the file or of every loaded
 * sidecar, with names (who made a claim, the canonical entity's registry name) rather than
 * ids, and the 1-based line of its start in the text.
 */
import * as vscode from 'vscode';
import { Annotation, CodePointText, normalizeText } from '../core';
import { attributionLabel, entityLabel } from '../core/annotate';
import { Services } from '../services';
import { readText } from '../util/fs';

/** One row, as the webview receives it (plain JSON). */
export interface TableRow {
  readonly uri: string;
  readonly id: string;
  readonly kind: Annotation['kind'];
  readonly type: string;
  readonly text: string;
  readonly by: string;
  readonly entity: string;
  readonly status: Annotation['status'];
  readonly author: string;
  readonly file: string;
  /** 1-based; 0 for an orphaned annotation, which has no place in the text. */
  readonly line: number;
}

export type TableScope = 'file' | 'workspace';

export async function tableRows(services: Services, scope: TableScope, fileUri: vscode.Uri | undefined): Promise<TableRow[]> {
  const states = scope === 'file' ? (fileUri ? [await services.store.get(fileUri)] : []) : services.store.all();
  const rows: TableRow[] = [];
  for (const state of states) {
    const annotations = state.sidecar?.annotations ?? [];
    if (annotations.length === 0) continue;
    const lineOf = await lineFinder(state.textUri);
    const file = vscode.workspace.asRelativePath(state.textUri);
    for (const a of annotations) {
      const entityName = a.kind === 'entity' && a.entity ? services.index.entityName(a.entity, state.textUri) : undefined;
      rows.push({
        uri: state.textUri.toString(),
        id: a.id,
        kind: a.kind,
        type: (a.kind === 'claim' ? a.claimType : a.kind === 'entity' ? a.type : a.role) ?? '',
        text: a.quote,
        by: a.kind === 'claim' ? (attributionLabel(annotations, a.by) ?? '') : a.kind === 'speaker' ? (a.speaker ?? '') : '',
        entity: a.kind === 'entity' ? (entityLabel(a.entity, annotations, entityName) ?? '') : '',
        status: a.status,
        author: a.author ?? '',
        file,
        line: a.orphaned ? 0 : lineOf(a.start),
      });
    }
  }
  return rows.sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line || x.id.localeCompare(y.id));
}

/** Line of a code point offset in the file's normalised text (the open document's when it is open). */
async function lineFinder(uri: vscode.Uri): Promise<(offset: number) => number> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  const read = open ? undefined : await readText(uri);
  const raw = open ? open.getText() : read?.kind === 'ok' ? read.raw : '';
  const text = new CodePointText(normalizeText(raw));
  const breaks: number[] = [];
  for (let at = text.text.indexOf('\n'); at >= 0; at = text.text.indexOf('\n', at + 1)) breaks.push(at);
  return (offset) => {
    const utf16 = text.utf16At(offset);
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((breaks[mid] as number) < utf16) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/**
 * Accept, reject or remove the rows selected in the Annotations table: one undoable change
 * per file (Undo Annotation Change in that file takes the whole batch back). Removing a
 * speaker or entity unlinks the claims attributed to it, as Remove Annotation does.
 */
import * as vscode from 'vscode';
import { Annotation, counted } from '../core';
import { Services } from '../services';
import type { RowKey, TableAction } from './messages';

export interface BulkOutcome {
  /** Annotations changed or removed. */
  readonly changed: number;
  /** Files written (URI strings). */
  readonly files: string[];
}

const labels: Record<TableAction, string> = { accept: 'Accept', reject: 'Reject', remove: 'Remove' };

export async function applyBulk(services: Services, action: TableAction, rows: readonly RowKey[]): Promise<BulkOutcome> {
  const byFile = new Map<string, Set<string>>();
  for (const row of rows) byFile.set(row.uri, (byFile.get(row.uri) ?? new Set()).add(row.id));
  let changed = 0;
  const files: string[] = [];
  for (const [uri, ids] of byFile) {
    let here = 0;
    await services.annotator.change(vscode.Uri.parse(uri), `${labels[action]} ${counted(ids.size, 'annotation')}`, (current) => {
      const next = apply(current, action, ids);
      here = next.touched;
      return next.annotations;
    });
    if (here > 0) files.push(uri);
    changed += here;
  }
  return { changed, files };
}

function apply(current: readonly Annotation[], action: TableAction, ids: ReadonlySet<string>): { annotations: Annotation[]; touched: number } {
  let touched = 0;
  if (action === 'remove') {
    const kept = current.filter((a) => !ids.has(a.id));
    touched = current.length - kept.length;
    // A claim attributed to a removed speaker or entity keeps its text but loses the dangling link.
    return {
      annotations: kept.map((a) => (a.kind === 'claim' && a.by !== undefined && ids.has(a.by) ? (({ by: _removed, ...rest }) => rest)(a) : a)),
      touched,
    };
  }
  const status: Annotation['status'] = action === 'accept' ? 'accepted' : 'rejected';
  const modified = new Date().toISOString();
  const annotations = current.map((a) => {
    if (!ids.has(a.id) || a.status === status) return a;
    touched++;
    return { ...a, status, modified };
  });
  return { annotations, touched };
}

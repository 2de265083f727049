/**
 * The claims board as data: the core's board of the workspace's grouped claims, with each
 * row's document shown as a workspace-relative path, its text file's URI (to reveal it) and
 * whether its figure disagrees with another source's. The webview draws exactly this, and
 * `transcriptAnnotator.getClaimsBoard` returns it to tests.
 */
import * as vscode from 'vscode';
import { agree, BoardGroup, BoardRow, claimQuestion, claimsBoard } from '../core/claims';
import { distinctSourceLabels } from '../core/source';
import type { DocumentSource } from '../core';
import { Services } from '../services';

export interface BoardModelRow extends BoardRow {
  /** The text file (URI string); `key` is its workspace-relative path. */
  readonly uri: string;
  /** Whether the figure it states cannot be true together with another row's. */
  readonly differs: boolean;
}

export interface BoardModelGroup extends Omit<BoardGroup, 'rows'> {
  readonly rows: BoardModelRow[];
  /** The source documents (relative paths) in board order: the board's columns. */
  readonly documents: string[];
  /** Each column's heading: the document's outlet and date where its sidecar names them, else its path. */
  readonly columns: string[];
}

export interface BoardModel {
  readonly groups: BoardModelGroup[];
  /** Claims not filed under any question yet (rejected ones aside). */
  readonly ungrouped: number;
}

export function buildBoard(services: Services): BoardModel {
  const { index } = services.index;
  const board = claimsBoard(index.claimsByQuestion(), { registry: services.registry.combined() });
  const groups = board.groups.map((group): BoardModelGroup => {
    const rows = group.rows.map((row): BoardModelRow => {
      const figure = row.compared;
      const differs = figure !== undefined && group.rows.some((other) => other !== row && other.compared !== undefined && !agree(figure, other.compared));
      return { ...row, key: vscode.workspace.asRelativePath(services.index.uriOf(row.key)), uri: row.key, differs };
    });
    const documents = [...new Set(rows.map((row) => row.key))];
    const sourceOf = (path: string): { path: string; source?: DocumentSource | undefined } => {
      const row = rows.find((r) => r.key === path);
      return { path, source: row ? documentSource(services, row.uri) : undefined };
    };
    const columns = distinctSourceLabels(documents.map(sourceOf));
    const named = rows.map((row) => ({ ...row, source: columns[documents.indexOf(row.key)] ?? row.key }));
    return { ...group, rows: named, documents, columns };
  });
  const ungrouped = index.allClaims().filter((ref) => claimQuestion(ref.claim) === undefined && ref.claim.status !== 'rejected').length;
  return { groups, ungrouped };
}

function documentSource(services: Services, key: string): DocumentSource | undefined {
  return services.store.peek(services.index.uriOf(key))?.sidecar?.source;
}

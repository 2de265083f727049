/**
 * The claims board as data: the core's board of the workspace's grouped claims, with each
 * row's document shown as a workspace-relative path, its text file's URI (to reveal it) and
 * whether its figure disagrees with another source's. The webview draws exactly this, and
 * getClaimsBoard of the test API returns it to tests.
 */
import * as vscode from 'vscode';
import { agree, BoardGroup, BoardRow, claimQuestion, claimsBoard } from '../core/claims';
import { distinctSourceLabels, sourceLabel } from '../core/source';
import type { DocumentSource } from '../core';
import { Services } from '../services';
import { BoardSuggestion, boardSuggestions, type SourceNameOf } from './suggestions';

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
  /** The same headings by relative path. */
  readonly sourceNames: Record<string, string>;
}

export interface BoardModel {
  readonly groups: BoardModelGroup[];
  /** Claims not filed under any question yet (rejected ones aside). */
  readonly ungrouped: number;
  /** Likely groups not filed yet, each filed in one click with Group these (suggestions.ts). */
  readonly suggestions: BoardSuggestion[];
}

export type { SourceNameOf } from './suggestions';

export function buildBoard(services: Services, nameOf: SourceNameOf = () => undefined): BoardModel {
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
    // Outlet and date where the sidecar names them, else the text's headline, else the path.
    const columns = distinctSourceLabels(documents.map(sourceOf)).map((label, i) => {
      const row = rows.find((r) => r.key === documents[i]);
      return label === documents[i] && row ? (nameOf(row.uri) ?? label) : label;
    });
    const named = rows.map((row) => ({ ...row, source: columns[documents.indexOf(row.key)] ?? row.key }));
    const sourceNames = Object.fromEntries(documents.map((path, i) => [path, columns[i] ?? path]));
    return { ...group, rows: named, documents, columns, sourceNames };
  });
  const ungrouped = index.allClaims().filter((ref) => claimQuestion(ref.claim) === undefined && ref.claim.status !== 'rejected').length;
  // Suggested groups name their sources the same way: outlet and date when known, else the headline.
  const named: SourceNameOf = (uri) => {
    const source = documentSource(services, uri);
    return source?.outlet !== undefined || source?.title !== undefined || source?.published !== undefined ? sourceLabel(source, uri) : nameOf(uri);
  };
  return { groups, ungrouped, suggestions: boardSuggestions(services, named) };
}

function documentSource(services: Services, key: string): DocumentSource | undefined {
  return services.store.peek(services.index.uriOf(key))?.sidecar?.source;
}

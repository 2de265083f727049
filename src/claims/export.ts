/**
 * Export Claims Board (`{ format: 'csv' | 'markdown', out }`): the board as an RFC 4180 CSV
 * or a Markdown report, to `out` (relative to the first workspace folder) or a file chosen
 * in a save dialog. Also what the board's own export buttons run.
 */
import * as vscode from 'vscode';
import { boardToCsv, boardToMarkdown } from '../core/claims';
import { objectArg, optionalChoice, optionalString } from '../registry/args';
import { Services } from '../services';
import { writeTextAtomic } from '../util/fs';
import { buildBoard } from './boardModel';
import { counted } from '../core';

export interface BoardExport {
  readonly file: string;
  readonly groups: number;
}

const extensions = { csv: 'csv', markdown: 'md' } as const;

export async function exportClaimsBoard(services: Services, raw: unknown): Promise<BoardExport | undefined> {
  const args = objectArg(raw);
  const format =
    optionalChoice(args, 'format', ['csv', 'markdown'] as const) ??
    (await vscode.window.showQuickPick([{ label: 'CSV', format: 'csv' as const }, { label: 'Markdown', format: 'markdown' as const }], { title: 'Export the claims board as' }))?.format;
  if (!format) return undefined;
  const given = optionalString(args, 'out');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const out =
    given !== undefined
      ? resolveOut(given)
      : await vscode.window.showSaveDialog({
          title: `Export the claims board as ${format === 'csv' ? 'CSV' : 'Markdown'}`,
          filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
          ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `claims-board.${extensions[format]}`) } : {}),
        });
  if (!out) return undefined;
  const board = buildBoard(services);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(out, '..'));
  await writeTextAtomic(out, format === 'csv' ? boardToCsv(board) : boardToMarkdown(board));
  void vscode.window.showInformationMessage(`Exported ${counted(board.groups.length, 'question')} of the claims board to ${vscode.workspace.asRelativePath(out)}.`);
  return { file: out.toString(), groups: board.groups.length };
}

function resolveOut(out: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(out)) return vscode.Uri.parse(out);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (out.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(out) || !folder) return vscode.Uri.file(out);
  return vscode.Uri.joinPath(folder.uri, ...out.split(/[\\/]/));
}

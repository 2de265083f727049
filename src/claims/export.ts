/**
 * Export Claims Board (`{ format: 'csv' | 'markdown', out }`): the board as an RFC 4180 CSV
 * or a Markdown report, to `out` (relative to the first workspace folder) or a file chosen
 * in a save dialog. Also what the board's own export buttons run.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { boardToCsv, boardToMarkdown } from '../core/claims';
import { objectArg, optionalChoice, optionalString } from '../registry/args';
import { Services } from '../services';
import { csvRaw, inExportFolder, resolveOut, writeExportFiles } from '../exchange/destination';
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
    (
      await showQuickPick(
        [
          { label: 'CSV', format: 'csv' as const },
          { label: 'Markdown', format: 'markdown' as const },
        ],
        { title: 'Export the claims board as' },
      )
    )?.format;
  if (!format) return undefined;
  const given = optionalString(args, 'out');
  const out =
    given !== undefined
      ? resolveOut(given)
      : await inExportFolder((folder) =>
          vscode.window.showSaveDialog({
            title: `Export the claims board as ${format === 'csv' ? 'CSV' : 'Markdown'}`,
            filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
            ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `claims-board.${extensions[format]}`) } : {}),
          }),
        );
  if (!out) return undefined;
  const board = buildBoard(services);
  // The board reads every sidecar, so none of them (nor a text or the registry) may be the destination.
  const inputs = services.store.all().flatMap((state) => [state.textUri, state.sidecarUri]);
  await writeExportFiles([{ uri: out, content: format === 'csv' ? boardToCsv(board, { raw: csvRaw() }) : boardToMarkdown(board) }], inputs);
  void vscode.window.showInformationMessage(
    `Exported ${counted(board.groups.length, 'question')} of the claims board to ${vscode.workspace.asRelativePath(out)}.`,
  );
  return { file: out.toString(), groups: board.groups.length };
}

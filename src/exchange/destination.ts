/**
 * Where the extension's exports go and how they are written: by default into the `exports/`
 * folder of the first workspace folder (setting `transcriptAnnotator.export.destination`),
 * never over a source text, a sidecar or the registry (checked by the core's export guard
 * before anything is written), and never by replacing a file open in an editor, which VS Code
 * would close: such a file is rewritten in place instead.
 */
import * as vscode from 'vscode';
import { REGISTRY_NAME } from '../core/sidecar/paths';
import { checkExportDestinations, ExportRefusedError, writeExport } from '../core/storage';
import { pathOf, workspaceFs } from '../util/workspaceFs';
import type { SettingKey } from '../ids';

/** Setting: the folder exports are offered in, relative to the first workspace folder. */
export const DESTINATION_SETTING: SettingKey = 'export.destination';
/** Setting: write CSV cells as they are, without neutralising spreadsheet formulas. */
export const CSV_RAW_SETTING: SettingKey = 'export.csvRaw';

/** The default export folder, or undefined without a workspace folder. */
export function defaultExportFolder(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const setting = vscode.workspace.getConfiguration('transcriptAnnotator', folder.uri).get<string>(DESTINATION_SETTING, 'exports').trim() || 'exports';
  return resolveOut(setting);
}

/**
 * Runs a destination dialog opened in the export folder, which is created for it; a folder
 * created only for a dialog that was cancelled is removed again (when still empty).
 */
export async function inExportFolder<T>(ask: (folder: vscode.Uri | undefined) => Thenable<T | undefined>): Promise<T | undefined> {
  const folder = defaultExportFolder();
  const created =
    folder !== undefined &&
    !(await vscode.workspace.fs.stat(folder).then(
      () => true,
      () => false,
    ));
  if (folder && created) await vscode.workspace.fs.createDirectory(folder);
  const answer = await ask(folder);
  if (answer === undefined && folder && created && (await vscode.workspace.fs.readDirectory(folder)).length === 0) {
    await vscode.workspace.fs.delete(folder, { recursive: false, useTrash: false }).then(undefined, () => undefined);
  }
  return answer;
}

/** Whether CSV exports keep formulas as they are (the opt-out setting). */
export function csvRaw(): boolean {
  return vscode.workspace.getConfiguration('transcriptAnnotator').get<boolean>(CSV_RAW_SETTING, false);
}

/** `out` as a URI: a URI string, an absolute path, or a path relative to the first workspace folder. */
export function resolveOut(out: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(out)) return vscode.Uri.parse(out);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (out.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(out) || !folder) return vscode.Uri.file(out);
  return vscode.Uri.joinPath(folder.uri, ...out.split(/[\\/]/).filter((part) => part !== ''));
}

/** One export file to write. */
export interface ExportTarget {
  readonly uri: vscode.Uri;
  readonly content: string;
}

/**
 * Writes every file after checking all of them: throws an Error naming the first refused
 * destination (and writes nothing) when one would replace a text, a sidecar or a registry.
 * `inputs` are the files the export read.
 */
export async function writeExportFiles(targets: readonly ExportTarget[], inputs: readonly vscode.Uri[]): Promise<void> {
  const registries = (vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, REGISTRY_NAME));
  const folder = vscode.workspace.workspaceFolders?.[0];
  const guarded = [...inputs, ...registries].map(pathOf);
  try {
    await checkExportDestinations(
      workspaceFs,
      targets.map((t) => pathOf(t.uri)),
      {
        inputs: guarded,
        ...(folder ? { stopAt: pathOf(folder.uri) } : {}),
        show: (path) => vscode.workspace.asRelativePath(vscode.Uri.parse(path)),
      },
    );
  } catch (error) {
    if (error instanceof ExportRefusedError) throw new Error(`Export refused: ${error.message}.`);
    throw error;
  }
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  for (const target of targets) {
    if (open.has(target.uri.toString())) {
      // An export can always be made again, so an interrupted in-place write loses nothing; a rename would close the editor.
      await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(target.content));
    } else {
      await writeExport(workspaceFs, pathOf(target.uri), target.content);
    }
  }
}

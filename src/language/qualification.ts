/** Whether a plain text file should open as a transcript without the user asking. */
import * as vscode from 'vscode';
import { prefix, settingId } from '../ids';
import { sidecarUriFor } from '../sidecar/store';
import { isAnnotatable } from '../sidecar/watcher';
import { exists } from '../util/fs';

/** The setting section and key of the glob list, for `affectsConfiguration`. */
export const filesSetting = settingId('files');

/**
 * Whether the document matches a glob of `transcriptAnnotator.files`. Globs are relative to
 * the document's workspace folder, so `transcripts/*.txt` means the same in every folder of
 * a multi-root workspace; a file outside every folder is matched on its absolute path.
 */
export function matchesFilesSetting(document: vscode.TextDocument): boolean {
  const globs = vscode.workspace.getConfiguration(prefix, document.uri).get<unknown>('files');
  if (!Array.isArray(globs)) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some((glob) => {
    if (typeof glob !== 'string' || glob.trim() === '') return false;
    const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob;
    return vscode.languages.match({ pattern }, document) > 0;
  });
}

/** Whether a sidecar sits beside the document's file on disk. */
export async function hasSidecar(uri: vscode.Uri): Promise<boolean> {
  return isAnnotatable(uri) && (await exists(sidecarUriFor(uri)));
}

/**
 * The texts Tag All Mentions covers in a workspace folder: every annotated text, every
 * `.transcript`, the plain text files matching `transcriptAnnotator.files`, and the plain
 * text files open in an editor. Other `.txt` files of the folder are named as skipped, so
 * the user learns why a text got no mentions and how to include it.
 */
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX, textNameForSidecar } from '../core';
import { prefix } from '../ids';

export interface MentionTargets {
  /** In path order. */
  readonly texts: vscode.Uri[];
  /** Plain text files left out, relative paths with why. */
  readonly skipped: string[];
}

const excluded = '**/node_modules/**';

export async function mentionTargets(folder: vscode.WorkspaceFolder): Promise<MentionTargets> {
  const find = (glob: string): Thenable<vscode.Uri[]> => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), excluded);
  const globs = vscode.workspace.getConfiguration(prefix, folder.uri).get<unknown>('files');
  const configured = Array.isArray(globs) ? globs.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '') : [];
  const [sidecars, transcripts, allTexts, ...matched] = await Promise.all([
    find(`**/*${SIDECAR_SUFFIX}`),
    find('**/*.transcript'),
    find('**/*.txt'),
    ...configured.map(find),
  ]);
  const texts = new Map<string, vscode.Uri>();
  const add = (uri: vscode.Uri): void => void texts.set(uri.toString(), uri);
  for (const sidecar of sidecars) {
    const path = textNameForSidecar(sidecar.path);
    if (path) add(sidecar.with({ path }));
  }
  transcripts.forEach(add);
  matched.flat().forEach(add);
  for (const document of vscode.workspace.textDocuments) {
    const inFolder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() === folder.uri.toString();
    if (
      inFolder &&
      document.uri.scheme === folder.uri.scheme &&
      (document.languageId === 'plaintext' || document.uri.path.endsWith('.txt')) &&
      !document.uri.path.endsWith(SIDECAR_SUFFIX)
    )
      add(document.uri);
  }
  const skipped = allTexts
    .filter((uri) => !texts.has(uri.toString()))
    .map((uri) => `${vscode.workspace.asRelativePath(uri)}: not annotated yet (open it, or add it to the setting transcriptAnnotator.files)`)
    .sort();
  return { texts: [...texts.values()].sort((a, b) => a.path.localeCompare(b.path)), skipped };
}

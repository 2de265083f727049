/** File access through vscode.workspace.fs only, so the extension also runs in a browser. */
import * as vscode from 'vscode';
import { readTextFile } from '../core/storage';
import { pathOf, workspaceFs } from './workspaceFs';

export type ReadTextResult = { kind: 'ok'; raw: string } | { kind: 'missing' } | { kind: 'error'; message: string };

/** Reads a text file through the shared loader, so the extension has the CLI's text-file size limit. */
export async function readText(uri: vscode.Uri): Promise<ReadTextResult> {
  const read = await readTextFile(workspaceFs, pathOf(uri));
  return read.kind === 'error' ? { kind: 'error', message: read.message } : read;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

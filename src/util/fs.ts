/** File access through vscode.workspace.fs only, so the extension also runs in a browser. */
import * as vscode from 'vscode';
import { readTextFile, writeExport } from '../core/storage';
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

/**
 * @deprecated Takes no lock and does not re-read: sidecars and the registry go through
 * `updateSidecar`/`updateRegistry`, exports through `writeExportFiles` (src/exchange/destination.ts).
 * Kept for code written before the write pipeline: an atomic write through the same file system.
 */
export async function writeTextAtomic(uri: vscode.Uri, content: string): Promise<void> {
  await writeExport(workspaceFs, pathOf(uri), content);
}

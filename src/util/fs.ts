/** File access through vscode.workspace.fs only, so the extension also runs in a browser. */
import * as vscode from 'vscode';
import { decodeText } from '../core';

export type ReadTextResult = { kind: 'ok'; raw: string } | { kind: 'missing' } | { kind: 'error'; message: string };

export async function readText(uri: vscode.Uri): Promise<ReadTextResult> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'missing' };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { kind: 'ok', raw: decoded.raw } : { kind: 'error', message: decoded.error };
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
 * Writes `content` so that readers never see a half-written file: a temporary file beside
 * the target, then a rename over it. (VS Code's rename may remove the target just before
 * moving the new file in, so for an instant the file can be absent; the store looks twice.)
 */
export async function writeTextAtomic(uri: vscode.Uri, content: string): Promise<void> {
  const random = Math.random().toString(36).slice(2, 10);
  const temporary = uri.with({ path: `${uri.path}.${random}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

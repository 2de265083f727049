/**
 * The write pipeline's file system for the extension: `vscode.workspace.fs` only (so it runs
 * in a browser too), with URI strings as paths.
 *
 * Two limits of that API, and what is done about them:
 * - `rename` with `overwrite` may delete the target before moving the new file in, so for an
 *   instant the file is absent. Writers never see that gap (they read under the lock, which is
 *   held until the rename is done); readers that find a sidecar missing while its lock file
 *   exists wait for the lock and read again (core/storage/read.ts) instead of taking it as deleted.
 * - there is no exclusive create: a lock is created by renaming a temporary file onto the lock
 *   name without `overwrite`, which fails when the lock exists. The check and the rename are
 *   two steps inside VS Code, so two writers starting within the same instant could both win;
 *   the pipeline reads its lock back just before replacing the file and stops with an error
 *   when it is no longer its own, so such a collision is reported rather than lost silently.
 */
import * as vscode from 'vscode';
import { contentBytes, newToken, type FileStat, type PipelineFs } from '../core/storage';

const uriOf = (path: string): vscode.Uri => vscode.Uri.parse(path, true);
const isCode = (error: unknown, code: string): boolean => error instanceof vscode.FileSystemError && error.code === code;

/** The extension's {@link PipelineFs}. */
export const workspaceFs: PipelineFs = {
  owner: { tool: 'vscode' },
  async read(path) {
    try {
      return await vscode.workspace.fs.readFile(uriOf(path));
    } catch (error) {
      if (isCode(error, 'FileNotFound')) return undefined;
      throw error;
    }
  },
  async stat(path) {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uriOf(path));
    } catch (error) {
      if (isCode(error, 'FileNotFound')) return undefined;
      throw error;
    }
    const result: FileStat = {
      kind: stat.type & vscode.FileType.File ? 'file' : stat.type & vscode.FileType.Directory ? 'directory' : 'other',
      size: stat.size,
      mtimeMs: stat.mtime,
      symbolicLink: (stat.type & vscode.FileType.SymbolicLink) !== 0,
    };
    return result;
  },
  async writeTempThenRename(temp, path, content) {
    const target = uriOf(path);
    const temporary = uriOf(temp);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    try {
      await vscode.workspace.fs.writeFile(temporary, contentBytes(content));
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
      await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
      throw error;
    }
  },
  async remove(path) {
    try {
      await vscode.workspace.fs.delete(uriOf(path), { useTrash: false });
    } catch (error) {
      if (!isCode(error, 'FileNotFound')) throw error;
    }
  },
  async createExclusive(path, content) {
    const target = uriOf(path);
    const temporary = target.with({ path: `${target.path}.${newToken()}.tmp` });
    await vscode.workspace.fs.writeFile(temporary, content);
    try {
      await vscode.workspace.fs.rename(temporary, target, { overwrite: false });
      return true;
    } catch (error) {
      await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
      if (isCode(error, 'FileExists')) return false;
      // Older hosts report the conflict under another name: what counts is that the lock is there.
      if (
        await vscode.workspace.fs.stat(target).then(
          () => true,
          () => false,
        )
      )
        return false;
      throw error;
    }
  },
  async list(folder) {
    const uri = uriOf(folder);
    // Names as they appear at the end of a URI string (encoded), like the paths the pipeline builds.
    return (await vscode.workspace.fs.readDirectory(uri)).map(([name]) => {
      const child = vscode.Uri.joinPath(uri, name).toString();
      return child.slice(child.lastIndexOf('/') + 1);
    });
  },
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A URI as the pipeline names it. */
export function pathOf(uri: vscode.Uri): string {
  return uri.toString();
}

/**
 * The small file-system interface the write pipeline runs on. The CLI passes a Node
 * implementation (src/cli/nodeFs.ts), the extension one over `vscode.workspace.fs`
 * (src/util/workspaceFs.ts), unit tests an in-memory one with fault injection. Paths are
 * opaque strings to the pipeline (native paths or URI strings); it only appends suffixes to
 * them and cuts them at their last `/` or `\`.
 */

/** What {@link PipelineFs.stat} reports. */
export interface FileStat {
  readonly kind: 'file' | 'directory' | 'other';
  /** Size in bytes. */
  readonly size: number;
  /** Last modification, milliseconds since the epoch. */
  readonly mtimeMs: number;
  /** True when the path itself is a symbolic link (the rest describes what it points to). */
  readonly symbolicLink: boolean;
}

/** Content to write: bytes, text (written as UTF-8), or text chunks produced on the fly (exports that stream). */
export type FileContent = Uint8Array | string | Iterable<string>;

/** Who holds a lock, as written into the lock file. */
export interface LockOwner {
  /** Random token identifying one acquisition. */
  readonly token: string;
  /** `cli` or `vscode`, for the error message. */
  readonly tool: string;
  readonly pid?: number;
  readonly host?: string;
  /** When it was taken, milliseconds since the epoch. */
  readonly time: number;
  /** The temporary file this writer is about to write, so whoever breaks a stale lock can remove it. */
  readonly temp?: string;
}

/** The operations the pipeline needs; every method rejects with the platform's error on failure. */
export interface PipelineFs {
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** What is at `path`, or undefined when nothing is. */
  stat(path: string): Promise<FileStat | undefined>;
  /**
   * Writes `content` to `tempPath` (a new file beside `path`), then renames it over `path`, so
   * readers see the old file or the new one. Creates missing folders. On any failure the
   * temporary file is removed before the error is passed on.
   */
  writeTempThenRename(tempPath: string, path: string, content: FileContent): Promise<void>;
  /** Removes a file; nothing happens when it does not exist. */
  remove(path: string): Promise<void>;
  /** Creates `path` with `content` unless something is there already; false when it was. */
  createExclusive(path: string, content: Uint8Array): Promise<boolean>;
  /** Names of the entries of a folder (for sweeping stale temporary files); optional. */
  list?(folder: string): Promise<string[]>;
  /** The path with every symbolic link resolved (the nearest existing ancestor for a path not there yet); optional. */
  realPath?(path: string): Promise<string>;
  /** Whether a lock's owner still runs: false only when it certainly does not (same host, no such process). */
  ownerAlive?(owner: LockOwner): boolean;
  /** What this process writes into its locks (tool, pid, host). */
  readonly owner: Omit<LockOwner, 'token' | 'time' | 'temp'>;
  /** Clock and sleep, injectable so tests drive time. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The folder part of a path (up to its last separator), '' when there is none. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : path.slice(0, cut);
}

/** The last segment of a path. */
export function nameOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/** `name` in the same folder as `path`, with the separator `path` uses. */
export function sibling(path: string, name: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? name : path.slice(0, cut + 1) + name;
}

/** Text as UTF-8 bytes; chunks are joined. */
export function contentBytes(content: FileContent): Uint8Array {
  if (content instanceof Uint8Array) return content;
  return new TextEncoder().encode(typeof content === 'string' ? content : [...content].join(''));
}

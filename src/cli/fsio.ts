/**
 * Reading text files strictly as UTF-8 and writing files atomically, synchronously.
 * Kept for code written before the write pipeline; new code reads through
 * `loadSidecarFile`/`readTextFile` and writes through `updateSidecar`, `updateRegistry` or
 * `writeExport` (src/core/storage) with `nodeFs(tool)`, which apply the limits and the lock.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../core';

/** A file's text, or why there is none. */
export type ReadResult = { kind: 'ok'; raw: string } | { kind: 'missing' } | { kind: 'error'; message: string };

/** Reads and decodes a file (BOM kept, as the core expects); never throws. */
export function readText(file: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'error', message: code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { kind: 'ok', raw: decoded.raw } : { kind: 'error', message: decoded.error };
}

/**
 * @deprecated Takes no lock and does not re-read: use the write pipeline (src/core/storage).
 * Writes `content` as UTF-8 so that readers see the old file or the new one,
 * never half of it: a temporary file in the same folder (same file system,
 * so the rename is atomic), then a rename over the target. Creates missing folders.
 */
export function writeAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  fs.writeFileSync(temporary, content, { encoding: 'utf8', flag: 'wx' });
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

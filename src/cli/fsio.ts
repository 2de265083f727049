/**
 * Reading text files strictly as UTF-8, synchronously. New code reads through
 * `loadSidecarFile`/`readTextFile` and writes through `updateSidecar`, `updateRegistry` or
 * `writeExport` (src/core/storage) with `nodeFs(tool)`, which apply the limits and the lock.
 */
import * as fs from 'node:fs';
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

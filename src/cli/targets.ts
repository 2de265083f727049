/**
 * Turning command-line operands into annotated files: a text file, its
 * sidecar (`<name>.annotations.yaml`) or a folder, searched recursively for
 * sidecars (skipping node_modules and dot-folders; symbolic links to folders
 * are not followed, so a link cycle cannot loop).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSidecarName, sidecarNameFor, textNameForSidecar } from '../core';
import { UsageError } from './errors';

/** One text file and its sidecar (which may not exist). */
export interface Target {
  /** Absolute paths. */
  text: string;
  sidecar: string;
  /** Path of the text file relative to the working directory, with `/` separators (may start with `..`). */
  document: string;
}

/** Every annotated file named by `operands`, in path order, each once. Throws {@link UsageError} for a path that does not exist. */
export function resolveTargets(operands: readonly string[], cwd: string): Target[] {
  const bySidecar = new Map<string, Target>();
  const add = (sidecar: string, text: string): void => {
    if (!bySidecar.has(sidecar)) bySidecar.set(sidecar, { text, sidecar, document: relativeDocument(cwd, text) });
  };
  for (const operand of operands) {
    const full = path.resolve(cwd, operand);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new UsageError(`no such file or folder: ${operand}`);
    }
    if (stat.isDirectory()) {
      for (const sidecar of sidecarsUnder(full)) add(sidecar, textNameForSidecar(sidecar) as string);
    } else if (isSidecarName(full)) {
      add(full, textNameForSidecar(full) as string);
    } else {
      add(sidecarNameFor(full), full);
    }
  }
  return [...bySidecar.values()].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
}

/** `path` relative to the working directory, for messages (native separators). */
export function shown(cwd: string, file: string): string {
  return path.relative(cwd, file) || '.';
}

function relativeDocument(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

function sidecarsUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
      } else if (isSidecarName(entry.name) && (entry.isFile() || isFileLink(full))) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}

function isFileLink(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * What `npm start -- <folder>` opens: the folder given (relative to where npm was run), or
 * samples/; and the file the workbench shows first, so it opens on a text rather than on
 * the Get Started page.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface StartTarget {
  readonly folder: string;
  /** The first transcript or plain text of the folder, when it has one. */
  readonly file?: string;
}

/** Resolves the folder argument; throws a one-line Error a user can act on. */
export function startTarget(argument: string | undefined, cwd: string, samples: string): StartTarget {
  const folder = argument ? path.resolve(cwd, argument) : samples;
  if (!fs.existsSync(folder)) throw new Error(`No such folder: ${argument ?? folder}. Usage: npm start -- <folder>`);
  if (!fs.statSync(folder).isDirectory())
    throw new Error(`Not a folder: ${argument ?? folder}. Usage: npm start -- <folder> (open the folder that holds the file)`);
  const file = firstText(folder, 3);
  return { folder, ...(file ? { file } : {}) };
}

function firstText(folder: string, depth: number): string | undefined {
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const text = entries.find((entry) => entry.isFile() && /\.(transcript|txt)$/i.test(entry.name));
  if (text) return path.join(folder, text.name);
  if (depth === 0) return undefined;
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const found = firstText(path.join(folder, entry.name), depth - 1);
    if (found) return found;
  }
  return undefined;
}

/** Copies a fixture workspace to a fresh temporary folder, since tests write into it. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function copyWorkspace(source: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-workspace-'));
  fs.cpSync(source, target, { recursive: true });
  return target;
}

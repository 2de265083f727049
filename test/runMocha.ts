/** Runs mocha programmatically and prints the closing line `N passed, N failed` that CI reads. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface MochaResult {
  readonly passed: number;
  readonly failed: number;
}

/** Every `*.test.js` file under `dir`, sorted so runs are reproducible. */
export function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export function runMocha(files: readonly string[], options: Mocha.MochaOptions & { label: string }): Promise<MochaResult> {
  const { label, ...mochaOptions } = options;
  const mocha = new Mocha({ ui: 'bdd', color: false, ...mochaOptions });
  const grep = process.env['TA_GREP'];
  if (grep) mocha.grep(grep);
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      resolve({ passed, failed });
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}

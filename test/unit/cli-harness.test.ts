/**
 * Running the command-line tool as users do: the bundle esbuild makes of
 * src/cli/main.ts (the same options as scripts/build.mjs, written to a
 * temporary folder so a concurrent `npm run build` is never disturbed),
 * started with node in a fresh copy of test/fixtures/cli.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../../..');
const made: string[] = [];
let bundle: string | undefined;

/** Path of the built bin (built once per test run). */
export function buildCli(): string {
  if (bundle === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-cli-bin-'));
    made.push(dir);
    const outfile = path.join(dir, 'cli.js');
    esbuild.buildSync({
      absWorkingDir: root,
      entryPoints: ['src/cli/main.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'error',
    });
    bundle = outfile;
  }
  return bundle;
}

/** A fresh copy of test/fixtures/cli; removed after the run. */
export function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-cli-ws-'));
  made.push(dir);
  fs.cpSync(path.join(root, 'test/fixtures/cli'), dir, { recursive: true });
  return dir;
}

/** Result of one run of the tool. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node cli.js ...args` in `cwd`. */
export function cli(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [buildCli(), ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Reads a workspace file as UTF-8. */
export const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');

after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('The command-line tool build', function () {
  this.timeout(20_000);

  it('is the package bin, bundled from src/cli/main.ts to dist/cli.js by scripts/build.mjs', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    assert.deepEqual(manifest.bin, { 'transcript-annotator': './dist/cli.js' });
    const script = fs.readFileSync(path.join(root, 'scripts/build.mjs'), 'utf8');
    assert.match(script, /entryPoints: \['src\/cli\/main\.ts'\], outfile: 'dist\/cli\.js', banner: \{ js: '#!\/usr\/bin\/env node' \}/);
  });

  it('starts with a node shebang and runs without VS Code', () => {
    assert.ok(fs.readFileSync(buildCli(), 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.doesNotMatch(fs.readFileSync(buildCli(), 'utf8'), /require\("vscode"\)/);
    assert.equal(cli(os.tmpdir(), '--help').status, 0);
  });
});

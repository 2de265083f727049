/**
 * Bundles the integration suites for the web worker extension host: one CommonJS file
 * (`module`, `exports` and a `require` that knows only `vscode`, as the host evaluates it)
 * holding mocha's browser build, test/web/index.ts and every suite that is not desktop-only.
 * `node:assert/strict` becomes test/web/assert.ts and `node:child_process` test/web/noShell.ts (for
 * the tests `itWithShell` skips there); any other Node built-in is a build error.
 */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { desktopOnlySuites } from '../web/desktopOnly';
import { projectRoot } from './codeServer';

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const assertModule = path.join(projectRoot, 'test/web/assert.ts');
const noShellModule = path.join(projectRoot, 'test/web/noShell.ts');

/**
 * The suites the web worker host runs: test/web's own, then those of test/integration that are
 * not desktop-only, sorted as the Node run sorts them.
 */
export function webSuiteFiles(): string[] {
  const suites = (dir: string, keep: (name: string) => boolean): string[] =>
    fs
      .readdirSync(path.join(projectRoot, dir))
      .filter((name) => name.endsWith('.test.ts') && keep(name))
      .sort()
      .map((name) => path.join(projectRoot, dir, name));
  return [...suites('test/web', () => true), ...suites('test/integration', (name) => !(name in desktopOnlySuites))];
}

const webSuites: esbuild.Plugin = {
  name: 'web-suites',
  setup(build) {
    build.onLoad({ filter: /[\\/]test[\\/]web[\\/]suites\.ts$/ }, () => ({
      loader: 'ts',
      resolveDir: path.join(projectRoot, 'test/web'),
      contents: `export function loadWebSuites(): void {\n${webSuiteFiles()
        .map((file) => `  require(${JSON.stringify(file)});`)
        .join('\n')}\n}\n`,
    }));
  },
};

const browserModules: esbuild.Plugin = {
  name: 'browser-modules',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: assertModule }));
    build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: noShellModule }));
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      nodeBuiltins.has(args.path)
        ? {
            errors: [
              {
                text: `"${args.path}" is a Node.js built-in module, which the web worker extension host does not have (imported by ${path.relative(projectRoot, args.importer)}); use vscode.workspace.fs, or list the suite in test/web/desktopOnly.ts with the reason`,
              },
            ],
          }
        : undefined,
    );
  },
};

/** The same stand-in for csv-stringify's `Buffer` as the browser bundle's (scripts/webBuild.mjs says why). */
const csvStringifyWithoutBuffer: esbuild.Plugin = {
  name: 'csv-stringify-without-buffer',
  setup(build) {
    build.onLoad({ filter: /[\\/]csv-stringify[\\/]lib[\\/].*\.js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!/\bBuffer\b/.test(source)) return undefined;
      return { contents: `const Buffer = { isBuffer: () => false, from: (bytes) => Uint8Array.from(bytes) };\n${source}`, loader: 'js' };
    });
  },
};

/** Writes the bundle and returns its path. */
export async function buildWebTests(grep: string | undefined): Promise<string> {
  const outfile = path.join(projectRoot, 'out/test/web/tests.js');
  await esbuild.build({
    entryPoints: [path.join(projectRoot, 'test/web/index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    define: { TA_WEB_GREP: JSON.stringify(grep ?? '') },
    plugins: [webSuites, browserModules, csvStringifyWithoutBuffer],
  });
  return outfile;
}

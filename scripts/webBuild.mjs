// The browser bundle's esbuild options (dist/web/extension.js, for the web worker extension host).
// Kept apart from build.mjs so the Node builds stay as they are.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules, createRequire } from 'node:module';

const { oneVscodeImport } = createRequire(import.meta.url)('./extensionBundle.cjs');

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Resolves a relative import `./x` to `./x.web.ts` when that sibling exists: the browser
 * variant of a module that needs a shell (e.g. the git merge driver set-up).
 */
const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.endsWith('.ts')) return undefined;
      const candidate = path.resolve(args.resolveDir, `${args.path}.web.ts`);
      return candidate !== args.importer && fs.existsSync(candidate) ? { path: candidate } : undefined;
    });
  },
};

/** A Node.js built-in module in the browser bundle is a build error naming who imports it. */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!nodeBuiltins.has(args.path)) return undefined;
      return {
        errors: [
          { text: `"${args.path}" is a Node.js built-in module and cannot run in the browser (imported by ${path.relative(process.cwd(), args.importer)})` },
        ],
      };
    });
  },
};

/**
 * csv-stringify's ESM build reads the global `Buffer` when the module loads (a UTF-8 BOM
 * constant) and to recognise Buffer-valued options. This extension passes strings only and
 * writes its own BOM (src/core/exchange/csv.ts), so within those files alone `Buffer` is a
 * stand-in that recognises nothing; its official browser build would add about 33 KB for a
 * full Buffer polyfill.
 */
const csvStringifyWithoutBuffer = {
  name: 'csv-stringify-without-buffer',
  setup(build) {
    build.onLoad({ filter: /[\\/]csv-stringify[\\/]lib[\\/].*\.js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!/\bBuffer\b/.test(source)) return undefined;
      const standIn = 'const Buffer = { isBuffer: () => false, from: (bytes) => Uint8Array.from(bytes) };\n';
      return { contents: standIn + source, loader: 'js' };
    });
  },
};

/**
 * Node globals that do not exist in a web worker. Each free use is renamed to a marker (which
 * fails at run time just as the original would) so that `checkWebBundle` can name it.
 */
const nodeGlobals = ['Buffer', 'process', '__dirname', '__filename', 'global', 'setImmediate', 'require.resolve'];
const markerPrefix = '__nodeGlobalInBrowserBundle_';
const markers = Object.fromEntries(nodeGlobals.map((name) => [name, markerPrefix + name.replace('.', '_')]));

/** esbuild options for the browser bundle. */
export function webBuildOptions(production) {
  return {
    entryPoints: ['src/extension.web.ts'],
    outfile: 'dist/web/extension.js',
    bundle: true,
    platform: 'browser',
    // The web worker host evaluates the file as a CommonJS function body (module, exports, require).
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    metafile: true,
    define: markers,
    plugins: [oneVscodeImport, webVariants, noNodeBuiltins, csvStringifyWithoutBuffer],
  };
}

/** Throws when the written browser bundle uses a Node global or requires anything but `vscode`. */
export function checkWebBundle(outfile = 'dist/web/extension.js') {
  const code = fs.readFileSync(outfile, 'utf8');
  const globals = [...new Set([...code.matchAll(new RegExp(`${markerPrefix}(\\w+)`, 'g'))].map((m) => m[1]))];
  if (globals.length > 0) throw new Error(`${outfile} uses the Node global(s) ${globals.join(', ')}, which a web worker does not have`);
  const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]).filter((name) => name !== 'vscode');
  if (required.length > 0) throw new Error(`${outfile} requires ${[...new Set(required)].join(', ')}: only "vscode" exists in the web worker host`);
  return { bytes: Buffer.byteLength(code) };
}

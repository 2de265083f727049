// The esbuild options of the extension bundle and its size budget, shared by scripts/build.mjs
// and the editor benchmark (test/launcher/benchEditor.ts), so that both measure the same bundle.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** Largest minified bundle allowed (issues #14, #17): 500 KB of 1,000 bytes, as the benchmarks print it. */
const BUNDLE_BUDGET_BYTES = 500 * 1000;

/** esbuild options of dist/extension.js; `production` minifies and drops the source map. */
function extensionOptions(production) {
  return {
    entryPoints: [path.join(root, 'src/extension.ts')],
    outfile: path.join(root, 'dist/extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    external: ['vscode'],
    // yaml's Node build is CommonJS, which esbuild cannot tree-shake; its ES module build
    // (the same code, for browsers and web workers) lets unused parts drop out.
    alias: { yaml: path.join(root, 'node_modules/yaml/browser/index.js') },
    plugins: [oneVscodeImport],
  };
}

// Every source file's `import * as vscode from 'vscode'` goes through src/util/vscodeApi.ts,
// so the API object is wrapped for ES module interop once when the bundle loads, not once per
// importing file (see that file).
const vscodeApi = path.join(root, 'src/util/vscodeApi.ts');
const oneVscodeImport = {
  name: 'one-vscode-import',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.importer === vscodeApi ? { path: 'vscode', external: true } : { path: vscodeApi }));
  },
};

/**
 * Builds the minified bundle in memory and returns its size with the largest inputs, or throws
 * a one-line error naming them when the bundle is over budget.
 */
async function checkBundleBudget(esbuild, options = extensionOptions(true)) {
  const result = await esbuild.build({ ...options, write: false, metafile: true, outfile: path.join(root, 'dist/budget-check.min.js') });
  const output = Object.values(result.metafile.outputs)[0];
  const bytes = output ? output.bytes : 0;
  const largest = Object.entries(output ? output.inputs : {})
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 5)
    .map(([file, input]) => `${path.relative(root, file)} ${(input.bytesInOutput / 1000).toFixed(1)} KB`);
  if (bytes > BUNDLE_BUDGET_BYTES) {
    throw new Error(`The minified bundle ${path.relative(root, options.outfile)} is ${(bytes / 1000).toFixed(0)} KB, over its budget of ${BUNDLE_BUDGET_BYTES / 1000} KB (largest inputs: ${largest.join(', ')}).`);
  }
  return { bytes, largest };
}

module.exports = { BUNDLE_BUDGET_BYTES, extensionOptions, checkBundleBudget, oneVscodeImport };

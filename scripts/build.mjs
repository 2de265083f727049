// Bundles the extension (and the command-line tool) with esbuild.
// --production minifies and drops source maps; the default build is for development.
// Every build also checks the minified extension bundle against its size budget and fails
// when it is over (scripts/extensionBundle.cjs).
import * as esbuild from 'esbuild';
import bundle from './extensionBundle.cjs';
import { checkWebBundle, webBuildOptions } from './webBuild.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

const builds = [
  bundle.extensionOptions(production),
  // The command-line tool (package.json "bin"): plain Node, no VS Code.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The browser entry (package.json "browser"): the web worker extension host.
  webBuildOptions(production),
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  try {
    await bundle.checkBundleBudget(esbuild);
    await bundle.checkBundleBudget(esbuild, webBuildOptions(true));
    checkWebBundle();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

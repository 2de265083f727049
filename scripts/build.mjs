// Bundles the extension (and the command-line tool) with esbuild.
// --production minifies and drops source maps; the default build is for development.
import * as esbuild from 'esbuild';
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
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
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
  checkWebBundle();
}

/**
 * The browser bundle (dist/web/extension.js, package.json "browser") built minified as
 * `npm run package` builds it, in memory: its size against the 500 KB budget, and the inputs
 * that weigh most, so a change that pulls in a large module shows here.
 */
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../..');
const budgetBytes = 500 * 1000;

interface WebBuild {
  webBuildOptions: (production: boolean) => esbuild.BuildOptions & { metafile: true };
}

export async function benchWebBundle(): Promise<void> {
  // The build script is an ES module; Node 20.19+ loads it from CommonJS.
  const { webBuildOptions } = require(path.join(root, 'scripts/webBuild.mjs')) as WebBuild;
  const options = webBuildOptions(true);
  const previous = process.cwd();
  process.chdir(root);
  try {
    const result = await esbuild.build({ ...options, write: false, logLevel: 'silent' });
    const bundle = result.outputFiles.find((file) => file.path.endsWith('.js'));
    if (!bundle) throw new Error('esbuild wrote no browser bundle');
    const bytes = bundle.contents.byteLength;
    const kb = (n: number): string => `${(n / 1000).toFixed(0)} KB`;
    console.log('Browser bundle (dist/web/extension.js, minified)');
    console.log(
      `  size ${kb(bytes)} of the ${kb(budgetBytes)} budget (${(bytes / budgetBytes).toFixed(2)}x), gzip ${kb(gzipSync(bundle.contents).byteLength)}`,
    );
    const output = Object.values(result.metafile.outputs).find((entry) => entry.entryPoint);
    const heaviest = Object.entries(output?.inputs ?? {})
      .map(
        ([input, { bytesInOutput }]) =>
          [input.replace(/^node_modules\/([^/]+(\/[^/]+)?)\/.*$/, '$1 (package)').replace(/^src\/([^/]+)\/.*$/, 'src/$1/'), bytesInOutput] as const,
      )
      .reduce((sums, [group, size]) => sums.set(group, (sums.get(group) ?? 0) + size), new Map<string, number>());
    const top = [...heaviest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`  heaviest: ${top.map(([group, size]) => `${group} ${kb(size)}`).join(', ')}\n`);
  } finally {
    process.chdir(previous);
  }
}

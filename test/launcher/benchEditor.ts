/**
 * `npm run bench:editor`: the editor benchmark (bench/editor) inside a real VS Code extension
 * host, through the same offline server and headless Chromium as the integration tests, on an
 * empty temporary workspace. Also prints the size of the minified extension bundle.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { launchChromium, remoteUri, workbenchUrl } from './browser';
import { projectRoot, startServer } from './codeServer';

const timeoutMs = Number(process.env['TA_BENCH_TIMEOUT_MS'] ?? 30 * 60_000);
const verbose = process.env['TA_VERBOSE'] === '1';
const startMarker = 'Running in VS Code';

// The options of the extension bundle are shared with scripts/build.mjs.
const bundleScript = require(path.join(projectRoot, 'scripts/extensionBundle.cjs')) as { extensionOptions(production: boolean): esbuild.BuildOptions };

/** The extension bundle as `npm run package` builds it (minified, no source map), in a temporary folder. */
async function minifiedBundle(): Promise<string> {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ta-bundle-')), 'extension.js');
  await esbuild.build({ ...bundleScript.extensionOptions(true), outfile });
  return outfile;
}

async function main(): Promise<number> {
  const entry = path.join(projectRoot, 'out/bench/editor/index.js');
  if (!fs.existsSync(entry)) throw new Error('The editor benchmark is not compiled: run `npm run build:tests`.');
  if (!fs.existsSync(path.join(projectRoot, 'dist/extension.js'))) throw new Error('The extension is not built: run `npm run build`.');
  console.log(
    `Transcript Annotator editor benchmark (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown cpu'}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${new Date().toISOString()})`,
  );
  const bundle = await minifiedBundle();
  console.log(`extension bundle, minified: ${(fs.statSync(bundle).size / 1000).toFixed(0)} KB`);
  // The extension host inherits the server's environment: the bench times loading this bundle.
  process.env['TA_BENCH_MINIFIED_BUNDLE'] = bundle;

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-bench-workspace-'));
  const server = await startServer({ extraArgs: ['--enable-smoke-test-driver'], onOutput: (line) => verbose && console.log(`[server] ${line}`) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const startupLog: string[] = [];
    let started = false;
    let settle: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!started && text.startsWith(startMarker)) started = true;
      if (started || verbose) console.log(text);
      else startupLog.push(`[workbench ${type}] ${text}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    page.on('crash', () => settle(3));
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', remoteUri(server.port, projectRoot)],
      ['extensionTestsPath', remoteUri(server.port, entry)],
      ['skipWelcome', 'true'],
    ];
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`The editor benchmark did not finish within ${timeoutMs / 1000} s.`);
        resolve(4);
      }, timeoutMs).unref(),
    );
    const serverDied = server.exited.then((code) => {
      console.error(`The VS Code server exited during the benchmark (exit code ${code}).`);
      return 5;
    });
    await page.goto(workbenchUrl(server.origin, workspace, payload));
    const code = await Promise.race([finished, timeout, serverDied]);
    if (code !== 0 && !started) console.error(startupLog.join('\n'));
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

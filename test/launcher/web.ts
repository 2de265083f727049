/**
 * Runs the integration suites in the browser's web worker extension host, the one vscode.dev
 * and github.dev use: the same VS Code server and headless Chromium as launch.ts, but the
 * extension is loaded as a web extension. The project folder is served over plain HTTP with
 * CORS from a second local port, and an init script puts it into the workbench's web
 * configuration (`developmentOptions.extensions` and `.extensionTestsPath`) before
 * workbench.js reads it. The URL payload names no `extensionDevelopmentPath`: when it does,
 * the workbench ignores the development options and runs the extension in the Node host.
 * Exits 0 only when the suites ran and all passed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, workbenchUrl } from './browser';
import { projectRoot, startServer } from './codeServer';
import { serveFolder } from './staticServer';
import { buildWebTests } from './webTests';
import { copyWorkspace } from './workspace';

const testTimeoutMs = Number(process.env['TA_TEST_TIMEOUT_MS'] ?? 10 * 60_000);
const verbose = process.env['TA_VERBOSE'] === '1';
/** The first line test/web/index.ts prints. */
const testsStartMarker = 'Running in VS Code';

/** What the init script writes into the web configuration (URIs as `UriComponents`). */
interface DevelopmentLocations {
  readonly extension: { scheme: string; authority: string; path: string };
  readonly tests: { scheme: string; authority: string; path: string };
}

/**
 * The init script (page code, so a string: this file is compiled without the DOM library).
 * The configuration `<meta>` is parsed before the module script workbench.js runs, and a
 * mutation observer's callback runs in between.
 */
function injectDevelopmentOptions(locations: DevelopmentLocations): string {
  return `(() => {
    const locations = ${JSON.stringify(locations)};
    const observer = new MutationObserver(() => {
      const meta = document.getElementById('vscode-workbench-web-configuration');
      if (!meta) return;
      observer.disconnect();
      const settings = JSON.parse(meta.getAttribute('data-settings') || '{}');
      settings.developmentOptions = { ...settings.developmentOptions, extensions: [locations.extension], extensionTestsPath: locations.tests };
      meta.setAttribute('data-settings', JSON.stringify(settings));
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
  })();`;
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(projectRoot, 'dist/web/extension.js'))) throw new Error('The browser bundle is not built: run `npm run build`.');
  const testsEntry = await buildWebTests(process.env['TA_GREP']);

  const workspace = copyWorkspace(path.join(projectRoot, 'test/fixtures/workspace'));
  const files = await serveFolder(projectRoot);
  const server = await startServer({
    extraArgs: ['--enable-smoke-test-driver'],
    onOutput: (line) => verbose && console.log(`[server] ${line}`),
  });
  const browser = await launchChromium();
  try {
    // The workbench's Content-Security-Policy allows no second origin for extension code.
    const context = await browser.newContext({ bypassCSP: true });
    const page: Page = await context.newPage();
    const workbenchLog: string[] = [];
    let testsStarted = false;
    let settle: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (settle = resolve));

    // The workbench forwards the web worker host's console here too (the mocha reporter's output).
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!testsStarted && text.startsWith(testsStartMarker)) testsStarted = true;
      if (testsStarted || verbose) console.log(text);
      else workbenchLog.push(`[workbench ${type}] ${text}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    if (verbose) page.on('console', (message) => console.log(`[page] ${message.text()}`));
    page.on('crash', () => settle(3));

    const authority = `127.0.0.1:${files.port}`;
    await page.addInitScript({
      content: injectDevelopmentOptions({
        extension: { scheme: 'http', authority, path: '/' },
        tests: { scheme: 'http', authority, path: `/${path.relative(projectRoot, testsEntry).split(path.sep).join('/')}` },
      }),
    });

    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`Integration tests (web worker host) did not finish within ${testTimeoutMs / 1000} s.`);
        resolve(4);
      }, testTimeoutMs).unref(),
    );
    const serverDied = server.exited.then((code) => {
      console.error(`The VS Code server exited during the tests (exit code ${code}).`);
      return 5;
    });
    await page.goto(workbenchUrl(server.origin, workspace, [['skipWelcome', 'true']]));
    const code = await Promise.race([finished, timeout, serverDied]);
    if (code !== 0 && !testsStarted) console.error(workbenchLog.join('\n'));
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    await files.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

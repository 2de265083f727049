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
import type { Page } from 'playwright-core';
import { launchChromium, workbenchUrl } from './browser';
import { projectRoot, startServer } from './codeServer';
import { serveFolder } from './staticServer';
import { buildWebTests } from './webTests';
import { followTestRun } from './testRun';
import { copyWorkspace } from './workspace';

const verbose = process.env['TA_VERBOSE'] === '1';

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
    const run = await followTestRun(page, server, 'Integration tests (web worker host)', verbose);

    const authority = `127.0.0.1:${files.port}`;
    await page.addInitScript({
      content: injectDevelopmentOptions({
        extension: { scheme: 'http', authority, path: '/' },
        tests: { scheme: 'http', authority, path: `/${path.relative(projectRoot, testsEntry).split(path.sep).join('/')}` },
      }),
    });

    await page.goto(workbenchUrl(server.origin, workspace, [['skipWelcome', 'true']]));
    return await run.ended();
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

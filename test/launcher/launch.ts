/**
 * Runs the integration suites inside a real VS Code extension host with no internet:
 * the VS Code server from the code-server package, its web client in headless Chromium.
 * Exits 0 only when the suites ran and all passed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchChromium, remoteUri, workbenchUrl } from './browser';
import { projectRoot, startServer } from './codeServer';
import { copyWorkspace } from './workspace';
import { runUiChecks } from './uiChecks';

const testTimeoutMs = Number(process.env['TA_TEST_TIMEOUT_MS'] ?? 10 * 60_000);
const verbose = process.env['TA_VERBOSE'] === '1';
/** The first line test/integration/index.ts prints. */
const testsStartMarker = 'Running in VS Code';

async function main(): Promise<number> {
  const testsEntry = path.join(projectRoot, 'out/test/integration/index.js');
  if (!fs.existsSync(testsEntry)) throw new Error('Integration tests are not compiled: run `npm run build:tests`.');
  if (!fs.existsSync(path.join(projectRoot, 'dist/extension.js'))) throw new Error('The extension is not built: run `npm run build`.');

  const workspace = copyWorkspace(path.join(projectRoot, 'test/fixtures/workspace'));
  const server = await startServer({
    extraArgs: ['--enable-smoke-test-driver'],
    onOutput: (line) => verbose && console.log(`[server] ${line}`),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Workbench start-up noise (e.g. ENOTFOUND open-vsx.org) is kept back unless the run fails.
    const workbenchLog: string[] = [];
    let testsStarted = false;
    let settle: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (settle = resolve));

    // The workbench forwards the extension host's console here (the mocha reporter's output).
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!testsStarted && text.startsWith(testsStartMarker)) testsStarted = true;
      if (testsStarted || verbose) console.log(text);
      else workbenchLog.push(`[workbench ${type}] ${text}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    page.on('crash', () => settle(3));
    if (verbose) page.on('console', (message) => console.log(`[page] ${message.text()}`));

    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', remoteUri(server.port, projectRoot)],
      ['extensionTestsPath', remoteUri(server.port, testsEntry)],
      ['skipWelcome', 'true'],
    ];
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`Integration tests did not finish within ${testTimeoutMs / 1000} s.`);
        resolve(4);
      }, testTimeoutMs).unref(),
    );
    const serverDied = server.exited.then((code) => {
      console.error(`The VS Code server exited during the tests (exit code ${code}).`);
      return 5;
    });
    await page.goto(workbenchUrl(server.origin, workspace, payload));
    const code = await Promise.race([finished, timeout, serverDied]);
    if (code !== 0 && !testsStarted) console.error(workbenchLog.join('\n'));
    // The UI checks (a real double-click, typing into a quick pick) run in a page of their own, on a fresh copy;
    // a subset run (TA_GREP) skips them unless TA_UI_CHECKS=1 asks for them.
    if (process.env['TA_GREP'] && process.env['TA_UI_CHECKS'] !== '1') return code;
    const uiWorkspace = copyWorkspace(path.join(projectRoot, 'test/fixtures/workspace'));
    try {
      const checks = await runUiChecks(browser, server.origin, server.port, uiWorkspace);
      console.log('\n  UI checks (playwright, real workbench)');
      for (const check of checks) console.log(check.error ? `    ✗ ${check.name}\n      ${check.error.replace(/\n/g, '\n      ')}` : `    ✔ ${check.name}`);
      const failed = checks.filter((check) => check.error).length;
      console.log(`ui: ${checks.length - failed} passed, ${failed} failed`);
      return code !== 0 ? code : failed > 0 ? 6 : 0;
    } finally {
      fs.rmSync(uiWorkspace, { recursive: true, force: true });
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
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

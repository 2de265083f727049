/**
 * Runs the integration suites inside a real VS Code extension host with no internet:
 * the VS Code server from the code-server package, its web client in headless Chromium.
 * Exits 0 only when the suites ran and all passed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium, remoteUri, workbenchUrl } from './browser';
import { projectRoot, startServer } from './codeServer';
import { followTestRun } from './testRun';
import { copyWorkspace } from './workspace';
import { runUiChecks } from './uiChecks';

const verbose = process.env['TA_VERBOSE'] === '1';

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
    const run = await followTestRun(page, server, 'Integration tests', verbose);

    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', remoteUri(server.port, projectRoot)],
      ['extensionTestsPath', remoteUri(server.port, testsEntry)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(workbenchUrl(server.origin, workspace, payload));
    const code = await run.ended();
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

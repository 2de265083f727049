/**
 * Follows one run of the integration suites in the workbench page, for either extension host:
 * the reporter's output (forwarded by the smoke-test driver) is printed, the exit code comes
 * from the driver's `codeAutomationExit`, and a timeout, a crashed page or a server that exits
 * early ends the run with a code of its own.
 */
import { format } from 'node:util';
import type { Page } from 'playwright-core';
import type { RunningServer } from './codeServer';

const testTimeoutMs = Number(process.env['TA_TEST_TIMEOUT_MS'] ?? 10 * 60_000);
/** The first line the tests entries (test/integration/index.ts, test/web/index.ts) print. */
const testsStartMarker = 'Running in VS Code';

export interface TestRun {
  /** Resolves with the run's exit code once the page is open and the run has ended. */
  readonly ended: () => Promise<number>;
}

/** Installs the page hooks; call before navigating. `what` names the run in its error lines. */
export async function followTestRun(page: Page, server: RunningServer, what: string, verbose: boolean): Promise<TestRun> {
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

  return {
    ended: async () => {
      const timeout = new Promise<number>((resolve) =>
        setTimeout(() => {
          console.error(`${what} did not finish within ${testTimeoutMs / 1000} s.`);
          resolve(4);
        }, testTimeoutMs).unref(),
      );
      const serverDied = server.exited.then((code) => {
        console.error(`The VS Code server exited during the tests (exit code ${code}).`);
        return 5;
      });
      const code = await Promise.race([finished, timeout, serverDied]);
      if (code !== 0 && !testsStarted) console.error(workbenchLog.join('\n'));
      return code;
    },
  };
}

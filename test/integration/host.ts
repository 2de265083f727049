/** Which extension host the suites run in: Node's, or the browser's web worker (test/launcher/web.ts). */

/** True in the web worker extension host, where there is no Node.js and no shell. */
export const inWebWorker = typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node !== 'string';

/**
 * A test that needs a shell (git, the command-line tool): it runs in the Node host and is
 * listed as skipped in the web worker host, with the reason in its name.
 */
export function itWithShell(title: string, reason: string, test: Mocha.AsyncFunc | Mocha.Func): Mocha.Test {
  return inWebWorker ? it.skip(`${title} (desktop only: ${reason})`) : it(title, test);
}

/**
 * `node:child_process` in the web test bundle: the tests that use it are skipped there
 * (`itWithShell`, test/integration/host.ts), so a call means one was not marked.
 */
export function execFileSync(file: string): never {
  throw new Error(`${file}: there is no shell in the web worker extension host; mark the test with itWithShell`);
}

/**
 * Integration suites that cannot run in the web worker extension host, each with the reason.
 * The web test bundle leaves them out and lists them as pending suites named with that reason,
 * so a run says what it did not cover; every other suite of test/integration runs in both hosts.
 * A single test that needs a shell inside a suite that does not is marked with `itWithShell`
 * (test/integration/host.ts) instead.
 */
export const desktopOnlySuites: Readonly<Record<string, string>> = {
  'concurrent-writers.test.ts': 'races the command-line tool, a Node.js process, against the extension',
  'export-symlinks.test.ts': "makes symbolic links with Node fs; the browser's file systems have none to follow",
  'team-merge.test.ts': 'installs and runs the git merge driver, which needs a shell',
};

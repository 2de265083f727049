/**
 * Integration suites that cannot run in the web worker extension host, each with the reason.
 * The web test bundle leaves them out and lists them as pending suites named with that reason,
 * so a run says what it did not cover; every other suite of test/integration runs in both hosts.
 */
export const desktopOnlySuites: Readonly<Record<string, string>> = {
  'concurrent-writers.test.ts': 'races the command-line tool, a Node.js process, against the extension',
  'export-symlinks.test.ts': "makes symbolic links with Node fs; the browser's file systems have none to follow",
  'team-adjudicate.test.ts': 'runs git in a shell to make the branches it compares',
  'team-agreement.test.ts': 'runs git in a shell to make the branches it compares',
  'team-author.test.ts': 'reads the author from git through the git extension, which runs in the Node host only',
  'team-merge.test.ts': 'installs and runs the git merge driver, which needs a shell',
};

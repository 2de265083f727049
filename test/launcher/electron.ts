/**
 * The same integration suites in desktop VS Code through @vscode/test-electron, for
 * contributors with internet access (it downloads VS Code). CI uses launch.ts instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { projectRoot } from './codeServer';
import { copyWorkspace } from './workspace';

async function main(): Promise<void> {
  const workspace = copyWorkspace(path.join(projectRoot, 'test/fixtures/workspace'));
  try {
    await runTests({
      version: process.env['TA_VSCODE_VERSION'] ?? '1.100.3',
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: path.join(projectRoot, 'out/test/integration/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

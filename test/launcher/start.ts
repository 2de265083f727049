/**
 * `npm start [-- <folder>]`: the extension, built from source, on samples/ (or the folder
 * given) in a real VS Code, opened on the folder's first text.
 * Desktop `code` when it is on PATH; otherwise the local VS Code server on 127.0.0.1,
 * whose URL is printed, until Ctrl+C.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { remoteUri, workbenchUrl } from './browser';
import { findServerMain, projectRoot, startServer } from './codeServer';
import { startTarget } from './startTarget';

const samples = path.join(projectRoot, 'samples');

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
  // npm runs scripts in the project folder; INIT_CWD is where the user typed `npm start`.
  const target = startTarget(process.argv[2], process.env['INIT_CWD'] ?? process.cwd(), samples);
  const shown = path.relative(process.cwd(), target.folder) || '.';
  if (onPath('code') && process.env['TA_USE_SERVER'] !== '1') {
    console.log(`Opening ${shown} in desktop VS Code with the extension under development...`);
    const child = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${projectRoot}`, target.folder, ...(target.file ? [target.file] : [])], {
      stdio: 'inherit',
    });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  if (!findServerMain()) {
    console.log('First run: installing a local VS Code (about 300 MB, downloaded once into .vscode-test/; later starts take seconds).');
    const setup = spawnSync('bash', [path.join(projectRoot, 'scripts/setup-test-vscode.sh')], { stdio: 'inherit' });
    if (setup.status !== 0) process.exit(1);
  }
  const port = Number(process.env['TA_PORT'] ?? 0) || undefined;
  const server = await startServer({ port });
  const url = workbenchUrl(server.origin, target.folder, [
    ['extensionDevelopmentPath', remoteUri(server.port, projectRoot)],
    // Straight to the text: no Get Started page, no release notes.
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
    ...(target.file ? [['openFile', remoteUri(server.port, target.file)] as const] : []),
  ]);
  console.log(
    `\nTranscript Annotator is running on ${shown} in VS Code (local server):\n\n  ${url}\n\nOpen that address in a browser on this machine. Press Ctrl+C to stop.\n`,
  );
  const stop = (): void => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await server.exited;
  console.error(`The VS Code server stopped (exit code ${code}).`);
  process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

/**
 * Starts the VS Code server shipped in the `code-server` npm package (installed by
 * scripts/setup-test-vscode.sh into .vscode-test/code-server) on a free loopback port.
 */
import { spawn, ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../../..');

/** The server-main.js of the installed test VS Code, or undefined when it is not installed. */
export function findServerMain(): string | undefined {
  const main = path.join(projectRoot, '.vscode-test/code-server/node_modules/code-server/lib/vscode/out/server-main.js');
  return fs.existsSync(main) ? main : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  readonly port: number;
  readonly origin: string;
  /** Resolves with the exit code when the server process ends. */
  readonly exited: Promise<number | null>;
  stop(): void;
}

export interface ServerOptions {
  /** Extra server flags, e.g. the smoke-test driver that makes the workbench honour a test payload. */
  readonly extraArgs?: readonly string[];
  /** Receives the server's own output lines (noise, mostly). */
  readonly onOutput?: (line: string) => void;
  readonly startTimeoutMs?: number;
  /** A fixed port; a free one is chosen when absent. */
  readonly port?: number;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const serverMain = findServerMain();
  if (!serverMain) {
    throw new Error('The test VS Code is not installed: run `bash scripts/setup-test-vscode.sh`.');
  }
  const port = options.port ?? (await freePort());
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-vscode-server-'));
  const args = [
    serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--skip-welcome',
    '--server-data-dir',
    path.join(stateDir, 'server-data'),
    '--user-data-dir',
    path.join(stateDir, 'user-data'),
    '--extensions-dir',
    path.join(stateDir, 'extensions'),
    ...(options.extraArgs ?? []),
  ];
  // Detached: the server and its extension host form one process group that stop() ends together.
  const child: ChildProcess = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = (): void => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    fs.rmSync(stateDir, { recursive: true, force: true });
  };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The VS Code server did not start within the time limit.')), options.startTimeoutMs ?? 60_000);
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        options.onOutput?.(line);
        if (line.includes('Web UI available at')) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The VS Code server exited before it was ready (exit code ${code}).`));
    });
  });

  return { port, origin: `http://127.0.0.1:${port}`, exited, stop };
}

/** Headless Debian Chromium, driven by playwright-core, as the VS Code web client. */
import * as fs from 'node:fs';
import { chromium, Browser } from 'playwright-core';

const chromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const fromEnv = process.env['TA_CHROMIUM'];
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return chromiumPaths.find((candidate) => fs.existsSync(candidate));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error("Chromium was not found: run `bash scripts/setup-test-vscode.sh` (installs Debian's chromium).");
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // The background-networking flags keep Chromium from dialling out on a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL that opens `folder` with the given development payload. */
export function workbenchUrl(origin: string, folder: string, payload: ReadonlyArray<readonly [string, string]>): string {
  const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${origin}/?${query.toString()}`;
}

/** A path on the server machine as the web client addresses it. */
export function remoteUri(port: number, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${port}${absolutePath}`;
}

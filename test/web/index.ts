/**
 * Integration tier entry point for the web worker extension host (`extensionTestsPath` of the
 * web launcher, test/launcher/web.ts). The host evaluates one CommonJS file whose only import
 * is `vscode`, so test/launcher/webTests.ts bundles this file, mocha's browser build and the
 * suites into one. Resolves when every suite passed; rejects when any failed or none ran.
 */
import * as vscode from 'vscode';
import 'mocha/mocha.js';
import { desktopOnlySuites } from './desktopOnly';
import { loadWebSuites } from './suites';

/** `TA_GREP` of the launcher's environment, written in when the bundle is built. */
declare const TA_WEB_GREP: string;

export async function run(): Promise<void> {
  console.log(`Running in VS Code ${vscode.version} (${vscode.env.appHost}, ui kind ${vscode.UIKind[vscode.env.uiKind]}, web worker extension host)`);
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  if (TA_WEB_GREP) mocha.grep(TA_WEB_GREP);
  // Mocha's reporter would paint a page; in a worker it only logs. Its own exit hooks stay off.
  mocha.cleanReferencesAfterRun(true);
  for (const [file, reason] of Object.entries(desktopOnlySuites)) {
    describe.skip(`${file} (desktop only: ${reason})`, () => it('is not run in the web worker extension host', () => undefined));
  }
  loadWebSuites();
  const { passed, failed, pending } = await new Promise<{ passed: number; failed: number; pending: number }>((resolve) => {
    let passed = 0;
    let failed = 0;
    let pending = 0;
    const runner = mocha.run(() => {
      console.log(`integration (web worker): ${passed} passed, ${failed} failed, ${pending} skipped`);
      resolve({ passed, failed, pending });
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.on('pending', () => pending++);
  });
  if (failed > 0) throw new Error(`${failed} integration test(s) failed in the web worker extension host`);
  if (passed === 0) throw new Error(`No integration test ran in the web worker extension host (${pending} skipped)`);
}

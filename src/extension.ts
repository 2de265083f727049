/** Node entry point: the desktop and remote extension host. */
import * as vscode from 'vscode';
import { activateShared } from './extension.shared';
import { testApi, type TestApi } from './testApi';

/** What `activate` returns to other extensions (the editor benchmark reads it). */
export interface ActivationInfo {
  /** How long `activate` took, in milliseconds (loading the bundle not included). */
  readonly activationMs: number;
  /** Test-only internals (src/testApi.ts); not an API. */
  readonly test: TestApi;
}

export function activate(context: vscode.ExtensionContext): ActivationInfo {
  const started = performance.now();
  const services = activateShared(context);
  return { activationMs: performance.now() - started, test: testApi(services) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

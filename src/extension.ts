/** Node entry point: the desktop and remote extension host. */
import * as vscode from 'vscode';
import { activateShared } from './extension.shared';

/** What `activate` returns to other extensions (the editor benchmark reads it). */
export interface ActivationInfo {
  /** How long `activate` took, in milliseconds (loading the bundle not included). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ActivationInfo {
  const started = performance.now();
  activateShared(context);
  return { activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

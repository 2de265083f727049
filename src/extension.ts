/** Node entry point: the desktop and remote extension host. */
import * as vscode from 'vscode';
import { activateShared } from './extension.shared';

export function activate(context: vscode.ExtensionContext): void {
  activateShared(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

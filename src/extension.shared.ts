/**
 * Composition root shared by the node and browser entry points: builds the services,
 * wires them together and registers every disposable in one place.
 */
import * as vscode from 'vscode';
import { outputChannelName } from './ids';

export function activateShared(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel(outputChannelName, { log: true });
  context.subscriptions.push(log);
  log.info(`Transcript Annotator activated in VS Code ${vscode.version}`);
}

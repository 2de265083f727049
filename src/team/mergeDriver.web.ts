/**
 * The merge driver in the browser bundle (scripts/build.mjs resolves `./mergeDriver` to this
 * file for the web worker host). Git runs the driver as a Node.js process, which vscode.dev and
 * github.dev cannot start, so nothing of the desktop set-up is loaded there: the command is
 * hidden where `shellExecutionSupported` is false and, run anyway (from a script), says why.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';

export async function installMergeDriver(_services: Services, _argument: unknown): Promise<undefined> {
  throw new Error('The merge driver needs the desktop or remote VS Code (git runs it with Node.js).');
}

/** Nothing to offer: the driver cannot be installed from a browser. */
export function offerMergeDriver(_services: Services): vscode.Disposable {
  return new vscode.Disposable(() => undefined);
}

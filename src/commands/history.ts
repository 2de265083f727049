/** Transcript Annotator: Undo / Redo — the previous annotation set of the file, one change at a time. */
import * as vscode from 'vscode';
import { parseArgs, targetEditor } from '../annotate/args';
import { Services } from '../services';

async function travel(services: Services, rawArgs: unknown, direction: 'undo' | 'redo'): Promise<string | undefined> {
  const { document } = await targetEditor(parseArgs(rawArgs));
  const label = await services.annotator[direction](document.uri);
  const verb = direction === 'undo' ? 'Undid' : 'Redid';
  if (label) void vscode.window.setStatusBarMessage(`${verb}: ${label}`, 3000);
  else void vscode.window.showInformationMessage(`Nothing to ${direction} in the annotations of ${vscode.workspace.asRelativePath(document.uri)}.`);
  return label;
}

export const undoAnnotations = (services: Services, args: unknown): Promise<string | undefined> => travel(services, args, 'undo');
export const redoAnnotations = (services: Services, args: unknown): Promise<string | undefined> => travel(services, args, 'redo');

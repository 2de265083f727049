/**
 * The message an export ends with: shown as a notification with the next steps as buttons
 * (open the exported file, reveal it in the Explorer, open its folder in the system's file
 * manager on desktop), so a user sees where the files went without the notification centre.
 */
import * as vscode from 'vscode';
import type { NextStep } from '../util/userError';

/** The buttons for an export written to `out` (a file for single-file formats, else a folder). */
export function exportNextSteps(out: vscode.Uri, single: boolean): NextStep[] {
  const inWorkspace = vscode.workspace.getWorkspaceFolder(out) !== undefined;
  const desktop = vscode.env.uiKind === vscode.UIKind.Desktop && out.scheme === 'file';
  return [
    ...(single ? [{ title: 'Open', command: 'vscode.open' as const, args: out }] : []),
    ...(inWorkspace ? [{ title: 'Reveal in Explorer', command: 'revealInExplorer' as const, args: out }] : []),
    ...(desktop ? [{ title: 'Open Folder', command: 'revealFileInOS' as const, args: out }] : []),
  ];
}

export async function showExportDone(message: string, steps: readonly NextStep[], warn: boolean, showWarnings: () => void): Promise<void> {
  const titles = [...steps.map((step) => step.title), ...(warn ? ['Show Warnings'] : [])];
  const chosen = await (warn ? vscode.window.showWarningMessage(message, ...titles) : vscode.window.showInformationMessage(message, ...titles));
  if (chosen === 'Show Warnings') return showWarnings();
  const step = steps.find((candidate) => candidate.title === chosen);
  if (step) await vscode.commands.executeCommand(step.command, step.args);
}

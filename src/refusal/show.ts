/**
 * The one place that tells the user a change was refused, with a button to the file at fault.
 * The stores decide (../refusal/refusal.ts); this shows.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core';
import type { Refusal } from './refusal';

/** Tells the user why their change was refused; not awaited, so the command ends at once. */
export function showRefusal(refusal: Refusal): void {
  switch (refusal.reason) {
    case 'invalid-sidecar': {
      const name = vscode.workspace.asRelativePath(refusal.sidecarUri);
      void vscode.window
        .showErrorMessage(
          `The annotations of ${vscode.workspace.asRelativePath(refusal.textUri)} cannot be changed: ${name} has errors${where(refusal.problems)}. Fix them first; an invalid sidecar is never overwritten.`,
          'Open Sidecar',
        )
        .then((action) => (action === 'Open Sidecar' ? showFileAt(refusal.sidecarUri, refusal.problems) : undefined));
      return;
    }
    case 'invalid-registry':
      void vscode.window
        .showErrorMessage(
          `The entity registry ${vscode.workspace.asRelativePath(refusal.uri)} has errors${where(refusal.problems)}, so it was not changed. Fix it first; an invalid registry is never overwritten.`,
          'Open Registry',
        )
        .then((action) => (action === 'Open Registry' ? showFileAt(refusal.uri, refusal.problems) : undefined));
      return;
    case 'unsaved-registry':
      void vscode.window
        .showWarningMessage(
          `The entity registry ${vscode.workspace.asRelativePath(refusal.uri)} has unsaved changes, so it was not changed. Save or revert them first.`,
          'Open Registry',
        )
        .then((action) => (action === 'Open Registry' ? vscode.window.showTextDocument(refusal.uri) : undefined));
      return;
  }
}

function where(problems: readonly Problem[]): string {
  const first = problems.find((problem) => problem.severity === 'error');
  return first ? ` (line ${first.line + 1}, column ${first.column + 1}: ${first.message})` : '';
}

/** Opens a sidecar or registry with the cursor on its first error (else its first problem, else the top). */
export async function showFileAt(uri: vscode.Uri, problems: readonly Problem[]): Promise<vscode.TextEditor> {
  const first = problems.find((problem) => problem.severity === 'error') ?? problems[0];
  const position = new vscode.Position(first?.line ?? 0, first?.column ?? 0);
  return vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
}

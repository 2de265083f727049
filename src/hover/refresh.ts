/**
 * A hover card does not redraw itself when what it shows changes, so after an action taken
 * from a card (its links pass `hover: true`) the stale card is closed and the annotation's
 * card is shown again, at the cursor, which moves into the annotation when it is elsewhere.
 * A removed annotation just loses its card.
 */
import * as vscode from 'vscode';
import { spansOf } from '../decorations/spans';
import { SidecarStore } from '../sidecar/store';

/** Whether a command argument came from a hover card link. */
export function fromHover(argument: unknown): argument is { uri: string; id: string; hover: true } {
  if (typeof argument !== 'object' || argument === null) return false;
  const { uri, id, hover } = argument as Record<string, unknown>;
  return hover === true && typeof uri === 'string' && typeof id === 'string';
}

export async function refreshHover(store: SidecarStore, argument: { uri: string; id: string }): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === argument.uri);
  await vscode.commands.executeCommand('editor.action.hideHover');
  if (!editor) return;
  const span = spansOf(store, editor.document).find((candidate) => candidate.annotation.id === argument.id);
  if (!span) return;
  if (!span.range.contains(editor.selection.active) || span.range.end.isEqual(editor.selection.active)) {
    editor.selection = new vscode.Selection(span.range.start, span.range.start);
  }
  if (vscode.window.activeTextEditor !== editor) await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  await vscode.commands.executeCommand('editor.action.showHover');
}

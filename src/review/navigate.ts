/**
 * Next / Previous Annotation and Next Unreviewed: select the annotation after (or before)
 * the current selection in document order, wrapping at either end, cursor at its start.
 */
import * as vscode from 'vscode';
import { Span, spansOf } from '../decorations/spans';
import { Services } from '../services';
import { UserError } from '../util/userError';

export type Direction = 'next' | 'previous';

/**
 * Spans are ordered by (start, end) and the selection is compared the same way, so that
 * two annotations starting at one place (an entity inside a speaker label) are both visited.
 */
function compare(range: vscode.Range, selection: vscode.Range): number {
  return range.start.compareTo(selection.start) || range.end.compareTo(selection.end);
}

export function pickSpan(spans: readonly Span[], selection: vscode.Range, direction: Direction): Span | undefined {
  if (direction === 'next') return spans.find((span) => compare(span.range, selection) > 0) ?? spans[0];
  return [...spans].reverse().find((span) => compare(span.range, selection) < 0) ?? spans[spans.length - 1];
}

/** Selects the span with the cursor at its start (anchor at its end) and scrolls to it. */
export function selectSpan(editor: vscode.TextEditor, span: Span): void {
  editor.selection = new vscode.Selection(span.range.end, span.range.start);
  editor.revealRange(span.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function navigate(services: Services, direction: Direction, unreviewedOnly = false): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new UserError('Open a transcript to move between its annotations.');
  const all = spansOf(services.store, editor.document);
  const spans = unreviewedOnly ? all.filter((span) => span.annotation.status === 'proposed') : all;
  const target = pickSpan(spans, editor.selection, direction);
  if (target) {
    selectSpan(editor, target);
    return;
  }
  const name = vscode.workspace.asRelativePath(editor.document.uri);
  const message = unreviewedOnly ? `Every annotation of ${name} has been reviewed.` : `${name} has no annotations.`;
  void vscode.window.showInformationMessage(message);
}

/** Speaker turns of an open transcript, parsed once per document version. */
import * as vscode from 'vscode';
import { parseTurns, type TextRange, type Turn } from '../core/transcript';

interface Parsed {
  readonly version: number;
  readonly turns: readonly Turn[];
}

// The outline, breadcrumbs and folding all ask for the same version in quick succession;
// keyed weakly so a closed document's turns go with it.
const parsed = new WeakMap<vscode.TextDocument, Parsed>();

export function turnsOf(document: vscode.TextDocument): readonly Turn[] {
  const cached = parsed.get(document);
  if (cached && cached.version === document.version) return cached.turns;
  const turns = parseTurns(document.getText());
  parsed.set(document, { version: document.version, turns });
  return turns;
}

/** The one place where core offsets become editor positions. */
export function rangeOf(document: vscode.TextDocument, range: TextRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

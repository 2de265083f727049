/** The outline, breadcrumbs and Go to Symbol: one symbol per speaker turn. */
import * as vscode from 'vscode';
import { rangeOf, turnsOf } from './turns';

export class TranscriptSymbolProvider implements vscode.DocumentSymbolProvider {
  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    const symbols: vscode.DocumentSymbol[] = [];
    for (const turn of turnsOf(document)) {
      if (token.isCancellationRequested) break;
      // DocumentSymbol rejects an empty name; fall back to the label as written.
      const name = turn.name.trim() || turn.labelText;
      // Event rather than a structural kind: a turn is a moment in the broadcast, and its
      // icon keeps turns apart from the headings of other outlines.
      symbols.push(
        new vscode.DocumentSymbol(name, turn.role ?? '', vscode.SymbolKind.Event, rangeOf(document, turn), rangeOf(document, turn.label)),
      );
    }
    return symbols;
  }
}

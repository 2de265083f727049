/** Folding: each speaker turn that runs over more than one line folds to its label line. */
import * as vscode from 'vscode';
import { turnsOf } from './turns';

export class TranscriptFoldingProvider implements vscode.FoldingRangeProvider {
  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.FoldingRange[] {
    const ranges: vscode.FoldingRange[] = [];
    for (const turn of turnsOf(document)) {
      if (token.isCancellationRequested) break;
      const first = document.positionAt(turn.start).line;
      const last = document.positionAt(turn.end).line;
      if (last > first) ranges.push(new vscode.FoldingRange(first, last));
    }
    return ranges;
  }
}

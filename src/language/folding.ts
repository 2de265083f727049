/**
 * Folding: each speaker turn that runs over more than one line folds to its label line,
 * each article section to its subheading, and each block of boilerplate (kind Comment,
 * so "Fold All Block Comments" puts page chrome away) to its first line.
 */
import * as vscode from 'vscode';
import { outlineArticle } from '../core/transcript';
import type { OutletBoilerplate } from './boilerplate';
import { turnsOf } from './turns';

export class TranscriptFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly boilerplate: OutletBoilerplate) {}

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    const ranges: vscode.FoldingRange[] = [];
    const add = (start: number, end: number, kind?: vscode.FoldingRangeKind): void => {
      const first = document.positionAt(start).line;
      const last = document.positionAt(end).line;
      if (last > first) ranges.push(new vscode.FoldingRange(first, last, kind));
    };
    const turns = turnsOf(document);
    for (const turn of turns) {
      if (token.isCancellationRequested) return ranges;
      add(turn.start, turn.end);
    }
    const outline = outlineArticle(document.getText(), await this.boilerplate.rangesOf(document));
    if (turns.length === 0) for (const section of outline.sections) if (section.title) add(section.range.start, section.range.end);
    for (const block of outline.boilerplate) add(block.start, block.end, vscode.FoldingRangeKind.Comment);
    return ranges;
  }
}

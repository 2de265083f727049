/**
 * Folding: each speaker turn that runs over more than one line folds to its label line,
 * each article section to its subheading, and each block of boilerplate (kind Comment,
 * so "Fold All Block Comments" puts page chrome away) to its first line.
 */
import * as vscode from 'vscode';
import { boilerplateBlocks } from '../core/transcript';
import type { OutletBoilerplate } from './boilerplate';
import type { TypingPause } from './pause';
import { articleOutlineOf, turnsOf } from './turns';

export class TranscriptFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(
    private readonly boilerplate: OutletBoilerplate,
    private readonly pause: TypingPause,
  ) {}

  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    return this.pause.analyse(document, token, () => this.folds(document, token));
  }

  private async folds(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
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
    const boilerplate = await this.boilerplate.rangesOf(document);
    // A transcript folds by turns: only an article needs its outline's sections.
    const blocks = turns.length > 0 ? boilerplateBlocks(document.getText(), boilerplate) : articleOutlineOf(document, boilerplate).boilerplate;
    if (turns.length === 0)
      for (const section of articleOutlineOf(document, boilerplate).sections) if (section.title) add(section.range.start, section.range.end);
    for (const block of blocks) add(block.start, block.end, vscode.FoldingRangeKind.Comment);
    return ranges;
  }
}

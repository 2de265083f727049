/**
 * Boilerplate found with the whole document in view (the masthead before the headline,
 * bios after the end, lines repeated across an outlet's files, a credit glued to a line)
 * gets the grammar's boilerplate scope through a semantic token, mapped in package.json
 * (`semanticTokenScopes`), so themes colour it like the boilerplate the grammar finds.
 */
import * as vscode from 'vscode';
import type { OutletBoilerplate } from './boilerplate';
import type { TypingPause } from './pause';

/** The token legend: one type, `boilerplate` (a subtype of `comment`). */
export const boilerplateLegend = new vscode.SemanticTokensLegend(['boilerplate'], []);

export class BoilerplateTokensProvider implements vscode.DocumentSemanticTokensProvider {
  readonly onDidChangeSemanticTokens: vscode.Event<void>;

  constructor(
    private readonly boilerplate: OutletBoilerplate,
    private readonly pause: TypingPause,
  ) {
    this.onDidChangeSemanticTokens = boilerplate.onDidChange;
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    return this.pause.analyse(document, token, () => this.tokens(document, token));
  }

  private async tokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const builder = new vscode.SemanticTokensBuilder(boilerplateLegend);
    const ranges = await this.boilerplate.rangesOf(document);
    for (const r of ranges) {
      if (token.isCancellationRequested) break;
      // Every range lies on one line, as semantic tokens must.
      const start = document.positionAt(r.start);
      const end = document.positionAt(r.end);
      if (end.line === start.line && end.character > start.character) builder.push(new vscode.Range(start, end), 'boilerplate');
    }
    return builder.build();
  }
}

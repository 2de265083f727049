/**
 * The outline, breadcrumbs and Go to Symbol. A transcript lists its speaker turns; an
 * article its headline, sections and the sources each section quotes. Boilerplate
 * blocks are one symbol each, folded away to their first line.
 */
import * as vscode from 'vscode';
import { boilerplateBlocks, type ArticleOutline, type BoilerplateBlock } from '../core/transcript';
import type { OutletBoilerplate } from './boilerplate';
import type { TypingPause } from './pause';
import { articleOutlineOf, rangeOf, turnsOf } from './turns';

export class TranscriptSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly boilerplate: OutletBoilerplate,
    private readonly pause: TypingPause,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    return this.pause.analyse(document, token, () => this.symbols(document, token));
  }

  private async symbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const ranges = await this.boilerplate.rangesOf(document);
    const turns = turnsOf(document);
    if (turns.length > 0) {
      // A transcript's outline is its turns: the article outline (sections, quoted sources) is not needed.
      const chrome = boilerplateBlocks(document.getText(), ranges).map((block) => boilerplateSymbol(document, block));
      const symbols: vscode.DocumentSymbol[] = [];
      for (const turn of turns) {
        if (token.isCancellationRequested) break;
        // DocumentSymbol rejects an empty name; fall back to the label as written.
        const name = turn.name.trim() || turn.labelText;
        // Event rather than a structural kind: a turn is a moment in the broadcast, and its
        // icon keeps turns apart from the headings of other outlines.
        symbols.push(new vscode.DocumentSymbol(name, turn.role ?? '', vscode.SymbolKind.Event, rangeOf(document, turn), rangeOf(document, turn.label)));
      }
      return [...symbols, ...chrome];
    }
    const outline = articleOutlineOf(document, ranges);
    return [...articleSymbols(document, outline), ...outline.boilerplate.map((block) => boilerplateSymbol(document, block))];
  }
}

function articleSymbols(document: vscode.TextDocument, outline: ArticleOutline): vscode.DocumentSymbol[] {
  const sections = outline.sections.map((section) => {
    const range = rangeOf(document, section.range);
    const symbol = section.title
      ? new vscode.DocumentSymbol(section.title.text, 'section', vscode.SymbolKind.Namespace, range, rangeOf(document, section.title))
      : undefined;
    const sources = section.sources.map((source) => {
      const first = rangeOf(document, source.mentions[0] ?? section.range);
      const detail = `quoted source, ${source.kind}${source.mentions.length > 1 ? `, ${source.mentions.length} times` : ''}`;
      return new vscode.DocumentSymbol(source.name, detail, source.kind === 'person' ? vscode.SymbolKind.Object : vscode.SymbolKind.Module, first, first);
    });
    return { symbol, sources, range };
  });
  const headline = outline.headline;
  if (!headline) return sections.flatMap(({ symbol, sources }) => (symbol ? [withChildren(symbol, sources)] : sources));
  const lead = sections[0];
  const end = sections[sections.length - 1]?.range.end ?? rangeOf(document, headline).end;
  const top = new vscode.DocumentSymbol(
    headline.text,
    'headline',
    vscode.SymbolKind.File,
    new vscode.Range(rangeOf(document, headline).start, end),
    rangeOf(document, headline),
  );
  top.children = [
    ...(lead && !lead.symbol ? lead.sources : []),
    ...sections.filter((s) => s.symbol).map(({ symbol, sources }) => withChildren(symbol as vscode.DocumentSymbol, sources)),
  ];
  return [top];
}

function withChildren(symbol: vscode.DocumentSymbol, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
  symbol.children = children;
  return symbol;
}

function boilerplateSymbol(document: vscode.TextDocument, block: BoilerplateBlock): vscode.DocumentSymbol {
  const range = rangeOf(document, block);
  const first = block.first.length > 40 ? `${block.first.slice(0, 39)}…` : block.first;
  const detail = block.lines === 1 ? first : `${block.lines} lines: ${first}`;
  return new vscode.DocumentSymbol('Boilerplate', detail, vscode.SymbolKind.Null, range, new vscode.Range(range.start, range.start));
}

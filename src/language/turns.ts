/** Speaker turns of an open transcript, parsed once per document version. */
import * as vscode from 'vscode';
import { outlineArticle, parseTurns, type ArticleOutline, type BoilerplateRange, type TextRange, type Turn } from '../core/transcript';

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

const outlines = new WeakMap<vscode.TextDocument, { version: number; boilerplate: readonly BoilerplateRange[]; outline: ArticleOutline }>();

/** The article outline of this version (outline and folding both ask; it costs a pass over the whole text). */
export function articleOutlineOf(document: vscode.TextDocument, boilerplate: readonly BoilerplateRange[]): ArticleOutline {
  const cached = outlines.get(document);
  if (cached && cached.version === document.version && cached.boilerplate === boilerplate) return cached.outline;
  const outline = outlineArticle(document.getText(), boilerplate);
  outlines.set(document, { version: document.version, boilerplate, outline });
  return outline;
}

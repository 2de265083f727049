import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId } from '../../src/ids';
import { workspaceFile } from './util';

const fixture = (name: string): vscode.Uri => workspaceFile(`webcopy/${name}`);

/** The text of every semantic token of type `boilerplate` in the document. */
async function boilerplateTokens(document: vscode.TextDocument): Promise<string[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  assert.ok(legend && tokens, 'the transcript language provides semantic tokens');
  const type = legend.tokenTypes.indexOf('boilerplate');
  assert.ok(type >= 0, 'the legend has a boilerplate type');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, tokenType] = [tokens.data[i], tokens.data[i + 1], tokens.data[i + 2], tokens.data[i + 3]] as number[];
    line += deltaLine as number;
    character = deltaLine === 0 ? character + (deltaStart as number) : (deltaStart as number);
    if (tokenType === type) out.push(document.getText(new vscode.Range(line, character, line, character + (length as number))));
  }
  return out;
}

describe('Web-copied transcripts and articles', () => {
  before(async () => {
    await vscode.extensions.getExtension(extensionId)?.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('marks the masthead, the glued credit, the bio and the page chrome as boilerplate tokens', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('radio-chrome.transcript'));
    const tokens = await boilerplateTokens(document);
    for (const expected of [
      'WVPR',
      'News',
      'Music',
      'Menu',
      '0:00 0:00',
      'Transcript provided by Brightline Verbatim, Copyright WVPR.',
      'Maria Okonjo is a correspondent covering labor and the waterfront for WVPR.',
    ]) {
      assert.ok(tokens.includes(expected), `${expected} is boilerplate (got ${JSON.stringify(tokens)})`);
    }
    assert.ok(!tokens.some((t) => t.includes('Ferry crews join') || t.includes('BYLINE') || t === 'Maria Okonjo'), 'headline, turns and byline are text');
  });

  it('marks a line the outlet repeats in its other files as boilerplate', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('wire-followup.transcript'));
    const tokens = await boilerplateTokens(document);
    assert.deepEqual(
      tokens.filter((t) => t.startsWith('More from')),
      ['More from Meridian Wire: Harbor live updates', 'More from Meridian Wire: Harbor live updates'],
    );
    assert.ok(!tokens.some((t) => t.startsWith('"We are')), 'a quotation is never boilerplate');
  });

  it('gives an article an outline: the headline, its sections, the sources they quote, and boilerplate folded to one entry each', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('wire-chrome.transcript'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const headline = symbols.find((s) => s.kind === vscode.SymbolKind.File);
    const rest = symbols.filter((s) => s !== headline);
    assert.ok(headline);
    assert.equal(headline.name, 'Varnholm police say detentions topped 1,150 after harbor march');
    assert.equal(headline.kind, vscode.SymbolKind.File);
    assert.deepEqual(
      headline.children.map((c) => c.name),
      ['the interior ministry', 'Katrin Solberg', 'Prof. Elin Reyes', 'What happens next'],
    );
    const section = headline.children[3];
    assert.equal(section?.kind, vscode.SymbolKind.Namespace);
    assert.deepEqual(
      section?.children.map((c) => [c.name, c.detail]),
      [["Varnholm Dockworkers' Union", 'quoted source, organization']],
    );
    assert.ok(rest.length >= 4 && rest.every((s) => s.name === 'Boilerplate' && s.children.length === 0), 'boilerplate blocks are single, childless entries');
    assert.equal(rest[0]?.detail, '5 lines: Meridian Wire');
  });

  it('folds boilerplate blocks as comments and article sections to their subheading', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('wire-chrome.transcript'));
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const comments = ranges.filter((r) => r.kind === vscode.FoldingRangeKind.Comment).map((r) => document.lineAt(r.start).text);
    assert.deepEqual(comments, ['Meridian Wire', '4 min read', '3 of 12', 'Sign up for the Meridian Morning newsletter']);
    assert.ok(ranges.some((r) => r.kind === undefined && document.lineAt(r.start).text === 'What happens next'));
  });

  describe('words', () => {
    let editor: vscode.TextEditor;

    before(async () => {
      editor = await vscode.window.showTextDocument(fixture('radio-chrome.transcript'));
    });

    /** Where `word` first appears after `after` on a line, as a position a third of the way into it. */
    function inside(word: string, after = ''): vscode.Position {
      const text = editor.document.getText();
      const at = text.indexOf(word, after ? text.indexOf(after) : 0);
      assert.ok(at >= 0, word);
      return editor.document.positionAt(at + Math.floor(word.length / 3));
    }

    it('has word separators for transcripts that keep hyphens, apostrophes, thousands commas and percent signs in words', () => {
      const separators = vscode.workspace.getConfiguration('editor', { languageId: 'transcript' }).get<string>('wordSeparators') ?? '';
      for (const kept of ['-', ',', "'", '%']) assert.ok(!separators.includes(kept), `${kept} is not a separator`);
      for (const split of ['(', ')', '"', '.', ':', ';']) assert.ok(separators.includes(split), `${split} still separates`);
    });

    it('selects only part of "Jean-Luc" on a double-click in plain text, where the default separators apply', async () => {
      const plain = await vscode.window.showTextDocument(
        await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Prime Minister Jean-Luc Abadie' }),
      );
      await vscode.commands.executeCommand('_wordSelect', { source: 'mouse', position: { lineNumber: 1, column: 17 } });
      assert.equal(plain.document.getText(plain.selection), 'Jean');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      editor = await vscode.window.showTextDocument(fixture('radio-chrome.transcript'));
    });

    // What a double-click selects: the word between separators, hyphenated names and figures whole.
    const words: Array<[string, string]> = [
      ['Jean-Luc', 'Jean-Luc'],
      ['2,400-strong', '2,400-strong'],
      ['some-3,100', 'some-3,100'],
      ['40%-rise', '40%-rise'],
      ['1,200', '1,200'],
    ];
    for (const [word, expected] of words) {
      it(`selects "${expected}" whole on a double-click, and word-based features see it whole`, async () => {
        const position = inside(word);
        // The command the editor's mouse handler runs on a double-click, at the clicked position.
        await vscode.commands.executeCommand('_wordSelect', { source: 'mouse', position: { lineNumber: position.line + 1, column: position.character + 1 } });
        assert.equal(editor.document.getText(editor.selection), expected);
        const range = editor.document.getWordRangeAtPosition(position);
        assert.equal(range && editor.document.getText(range), expected);
      });
    }
  });
});

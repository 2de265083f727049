/** Loads the transcript grammar in vscode-textmate and reports which runs of text carry a scope. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// Compiled tests live in out/test/unit, three levels below the project root.
export const ROOT = path.resolve(__dirname, '../../..');
export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'transcript.tmLanguage.json');

let loading: Promise<textmate.IGrammar> | undefined;

/** The grammar, loaded once per test run. */
export function transcriptGrammar(): Promise<textmate.IGrammar> {
  loading ??= (async () => {
    await oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'text.transcript' ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const loaded = await registry.loadGrammar('text.transcript');
    assert.ok(loaded, 'grammar should load');
    return loaded;
  })();
  return loading;
}

/**
 * Tokenizes consecutive lines, carrying the rule stack across them, and
 * returns for each line the maximal runs of text that carry `scope`.
 */
export function scopedRuns(grammar: textmate.IGrammar, lines: readonly string[], scope: string): string[][] {
  let stack = textmate.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const runs: string[] = [];
    let open = false;
    for (const token of result.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      if (!token.scopes.includes(scope)) {
        open = false;
      } else if (open) {
        runs[runs.length - 1] += text;
      } else if (text.length > 0) {
        runs.push(text);
        open = true;
      }
    }
    return runs;
  });
}

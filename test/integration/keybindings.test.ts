import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId } from '../../src/ids';

interface Keybinding {
  key: string;
  mac?: string;
  command: string;
  when?: string;
}

// The Review Suggestions flow binds single keys, but only while a review runs (issue 19).
const REVIEWING = 'transcriptAnnotator.reviewingSuggestions';

/** VS Code's own default keybindings (and other extensions'), as the running workbench lists them. */
async function defaultKeybindings(): Promise<Keybinding[]> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
  const json = document.getText().replace(/^\s*\/\/.*$/gm, '');
  return (JSON.parse(json) as Keybinding[]).filter((binding) => !binding.command.replace(/^-/, '').startsWith('transcriptAnnotator.'));
}

describe('Keybindings', () => {
  it('start with a chord prefix that none of VS Code’s default keybindings uses (on this platform)', async () => {
    const ours = (vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings;
    assert.ok(ours.length > 0);
    const defaults = await defaultKeybindings();
    assert.ok(defaults.length > 100, `VS Code lists its defaults (${defaults.length})`);
    const firstChords = new Set(defaults.map((binding) => binding.key.split(' ')[0]));
    for (const binding of ours.filter((b) => !(b.when ?? '').includes(REVIEWING))) {
      const prefix = binding.key.split(' ')[0];
      assert.ok(!firstChords.has(prefix), `${binding.key} (${binding.command}) starts with ${prefix}, which VS Code already binds`);
    }
  });

  it('bind single keys only for the Review Suggestions flow, and only while it runs in a transcript editor', () => {
    const ours = (vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings;
    const modal = ours.filter((b) => (b.when ?? '').includes(REVIEWING));
    assert.deepEqual(
      modal.map((b) => [b.command, b.key]),
      [
        ['transcriptAnnotator.acceptSuggestion', 'alt+a'],
        ['transcriptAnnotator.rejectSuggestion', 'alt+r'],
        ['transcriptAnnotator.skipSuggestion', 'alt+n'],
        ['transcriptAnnotator.stopReviewingSuggestions', 'escape'],
      ],
    );
    assert.ok(modal.every((b) => (b.when ?? '').includes('editorTextFocus') && (b.when ?? '').includes('editorLangId == transcript')));
  });
});

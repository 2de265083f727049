import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile, internal } from './util';

interface Colors {
  legend: Array<{ type: string; color: string; custom: boolean }>;
  texts: Record<string, string[]>;
}

const textFile = workspaceFile('firsthour/dock-vote.txt');
const sidecarFile = workspaceFile('firsthour/dock-vote.txt.annotations.yaml');
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const configuration = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('transcriptAnnotator');
/** Deep equality that ignores the order of object keys. */
const same = (a: unknown, b: unknown): boolean => {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
};

describe('Colours per entity type', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    await configuration().update('entityTypes', ['person', 'organization', 'location', 'event', 'other', 'broadcaster'], vscode.ConfigurationTarget.Workspace);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    await vscode.workspace.fs.delete(sidecarFile).then(undefined, () => undefined);
    const tag = async (text: string, type: string): Promise<void> => {
      const at = editor.document.getText().indexOf(text);
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
      await run('tagEntity', { type });
    };
    await tag('Teodora Brandt', 'person');
    await tag('Varnholm', 'location');
    await tag('Harbor Public Radio', 'broadcaster');
  });

  after(async () => {
    await configuration().update('entityTypes', undefined, vscode.ConfigurationTarget.Workspace);
    await configuration().update('entityTypeColors', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecarFile).then(undefined, () => undefined);
  });

  it('draws each entity type in its own contributed theme colour, a further configured type in the next free slot', async () => {
    const expected = {
      'transcriptAnnotator.entityType.person': ['Teodora Brandt'],
      'transcriptAnnotator.entityType.location': ['Varnholm'],
      'transcriptAnnotator.entityType.extra1': ['Harbor Public Radio'],
    };
    let colors: Colors | undefined;
    await waitFor(async () => {
      colors = await internal<Colors>('getEntityTypeColors');
      return same(colors.texts, expected);
    }, 'the type colours').catch((error: Error) => assert.fail(`${error.message}: ${JSON.stringify(colors?.texts)}`));
    const legend = colors?.legend.map((entry) => `${entry.type}=${entry.color}`);
    assert.deepEqual(
      legend,
      ['person', 'organization', 'location', 'event', 'other']
        .map((type) => `${type}=transcriptAnnotator.entityType.${type}`)
        .concat('broadcaster=transcriptAnnotator.entityType.extra1'),
    );
    const contributed = (
      vscode.extensions.all.find((extension) => extension.id.endsWith('transcript-annotator'))?.packageJSON as {
        contributes: { colors: Array<{ id: string; defaults: Record<string, string> }> };
      }
    ).contributes.colors;
    for (const slot of ['person', 'organization', 'location', 'event', 'other', 'extra1', 'extra2', 'extra3']) {
      const entry = contributed.find((color) => color.id === `transcriptAnnotator.entityType.${slot}`);
      assert.deepEqual(Object.keys(entry?.defaults ?? {}).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], slot);
    }
  });

  it('uses the colour set in transcriptAnnotator.entityTypeColors, ignoring values that are not hex colours', async () => {
    await configuration().update('entityTypeColors', { person: '#12345680', location: 'red; content: "x"' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(async () => {
      const { texts, legend } = await internal<Colors>('getEntityTypeColors');
      return (
        same(texts['#12345680'], ['Teodora Brandt']) &&
        same(texts['transcriptAnnotator.entityType.location'], ['Varnholm']) &&
        legend.some((entry) => entry.type === 'person' && entry.custom)
      );
    }, 'the custom colour');
  });

  it('hides the type colours with the other highlights', async () => {
    assert.equal(await run('toggleHighlights'), false);
    try {
      await waitFor(async () => same((await internal<Colors>('getEntityTypeColors')).texts, {}), 'no type colours while hidden');
    } finally {
      await run('toggleHighlights');
    }
  });
});

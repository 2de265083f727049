import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile, internal } from './util';

const textFile = workspaceFile('firsthour/ferry-strike.txt');
const sidecarFile = workspaceFile('firsthour/ferry-strike.txt.annotations.yaml');
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('Names instead of ids', () => {
  let editor: vscode.TextEditor;
  const select = (text: string): void => {
    const at = editor.document.getText().indexOf(text);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
  };

  before(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    select('Ingrid Solheim-Vik');
    await run('tagEntity', { type: 'person', entity: 'Ingrid Solheim-Vik' });
    await run('renameEntity', { entity: 'ingrid-solheim-vik', name: 'Ingrid Solheim-Vik (harbour master)' });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecarFile).then(undefined, () => undefined);
  });

  it('names the canonical entity by its registry name in the markdown export’s Entity column', async () => {
    await run('export', { scope: 'file', format: 'markdown', out: 'out/names' });
    const report = await read(workspaceFile('out/names/firsthour/ferry-strike.txt.md'));
    assert.match(report, /^\| Ingrid Solheim-Vik \\\(harbour master\\\) \| person \| “Ingrid Solheim-Vik” \(line 5\) \|/m);
    assert.ok(!report.includes('ingrid-solheim-vik'), report);
  });

  it('names the canonical entity by its registry name in the hover card and the Annotations view', async () => {
    const position = editor.document.positionAt(editor.document.getText().indexOf('Solheim'));
    await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', textFile, position);
      return hovers.some((hover) =>
        hover.contents.some((content) => content instanceof vscode.MarkdownString && content.value.includes('**Ingrid Solheim\\-Vik \\(harbour master\\)**')),
      );
    }, 'the hover to name the entity');
    interface Snapshot {
      label: string;
      description?: string;
      children?: Snapshot[];
    }
    const flatten = (nodes: Snapshot[]): Snapshot[] => nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
    await waitFor(
      async () =>
        flatten(await internal<Snapshot[]>('getAnnotationTree')).some(
          (node) => node.label === 'Ingrid Solheim-Vik' && node.description === 'Ingrid Solheim-Vik (harbour master) · accepted',
        ),
      'the view to name the entity',
    );
  });
});

import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exportNextSteps } from '../../src/exchange/exportMessage';
import { waitFor, workspaceFile, internal } from './util';
import { promptsFromNow } from './prompts';

const textFile = workspaceFile('firsthour/dock-vote.txt');
const sidecarFile = workspaceFile('firsthour/dock-vote.txt.annotations.yaml');
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);
const sidecarText = (): Thenable<string> =>
  vscode.workspace.fs.readFile(sidecarFile).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => '',
  );

interface Snapshot {
  label: string;
  description?: string;
  children?: Snapshot[];
}

describe('Smaller first-hour fixes', () => {
  let editor: vscode.TextEditor;

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    if (await sidecarText()) await vscode.workspace.fs.delete(sidecarFile);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecarFile).then(undefined, () => undefined);
  });

  it('keeps the claim without a note when the note prompt of Tag Claim is dismissed with Esc, after asking', async () => {
    const quote = 'The union says 1,240 members voted';
    const at = editor.document.getText().indexOf(quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + quote.length));
    const prompts = await promptsFromNow();
    const pending = run<string[]>('tagClaim');
    // Who made it (the turn's speaker), the claim type (none), then Esc at the note.
    await prompts.answer('Who made this claim?');
    await prompts.answer('Claim type (optional)');
    await prompts.answer('Note (optional)', 'dismiss');
    await prompts.answer('No note given'); // Keep the claim without a note
    const ids = await pending;
    assert.equal(ids.length, 1);
    const sidecar = await sidecarText();
    assert.match(sidecar, /kind: claim\n(?: {4}.*\n)*? {4}quote: The union says 1,240 members voted\n/);
    assert.ok(!sidecar.includes('note:'), sidecar);
  });

  it('groups the Annotations view’s speaker labels by speaker instead of repeating identical rows', async () => {
    await run('tagSpeakerTurns');
    const flatten = (nodes: Snapshot[]): Snapshot[] => nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
    let speakers: Snapshot | undefined;
    await waitFor(async () => {
      const document = (await internal<Snapshot[]>('getAnnotationTree')).find((node) => node.label === 'firsthour/dock-vote.txt');
      speakers = flatten(document?.children ?? []).find((node) => node.label === 'Speakers');
      return (speakers?.children?.length ?? 0) > 0;
    }, 'the speakers of the file in the view');
    const rows = (speakers?.children ?? []).map((node) => [node.label, node.description, (node.children ?? []).map((child) => child.label)]);
    assert.deepEqual(rows, [
      ['Elin Marsh', '2 turns · host', ['ELIN MARSH', 'MARSH']],
      ['Kasimir Odele', '2 turns · byline', ['KASIMIR ODELE', 'ODELE']],
    ]);
  });

  it('offers to open and reveal an export written into the workspace', () => {
    const out = workspaceFile('out/report.md');
    const steps = exportNextSteps(out, true);
    assert.deepEqual(
      steps.map((step) => [step.title, step.command]),
      [
        ['Open', 'vscode.open'],
        ['Reveal in Explorer', 'revealInExplorer'],
      ],
    );
    assert.deepEqual(
      exportNextSteps(workspaceFile('out'), false).map((step) => step.title),
      ['Reveal in Explorer'],
      'a folder export is revealed, not opened',
    );
  });
});

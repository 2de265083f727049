import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './util';

const textFile = workspaceFile('firsthour/dock-vote.txt');
const sidecarFile = workspaceFile('firsthour/dock-vote.txt.annotations.yaml');

async function cardAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  const card = hovers
    .flatMap((hover) => hover.contents)
    .find((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString && content.value.includes('command:transcriptAnnotator.'));
  assert.ok(card, 'a hover card');
  return card.value;
}

/** The command and argument behind a link of a card, as a click would run them. */
function linkOf(card: string, title: string): { command: string; argument: unknown } | undefined {
  const match = new RegExp(`\\[${title}\\]\\(command:([^?)]+)\\?([^)]+)\\)`).exec(card);
  if (!match?.[1] || !match[2]) return undefined;
  return { command: match[1], argument: (JSON.parse(decodeURIComponent(match[2])) as unknown[])[0] };
}

describe('Hover cards after an action taken from them', () => {
  after(async () => {
    await vscode.commands.executeCommand('editor.action.hideHover');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sidecarFile).then(undefined, () => undefined);
  });

  it('shows the card again at the annotation with its new status and actions after Reject', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
    const text = editor.document.getText();
    const at = text.indexOf('Kasimir Odele');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Kasimir Odele'.length));
    await vscode.commands.executeCommand('transcriptAnnotator.tagEntity', { type: 'person', entity: 'Kasimir Odele', status: 'accepted' });
    const inside = editor.document.positionAt(at + 3);
    await waitFor(async () => (await cardAt(editor.document, inside)).includes('*accepted*'), 'the card of the new entity');
    // The mouse is on the name; the cursor is elsewhere, on the headline.
    const headline = editor.document.positionAt(text.indexOf('Dockworkers'));
    editor.selection = new vscode.Selection(headline, headline);

    const reject = linkOf(await cardAt(editor.document, inside), 'Reject');
    assert.ok(reject, 'the card offers Reject');
    assert.deepEqual(reject.argument, { uri: editor.document.uri.toString(), id: (reject.argument as { id: string }).id, hover: true });
    await vscode.commands.executeCommand(reject.command, reject.argument);

    const cursor = editor.selection.active;
    assert.equal(editor.document.offsetAt(cursor), at, 'the card is shown again where the annotation is');
    const card = await cardAt(editor.document, cursor);
    assert.match(card, /\*rejected\*/);
    assert.ok(linkOf(card, 'Accept'), 'the refreshed card offers Accept');
    assert.equal(linkOf(card, 'Reject'), undefined, 'and no longer Reject');
    assert.equal(linkOf(card, 'Open in sidecar')?.argument && (linkOf(card, 'Open in sidecar')?.argument as { hover: boolean }).hover, false);
  });
});

import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './util';

const textFile = workspaceFile('review/harbor-call-in.txt');
const sidecarFile = workspaceFile('review/harbor-call-in.txt.annotations.yaml');

/** The markdown of our hover cards at `position` (other providers' hovers left out). */
async function cardsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString && content.value.includes('command:transcriptAnnotator.'));
}

/** A position one character into the `occurrence`-th `text` of the document. */
function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let k = 0; k <= occurrence; k++) index = document.getText().indexOf(text, index + 1);
  assert.ok(index >= 0, `${text} is in ${document.uri.path}`);
  return document.positionAt(index + 1);
}

async function cardAt(document: vscode.TextDocument, text: string, occurrence = 0): Promise<vscode.MarkdownString> {
  const [card] = await cardsAt(document.uri, positionOf(document, text, occurrence));
  assert.ok(card, `a hover card on ${text}`);
  return card;
}

describe('Hover cards', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(textFile);
    await vscode.window.showTextDocument(document);
    // The watcher's scan loads every sidecar; the mention counts need the other review file's too.
    await waitFor(async () => (await cardAt(document, 'port authority')).value.includes('3 mentions in 2 files'), 'the workspace sidecars to load');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the kind, type, status, quote, attribution, author and dates of a claim', async () => {
    const { value } = await cardAt(document, 'four thousand');
    assert.match(value, /\*\*Claim\*\* · statistic · \*proposed\*/);
    assert.ok(value.includes('> We have four thousand members out tonight'), value);
    assert.ok(value.includes('Said by **Tomas Brenner** (speaker)'), value);
    assert.ok(value.includes('by desk\\-ana · created 2026-02-15 19:52 UTC · modified 2026-02-15 20:30 UTC'), value);
  });

  it('renders a note holding markdown, HTML and a command link as inert escaped text', async () => {
    const card = await cardAt(document, 'four thousand');
    const { value } = card;
    assert.ok(
      value.includes('\\*\\*bold\\*\\* &lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\[run\\]\\(command\\:workbench\\.action\\.terminal\\.new\\) \\`code\\`'),
      value,
    );
    assert.ok(!value.includes('<img'), 'no raw HTML');
    assert.ok(!value.includes('command:workbench'), 'no live link to a workbench command');
    const linked = [...value.matchAll(/\]\(command:([^?)]+)/g)].map((match) => match[1]);
    assert.ok(linked.length > 0 && linked.every((id) => id?.startsWith('transcriptAnnotator.')), linked.join(', '));
    assert.ok(!card.supportHtml, 'HTML support stays off');
    assert.ok(!card.supportThemeIcons, 'no $(icon) syntax, which escaping cannot neutralise');
    assert.equal(typeof card.isTrusted, 'object', 'trusted for named commands only, never wholesale');
    const enabled = (card.isTrusted as { enabledCommands: readonly string[] }).enabledCommands;
    assert.ok(enabled.length > 0 && enabled.every((id) => id.startsWith('transcriptAnnotator.')), enabled.join(', '));
  });

  it('gives overlapping annotations one section each, innermost first', async () => {
    const { value } = await cardAt(document, 'authority disputes');
    const sections = value.split('\n---\n');
    assert.equal(sections.length, 2);
    assert.match(sections[0] ?? '', /\*\*Entity\*\* · organization · \*accepted\*/);
    assert.match(sections[1] ?? '', /\*\*Claim\*\* · dispute · \*accepted\*/);
    assert.ok(sections[1]?.includes('Said by **Ingrid Vale** (speaker)'));
  });

  it('counts the mentions of a canonical entity across the workspace, leaving out rejected ones', async () => {
    const { value } = await cardAt(document, 'port authority', 1);
    assert.ok(value.includes('Canonical entity **varnholm\\-port\\-authority** · 3 mentions in 2 files'), value);
    const single = await cardAt(document, 'Pier Nine');
    assert.ok(single.value.includes('Canonical entity **pier\\-nine** · 1 mention in 1 file'), single.value);
  });

  it('links the review actions to this annotation by uri and id, offering only the status it does not have', async () => {
    const { value } = await cardAt(document, 'four thousand');
    // `hover` says whether the card is shown again after the action (not after leaving for the sidecar).
    const argument = (hover: boolean): string => encodeURIComponent(JSON.stringify([{ uri: textFile.toString(), id: 'hveclaim', hover }]));
    for (const command of ['acceptAnnotation', 'rejectAnnotation', 'editAnnotation', 'removeAnnotation', 'openSidecar']) {
      assert.ok(value.includes(`](command:transcriptAnnotator.${command}?${argument(command !== 'openSidecar')})`), command);
    }
    const accepted = await cardAt(document, 'Fewer than');
    assert.ok(!accepted.value.includes('acceptAnnotation'), 'no Accept on an accepted annotation');
    assert.ok(accepted.value.includes('rejectAnnotation'));
  });

  it('opens the sidecar at the annotation from the Open in sidecar link', async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.openSidecar', { uri: textFile.toString(), id: 'hveclaim' });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), sidecarFile.toString());
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '  - id: hveclaim');
    await vscode.window.showTextDocument(document);
  });

  it('shows no card outside annotated text', async () => {
    assert.deepEqual(await cardsAt(document.uri, positionOf(document, 'Good evening')), []);
  });

  it('shows the annotated text in its context when hovering an entry of the sidecar', async () => {
    const sidecar = await vscode.workspace.openTextDocument(sidecarFile);
    const [card] = await cardsAtSidecar(sidecar, '    quote: Pier Nine');
    assert.ok(card, 'a hover on the sidecar entry');
    assert.ok(card.value.includes('the cranes on **Pier Nine** are still standing idle\\.'), card.value);
    assert.ok(!card.isTrusted, 'a card without links trusts nothing');
  });

  it('keeps the cards on a file with a sidecar that the user switched back to plain text', async () => {
    const plain = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    try {
      assert.match((await cardAt(plain, 'Pier Nine')).value, /\*\*Entity\*\* · location/);
    } finally {
      document = await vscode.languages.setTextDocumentLanguage(plain, 'transcript');
    }
  });
});

async function cardsAtSidecar(sidecar: vscode.TextDocument, line: string): Promise<vscode.MarkdownString[]> {
  const index = sidecar.getText().indexOf(line);
  assert.ok(index >= 0, line);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', sidecar.uri, sidecar.positionAt(index + 6));
  return hovers
    .flatMap((hover) => hover.contents)
    .filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString && content.value.includes('**Pier'));
}

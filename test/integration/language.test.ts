import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hashText, normalizeText } from '../../src/core';
import { extensionId } from '../../src/ids';
import { waitFor, workspaceFile } from './util';

function fixture(name: string): vscode.Uri {
  return workspaceFile(`language/${name}`);
}

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())?.languageId;
}

/** Opens the file and waits until it has settled on `language`. */
async function openAs(uri: vscode.Uri, language: string): Promise<void> {
  await vscode.workspace.openTextDocument(uri);
  await waitFor(() => languageOf(uri) === language, `${vscode.workspace.asRelativePath(uri)} to open as ${language}`);
}

/** Lets the extension act on an open document before asserting it did nothing. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 750));
}

/** Writes a valid, empty sidecar beside a fixture text file. */
async function writeSidecarFor(uri: vscode.Uri): Promise<void> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const sidecar = `version: 1\ntext: ${name}\ntextHash: ${hashText(normalizeText(text))}\nannotations: []\n`;
  await vscode.workspace.fs.writeFile(uri.with({ path: `${uri.path}.annotations.yaml` }), new TextEncoder().encode(sidecar));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

describe('Transcript language', () => {
  before(async () => {
    await vscode.extensions.getExtension(extensionId)?.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is registered with VS Code under the id transcript', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('transcript'));
  });

  it('contributes the text.transcript grammar for the transcript language', () => {
    const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes?: { grammars?: unknown[] } } | undefined;
    assert.deepEqual(manifest?.contributes?.grammars, [
      { language: 'transcript', scopeName: 'text.transcript', path: './syntaxes/transcript.tmLanguage.json' },
    ]);
  });

  it('opens .transcript files as transcripts', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('varnholm-night.transcript'));
    assert.equal(document.languageId, 'transcript');
  });

  it('opens a .txt file that has a sidecar beside it as a transcript', async () => {
    await openAs(fixture('varnholm-morning.txt'), 'transcript');
  });

  it('leaves a .txt file with no sidecar, matching setting or request as plain text', async () => {
    const uri = fixture('ferry-timetable.txt');
    await openAs(uri, 'plaintext');
    await settle();
    assert.equal(languageOf(uri), 'plaintext');
  });

  it('switches the active plain text file to a transcript on "Annotate This File", without creating a sidecar', async () => {
    const uri = fixture('varnholm-evening.txt');
    await vscode.window.showTextDocument(uri);
    await settle();
    assert.equal(languageOf(uri), 'plaintext');

    await vscode.commands.executeCommand('transcriptAnnotator.annotateFile');

    assert.equal(languageOf(uri), 'transcript');
    assert.equal(await exists(fixture('varnholm-evening.txt.annotations.yaml')), false);
  });

  it('turns .txt files matching transcriptAnnotator.files into transcripts, whether open already or opened later', async () => {
    const openBefore = fixture('by-setting/varnholm-talkback.txt');
    const openAfter = fixture('by-setting/varnholm-letters.txt');
    const configuration = () => vscode.workspace.getConfiguration('transcriptAnnotator');
    await openAs(openBefore, 'plaintext');
    try {
      await configuration().update('files', ['language/by-setting/*.txt'], vscode.ConfigurationTarget.Workspace);
      await waitFor(() => languageOf(openBefore) === 'transcript', 'the open file to become a transcript when the setting changed');
      await openAs(openAfter, 'transcript');
    } finally {
      await configuration().update('files', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('switches an open plain text file to a transcript when a sidecar is created beside it', async () => {
    const uri = fixture('sidecar-later.txt');
    await openAs(uri, 'plaintext');

    await writeSidecarFor(uri);

    await waitFor(() => languageOf(uri) === 'transcript', 'the file to become a transcript once its sidecar exists', 20_000);
  });

  it('keeps a transcript the user switched back to plain text as plain text until they annotate it again', async () => {
    const uri = fixture('sidecar-later.txt');
    await writeSidecarFor(uri);
    await openAs(uri, 'transcript');
    const document = await vscode.workspace.openTextDocument(uri);

    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    // A rewritten sidecar is one more reason the extension could be tempted to switch it back.
    await writeSidecarFor(uri);
    await settle();
    assert.equal(languageOf(uri), 'plaintext');

    await vscode.commands.executeCommand('transcriptAnnotator.annotateFile', uri);
    assert.equal(languageOf(uri), 'transcript');
  });

  describe('outline and folding', () => {
    const uri = fixture('varnholm-morning.txt');

    before(async () => {
      await openAs(uri, 'transcript');
    });

    it('lists each speaker turn under its normalised speaker name, with the role as detail', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      assert.deepEqual(
        symbols.map((symbol) => [symbol.name, symbol.detail]),
        [
          ['Petra Lindqvist', 'host'],
          ['Maria Okonjo', 'byline'],
          ['Tomas Brandt', ''],
          ['Maria Okonjo', 'byline'],
          ['Elsa Vik', 'mayor'],
          ['Maria Okonjo', 'byline'],
        ],
      );
      assert.ok(symbols.every((symbol) => symbol.kind === vscode.SymbolKind.Event));
    });

    it('gives each turn symbol the whole turn as its range and the speaker label as its selection', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      const report = symbols[1];
      assert.ok(report);
      // The soundbite cue belongs to the reporter's turn; the blank line after it does not.
      assert.deepEqual(
        [report.range.start.line, report.range.start.character, report.range.end.line, report.range.end.character],
        [4, 0, 7, '(SOUNDBITE OF TRUCK HORN)'.length],
      );
      const selection = report.selectionRange;
      assert.deepEqual(
        [selection.start.line, selection.start.character, selection.end.line, selection.end.character],
        [4, 0, 4, 'MARIA OKONJO, BYLINE:'.length],
      );
    });

    it('folds every turn that spans more than one line, and no other', async () => {
      const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
      assert.deepEqual(
        ranges.map((range) => [range.start, range.end]),
        [
          [4, 7],
          [13, 14],
        ],
      );
    });
  });
});

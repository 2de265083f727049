import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decoratedTexts, decorations, waitFor, workspaceFile } from './util';

const textFile = workspaceFile('astral-crlf.txt');
const sidecarFile = workspaceFile('astral-crlf.txt.annotations.yaml');
const entities = ['VARNHOLM', 'interior ministry', 'Jose\u0301 Ferreira', 'Sigrid Lindqvist'];
const claims = ['Police detained about 1,150 people after the harbor protest', 'Stand with the docks \u{1F6A2}\u270A', 'put the figure at 2,000'];

async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function writeFile(uri: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
}

function sidecarDiagnostics(): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(sidecarFile).filter((diagnostic) => diagnostic.source === 'Transcript Annotator');
}

describe('Sidecar', () => {
  let original: string;
  let document: vscode.TextDocument;

  before(async () => {
    original = await readFile(sidecarFile);
    document = await vscode.workspace.openTextDocument(textFile);
    await vscode.window.showTextDocument(document);
  });

  afterEach(async () => {
    if ((await readFile(sidecarFile)) !== original) await writeFile(sidecarFile, original);
    await waitFor(async () => (await decorations()).entity.length === entities.length, 'the original annotations to be back');
    await waitFor(() => sidecarDiagnostics().length === 0, 'the diagnostics to clear');
  });

  it('draws the annotations of a CRLF file with an emoji and a combining accent on exactly their quotes', async () => {
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    await waitFor(async () => (await decorations()).entity.length === entities.length, 'the entity highlights');
    const texts = await decoratedTexts(document);
    assert.deepEqual(texts.entity, entities);
    assert.deepEqual(texts.claim, claims);
    assert.deepEqual(texts.speaker, []);
    assert.deepEqual(sidecarDiagnostics(), []);
  });

  it('reports a broken sidecar at the exact line and column, and never overwrites it', async () => {
    const broken = original.replace('    end: 8\n', '    end: "8\n');
    assert.notEqual(broken, original);
    await writeFile(sidecarFile, broken);
    await waitFor(() => sidecarDiagnostics().length > 0, 'a diagnostic on the broken sidecar');
    const [first] = sidecarDiagnostics();
    assert.equal(first?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(first?.range.start.line, original.split('\n').indexOf('    end: 8'));
    assert.equal(first?.range.start.character, '    end: "8'.length, 'where the closing quote is missing');
    // An invalid sidecar draws nothing rather than something wrong, and stays as the user left it.
    await waitFor(async () => (await decorations()).entity.length === 0, 'the highlights to go');
    await vscode.commands.executeCommand('transcriptAnnotator.openSidecar', textFile);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sidecarFile.toString());
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, first?.range.start.line, 'opened at the first error');
    await vscode.window.showTextDocument(document);
    assert.equal(await readFile(sidecarFile), broken);
  });

  it('reports a quote that no longer matches the text at the quote', async () => {
    const edited = original.replace('    quote: interior ministry\n', '    quote: interior minister\n');
    await writeFile(sidecarFile, edited);
    await waitFor(() => sidecarDiagnostics().length > 0, 'a quote mismatch diagnostic');
    const [first] = sidecarDiagnostics();
    assert.equal(first?.code, 'quote-mismatch');
    assert.equal(first?.range.start.line, edited.split('\n').indexOf('    quote: interior minister'));
    assert.equal(first?.range.start.character, '    quote: '.length);
  });

  it('clears the diagnostics once the sidecar is fixed on disk', async () => {
    await writeFile(sidecarFile, original.replace('version: 1', 'version: 2'));
    await waitFor(() => sidecarDiagnostics().some((d) => d.message.includes('version 2')), 'the version diagnostic');
    await writeFile(sidecarFile, original);
    await waitFor(() => sidecarDiagnostics().length === 0, 'the diagnostics to clear');
  });

  it('follows a sidecar changed outside the editor, as after a git checkout', async () => {
    const withoutClaims = original
      .split('\n  - ')
      .filter((item) => !item.includes('kind: claim'))
      .join('\n  - ');
    await writeFile(sidecarFile, withoutClaims);
    // The write is not atomic: a reader may see the file empty for a moment, and the highlights go
    // with it. Only the entities back and the claims gone is the state to wait for.
    await waitFor(async () => {
      const texts = await decoratedTexts(document);
      return texts.claim.length === 0 && JSON.stringify(texts.entity) === JSON.stringify(entities);
    }, 'the claim highlights to go and the entities to stay');
  });
});

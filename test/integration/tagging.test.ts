import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './util';
import { promptsFromNow } from './prompts';

interface Stored {
  id: string;
  kind: string;
  start: number;
  end: number;
  quote: string;
  type?: string;
  entity?: string;
  by?: string;
  speaker?: string;
  role?: string;
  claimType?: string;
  note?: string;
  status: string;
}

const textFile = workspaceFile('tagging/harbor-night.txt');
const sidecarFile = workspaceFile('tagging/harbor-night.txt.annotations.yaml');

async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The annotations on disk, read with a deliberately simple parser of the canonical layout. */
async function stored(): Promise<Stored[]> {
  const source = (await readFile(sidecarFile)) ?? '';
  return source
    .split('\n  - ')
    .slice(1)
    .map((item) => {
      const record: Record<string, unknown> = {};
      for (const line of ('    ' + item).split('\n')) {
        const match = /^ {4}(\w+): (.*)$/.exec(line);
        if (!match?.[1] || match[2] === undefined) continue;
        const raw = match[2];
        record[match[1]] = raw.startsWith('"') ? JSON.parse(raw) : /^\d+$/.test(raw) ? Number(raw) : raw;
      }
      return record as unknown as Stored;
    });
}

let editor: vscode.TextEditor;
const text = (): string => editor.document.getText();

function select(...quotes: string[]): void {
  editor.selections = quotes.map((quote) => {
    const at = text().indexOf(quote);
    assert.ok(at >= 0, quote);
    return new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + quote.length));
  });
}

function cursorAt(quote: string, offsetInQuote = 1): void {
  const position = editor.document.positionAt(text().indexOf(quote) + offsetInQuote);
  editor.selection = new vscode.Selection(position, position);
}

const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);

describe('Tagging', () => {
  before(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(textFile));
  });

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    if (await readFile(sidecarFile)) await vscode.workspace.fs.delete(sidecarFile);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('tags an entity with the type and canonical entity given as arguments, and returns its id', async () => {
    select('Jean-Luc Abadie');
    const ids = await run<string[]>('tagEntity', { type: 'person', entity: 'Jean-Luc Abadie' });
    assert.equal(ids.length, 1);
    const [entity] = await stored();
    assert.deepEqual(
      [entity?.id, entity?.kind, entity?.type, entity?.entity, entity?.quote],
      [ids[0], 'entity', 'person', 'jean-luc-abadie', 'Jean-Luc Abadie'],
    );
    await waitFor(() => editor.document.languageId === 'transcript', 'the file to become a transcript');
  });

  it('tags one annotation per selection with several cursors, at exact code point offsets after an emoji', async () => {
    select('Sigrid Lindqvist', 'Varnholm', 'Harbor Square');
    const ids = await run<string[]>('tagEntity', { type: 'location' });
    assert.equal(ids.length, 3);
    const annotations = await stored();
    const points = Array.from(text().replace(/\r\n/g, '\n'));
    for (const annotation of annotations) assert.equal(points.slice(annotation.start, annotation.end).join(''), annotation.quote);
    assert.deepEqual(annotations.map((a) => a.quote).sort(), ['Harbor Square', 'Sigrid Lindqvist', 'Varnholm']);
  });

  it('takes the word under an empty selection and trims whitespace and punctuation from a selection', async () => {
    cursorAt('Jean-Luc', 2);
    await run('tagEntity', { type: 'person' });
    select(' “unlawful” ');
    await run('tagClaim', { claimType: 'quote' });
    const quotes = (await stored()).map((a) => a.quote).sort();
    assert.deepEqual(quotes, ['Jean-Luc', 'unlawful']);
  });

  it('tags the speaker label under the cursor with its normalised name and role', async () => {
    cursorAt('OKONJO: The union', 2);
    await run('tagSpeaker', { role: 'reporter' });
    const [speaker] = await stored();
    assert.deepEqual([speaker?.quote, speaker?.speaker, speaker?.role], ['OKONJO', 'Maria Okonjo', 'reporter']);
  });

  it('tags every speaker turn in one step and skips the labels already tagged', async () => {
    cursorAt('RAMÍREZ, HOST', 2);
    await run('tagSpeaker', { speaker: 'A Ramírez', role: 'host' });
    const ids = await run<string[]>('tagSpeakerTurns');
    assert.equal(ids.length, 4);
    const speakers = (await stored()).map((a) => `${a.quote} -> ${a.speaker}${a.role ? ` (${a.role})` : ''}`);
    assert.deepEqual(speakers, [
      'A RAMÍREZ -> A Ramírez (host)',
      'MARIA OKONJO -> Maria Okonjo (byline)',
      'OKONJO -> Maria Okonjo (byline)',
      'PRIME MINISTER JEAN-LUC ABADIE -> Jean-Luc Abadie (prime minister)',
      'RAMÍREZ -> A Ramírez (host)',
    ]);
    assert.deepEqual(await run<string[]>('tagSpeakerTurns'), [], 'a second run adds nothing');
  });

  it('attributes a claim to a speaker by name, tagging that speaker’s label when it was not tagged yet', async () => {
    select('puts the number at 2,000');
    const [claimId] = await run<string[]>('tagClaim', { claimType: 'statistic', by: 'Maria Okonjo', note: 'Union figure.' });
    const annotations = await stored();
    const claim = annotations.find((a) => a.id === claimId);
    const speaker = annotations.find((a) => a.id === claim?.by);
    assert.deepEqual([claim?.claimType, claim?.note, speaker?.kind, speaker?.speaker], ['statistic', 'Union figure.', 'speaker', 'Maria Okonjo']);
  });

  it('asks for the entity type and canonical entity when run without arguments', async () => {
    select('Sigrid Lindqvist');
    const prompts = await promptsFromNow();
    const pending = run<string[]>('tagEntity');
    await prompts.answer('Entity type of “Sigrid Lindqvist”');
    await prompts.answer('Which entity is “Sigrid Lindqvist”?');
    const ids = await pending;
    assert.equal(ids.length, 1);
    const [entity] = await stored();
    assert.deepEqual([entity?.type, entity?.entity], ['person', 'sigrid-lindqvist'], 'first type, then the new canonical entity');
  });

  it('asks who made a claim, offering the speaker of its turn first, then its type and a note', async () => {
    select('puts the number at 2,000');
    const prompts = await promptsFromNow();
    const pending = run<string[]>('tagClaim');
    // Who made it (the turn's speaker is first), the claim type ("statistic" first: the claim states a figure), the note (empty).
    await prompts.answer('Who made this claim?');
    await prompts.answer('Claim type (optional)');
    await prompts.answer('Note (optional)');
    const [claimId] = await pending;
    const annotations = await stored();
    const claim = annotations.find((a) => a.id === claimId);
    const speaker = annotations.find((a) => a.id === claim?.by);
    assert.deepEqual([claim?.quote, claim?.claimType, claim?.note], ['puts the number at 2,000', 'statistic', undefined]);
    assert.deepEqual([speaker?.kind, speaker?.quote, speaker?.speaker], ['speaker', 'OKONJO', 'Maria Okonjo'], 'the label of the turn the claim sits in');
  });

  it('edits and removes the annotation given by id, and removing a speaker unlinks its claims', async () => {
    select('OKONJO: The union');
    cursorAt('OKONJO: The union', 1);
    const [speakerId] = await run<string[]>('tagSpeaker', {});
    select('We will not let 3,000 people close a port');
    const [claimId] = await run<string[]>('tagClaim', { by: speakerId });
    await run('editAnnotation', { id: claimId, note: 'Check the port’s figures.', status: 'proposed' });
    let claim = (await stored()).find((a) => a.id === claimId);
    assert.deepEqual([claim?.note, claim?.status, claim?.by], ['Check the port’s figures.', 'proposed', speakerId]);
    await run('removeAnnotation', { id: speakerId });
    const annotations = await stored();
    claim = annotations.find((a) => a.id === claimId);
    assert.deepEqual([annotations.length, claim?.by], [1, undefined]);
  });

  it('undoes and redoes each change of the annotation set', async () => {
    select('Varnholm');
    await run('tagEntity', { type: 'location' });
    select('Harbor Square');
    await run('tagEntity', { type: 'location' });
    assert.equal((await stored()).length, 2);
    await run('undo');
    assert.deepEqual(
      (await stored()).map((a) => a.quote),
      ['Varnholm'],
    );
    await run('undo');
    assert.deepEqual(await stored(), []);
    await run('redo');
    await run('redo');
    assert.deepEqual(
      (await stored()).map((a) => a.quote),
      ['Varnholm', 'Harbor Square'],
    );
  });

  it('refuses to tag a file whose sidecar is invalid and leaves the sidecar as it was', async () => {
    const refusedSidecar = workspaceFile('tagging/refused.txt.annotations.yaml');
    const before = await readFile(refusedSidecar);
    const refusedEditor = await vscode.window.showTextDocument(workspaceFile('tagging/refused.txt'));
    const at = refusedEditor.document.getText().indexOf('Varnholm');
    refusedEditor.selection = new vscode.Selection(refusedEditor.document.positionAt(at), refusedEditor.document.positionAt(at + 8));
    const result = await run<string[] | undefined>('tagEntity', { type: 'location' });
    assert.equal(result, undefined);
    assert.equal(await readFile(refusedSidecar), before);
  });

  it('refuses to tag a file with unsaved changes, since offsets refer to the saved text', async () => {
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'x'));
    select('Varnholm');
    const result = await run<string[] | undefined>('tagEntity', { type: 'location' });
    assert.equal(result, undefined);
    assert.equal(await readFile(sidecarFile), undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

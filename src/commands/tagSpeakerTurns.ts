/** Tag Speaker Turns: every speaker label of the document in one step, skipping labels already tagged. */
import * as vscode from 'vscode';
import { Annotation, counted } from '../core';
import { createAnnotation } from '../core/annotate';
import { parseTurns } from '../core/transcript';
import { author, ensureSaved, parseArgs, targetEditor } from '../annotate/args';
import { documentTexts } from '../annotate/targets';
import { annotateFile } from '../language';
import { Services } from '../services';
import { speakerEntitiesFor } from '../suggest/speakerPeople';

export async function tagSpeakerTurns(services: Services, rawArgs: unknown): Promise<string[]> {
  const args = parseArgs(rawArgs);
  const { document } = await targetEditor(args);
  if (!(await ensureSaved(document, args === undefined, 'tag its speaker turns'))) return [];
  const texts = documentTexts(document);
  const turns = parseTurns(texts.raw);
  if (turns.length === 0) {
    void vscode.window.showInformationMessage('No speaker labels (such as “MARIA OKONJO, BYLINE:”) were found in this file.');
    return [];
  }
  const existing = (await services.store.reload(document.uri)).sidecar?.annotations ?? [];
  const ids = new Set(existing.map((annotation) => annotation.id));
  const created: Annotation[] = [];
  const people = speakerEntitiesFor(services, document.uri, existing);
  for (const turn of turns) {
    const start = texts.map.toCodePoint(turn.label.nameRange.start);
    const end = texts.map.toCodePoint(turn.label.nameRange.end);
    const tagged = existing.some((a) => a.kind === 'speaker' && !a.orphaned && a.start < end && a.end > start);
    const entity = people.entityOf(turn.name, start);
    people.saw(turn.name, start);
    if (tagged) continue;
    const fields = { kind: 'speaker' as const, speaker: turn.name, ...(turn.role ? { role: turn.role } : {}), ...(entity ? { entity } : {}) };
    const annotation = createAnnotation(texts.text, fields, {
      start,
      end,
      existingIds: ids,
      ...(args?.status ? { status: args.status } : {}),
      ...(author() ? { author: author() } : {}),
    });
    ids.add(annotation.id);
    created.push(annotation);
  }
  if (created.length === 0) {
    void vscode.window.showInformationMessage('Every speaker label is already tagged.');
    return [];
  }
  if (document.languageId === 'plaintext') await annotateFile(services, document.uri);
  await services.annotator.change(document.uri, `Tag ${created.length} speaker turns`, (current) => [...current, ...created]);
  void vscode.window.setStatusBarMessage(`Tagged ${counted(created.length, 'speaker turn')}.`, 4000);
  return created.map((annotation) => annotation.id);
}

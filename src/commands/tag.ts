/**
 * Tag Claim / Tag Speaker / Tag Entity: one annotation per selection, with the questions
 * answered by quick picks or by an argument object. Each returns the ids it created.
 */
import * as vscode from 'vscode';
import { Annotation, AnnotationKind } from '../core';
import { createAnnotation, findSameSpan } from '../core/annotate';
import { author, ensureSaved, parseArgs, targetEditor } from '../annotate/args';
import { askClaim, askEntity, askSpeaker } from '../annotate/questions';
import type { Planner, TagContext } from '../annotate/plan';
import { documentTexts, targetsOf } from '../annotate/targets';
import { Services } from '../services';
import { annotateFile } from '../language';
import { registerEntities, type Registration } from '../registry/ensure';
import { UserError } from '../util/userError';

async function tag(services: Services, rawArgs: unknown, kind: AnnotationKind, plan: Planner): Promise<string[]> {
  const args = parseArgs(rawArgs);
  const editor = await targetEditor(args);
  const { document } = editor;
  if (document.uri.scheme === 'untitled') throw new UserError('Save the file first: annotations are stored beside it.');
  if (!(await ensureSaved(document, args === undefined, `tag a ${kind}`))) return [];
  const texts = documentTexts(document);
  const targets = targetsOf(editor, texts, kind === 'speaker' ? 'speaker' : 'word');
  if (targets.length === 0) throw new UserError('Select the text to tag (or put the cursor on a word).');

  const state = await services.store.reload(document.uri);
  const annotations = state.sidecar?.annotations ?? [];
  const context: TagContext = { services, editor, texts, args, annotations, ids: new Set(annotations.map((a) => a.id)) };
  const created: Annotation[] = [];
  const registrations: Registration[] = [];
  for (const target of targets) {
    if (findSameSpan(annotations, kind, target.start, target.end)) continue;
    const planned = await plan(target, { ...context, annotations: [...annotations, ...created] });
    if (!planned) return []; // cancelled: nothing is written
    if (planned.register) registrations.push(planned.register);
    for (const extra of planned.before ?? []) {
      created.push(extra);
      context.ids.add(extra.id);
    }
    const annotation = createAnnotation(texts.text, planned.fields, {
      start: target.start,
      end: target.end,
      existingIds: context.ids,
      ...(args?.status ? { status: args.status } : {}),
      ...(author() ? { author: author() } : {}),
    });
    context.ids.add(annotation.id);
    created.push(annotation);
  }
  if (created.length === 0) {
    void vscode.window.showInformationMessage('Already tagged: nothing to add.');
    return [];
  }
  if (document.languageId === 'plaintext') await annotateFile(services, document.uri);
  const label = `Tag ${kind}${created.length > 1 ? ` ×${created.length}` : ''}`;
  await services.annotator.change(document.uri, label, (current) => [...current, ...created]);
  await registerEntities(services, document.uri, registrations);
  return created.filter((annotation) => annotation.kind === kind).map((annotation) => annotation.id);
}

export const tagEntity = (services: Services, args: unknown): Promise<string[]> => tag(services, args, 'entity', askEntity);
export const tagClaim = (services: Services, args: unknown): Promise<string[]> => tag(services, args, 'claim', askClaim);
export const tagSpeaker = (services: Services, args: unknown): Promise<string[]> => tag(services, args, 'speaker', askSpeaker);

/**
 * Tag All Mentions (`{ entity, scope: 'file' | 'workspace', type? }`): a `proposed` entity
 * annotation on every untagged occurrence of the entity's name and aliases, in this file or
 * in every text of the folder that mentionTargets.ts lists (with cancellable progress). Each
 * file is one undoable change; files with unsaved edits are skipped, since offsets refer to
 * the saved text.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { Annotation, counted, normalizeText } from '../core';
import { findEntity, RegistryEntity } from '../core/registry';
import { tagAllMentions } from '../core/suggest';
import { RefusedError } from '../refusal/refusal';
import { author } from '../annotate/args';
import { Services } from '../services';
import { readText } from '../util/fs';
import { objectArg, optionalChoice, optionalString, textUriArg } from './args';
import { pickEntity, resolveEntityArg, withEntity } from './resolve';
import { registryTarget } from './target';
import { mentionTargets } from './mentionTargets';

export interface TagMentionsOutcome {
  readonly created: number;
  /** Text files that gained annotations (URI strings). */
  readonly files: string[];
  /** Files left alone, with why. */
  readonly skipped: string[];
}

export async function tagAllMentionsCommand(services: Services, raw: unknown): Promise<TagMentionsOutcome | undefined> {
  const args = objectArg(raw);
  const active = optionalString(args, 'uri') ?? vscode.window.activeTextEditor?.document.uri.toString();
  const { folder, registry } = await registryTarget(services, active ? vscode.Uri.parse(active) : undefined);
  const given = optionalString(args, 'entity');
  const entity = given ? resolveEntityArg(services, registry, given) : await pickEntity(services, registry, 'Tag every mention of which entity?');
  if (!entity) return undefined;
  const scope = optionalChoice(args, 'scope', ['file', 'workspace'] as const) ?? (await pickScope(active !== undefined));
  if (!scope) return undefined;
  const type = optionalString(args, 'type') ?? entity.type;
  const targets = scope === 'file' ? { texts: [textUriArg(args, 'tag mentions in')], skipped: [] } : await mentionTargets(folder);
  const files = targets.texts;

  // Listed first, so the new annotations never point at an entity the registry does not know.
  const registered = await services.registry.update(folder, (current) => withEntity(current, entity));
  const target: RegistryEntity = { ...(findEntity(registered, entity.id) ?? { id: entity.id, name: entity.name, type }), type };
  const run = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<TagMentionsOutcome> => {
    const outcome = { created: 0, files: [] as string[], skipped: [...targets.skipped] };
    for (const uri of files) {
      if (token?.isCancellationRequested) break;
      progress?.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
      const created = await tagFile(services, uri, target).catch((error: unknown) =>
        error instanceof RefusedError ? 'its sidecar has errors' : String(error instanceof Error ? error.message : error),
      );
      if (typeof created === 'string') outcome.skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${created}`);
      else if (created > 0) [outcome.created, outcome.files] = [outcome.created + created, [...outcome.files, uri.toString()]];
    }
    return outcome;
  };
  const outcome =
    scope === 'file'
      ? await run()
      : await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `Tagging mentions of ${target.name}`, cancellable: true },
          run,
        );
  for (const skipped of outcome.skipped) services.log.warn(`tag all mentions: skipped ${skipped}`);
  const summary = `Proposed ${counted(outcome.created, 'mention')} of ${target.name} in ${counted(outcome.files.length, 'file')}${outcome.skipped.length > 0 ? `; ${counted(outcome.skipped.length, 'file')} skipped` : ''}.`;
  if (outcome.skipped.length === 0) void vscode.window.showInformationMessage(summary);
  else void vscode.window.showInformationMessage(summary, 'Show Skipped Files').then((choice) => choice && services.log.show(true));
  return outcome;
}

/** The number of annotations added, or why the file was skipped. */
async function tagFile(services: Services, uri: vscode.Uri, entity: RegistryEntity): Promise<number | string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open?.isDirty) return 'it has unsaved changes';
  const file = await readText(uri);
  if (file.kind !== 'ok') return file.kind === 'missing' ? 'the file is missing' : file.message;
  const normalizedText = normalizeText(file.raw);
  const propose = (annotations: readonly Annotation[]): Annotation[] =>
    tagAllMentions({ normalizedText, annotations, entity, ...(author(uri) ? { author: author(uri) } : {}) });
  // Nothing to add: no call to the annotator, which would create an empty sidecar.
  const state = await services.store.reload(uri);
  if (state.exists && !state.sidecar) return 'its sidecar has errors';
  if (state.sidecar && propose(state.sidecar.annotations).length === 0) return 0;
  if (!state.exists && propose([]).length === 0) return 0;
  let added = 0;
  await services.annotator.change(uri, `Tag all mentions of ${entity.name}`, (current) => {
    const created = propose(current);
    added = created.length;
    return [...current, ...created];
  });
  return added;
}

async function pickScope(hasActive: boolean): Promise<'file' | 'workspace' | undefined> {
  const items = [
    ...(hasActive ? [{ label: 'This file', value: 'file' as const }] : []),
    {
      label: 'Every text of the workspace folder',
      detail: 'Annotated texts, transcripts, open texts and those matching transcriptAnnotator.files',
      value: 'workspace' as const,
    },
  ];
  return (await showQuickPick(items, { title: 'Tag mentions in' }))?.value;
}

/**
 * The questions each tag command asks, answered from the argument object when one was
 * given, else by quick picks and input boxes. Returning undefined cancels the command.
 */
import * as vscode from 'vscode';
import { Annotation, counted } from '../core';
import { attributionCandidates, createAnnotation, resolveAttribution, slugify } from '../core/annotate';
import { describeSpeaker, parseTurns, titleCaseWord, Turn } from '../core/transcript';
import type { Planned, TagContext } from '../commands/tag';
import { author, configuredList } from './args';
import { knownEntities, resolveEntity, similarity } from './entities';
import type { Target } from './targets';
import { UserError } from '../util/userError';

export const defaultEntityTypes = ['person', 'organization', 'location', 'event', 'other'];
export const defaultClaimTypes = ['statistic', 'event', 'quote', 'prediction', 'other'];

export async function askEntity(target: Target, context: TagContext): Promise<Planned | undefined> {
  const { args, services } = context;
  const quote = context.texts.text.slice(target.start, target.end);
  const type = args?.type ?? (await vscode.window.showQuickPick(configuredList('entityTypes', defaultEntityTypes), { title: `Entity type of “${quote}”`, placeHolder: 'Pick the entity type' }));
  if (!type) return undefined;
  const registry = services.registry.registryFor(context.editor.document.uri);
  if (args) {
    const entity = args.entity ? resolveEntity(services.store, args.entity, registry) : undefined;
    // The name the user gave becomes the registry name, unless they gave the id itself.
    const name = args.entity === entity ? knownEntities(services.store, registry).find((known) => known.id === entity)?.name : args.entity;
    const register = entity ? { register: { id: entity, name: name ?? quote, type } } : {};
    return { fields: { kind: 'entity', type, ...(entity ? { entity } : {}), ...(args.note ? { note: args.note } : {}) }, ...register };
  }

  type Item = vscode.QuickPickItem & { entity?: string; name?: string };
  const known = knownEntities(services.store, registry)
    .map((entity) => ({ entity, score: similarity(entity, quote) }))
    .sort((a, b) => b.score - a.score || b.entity.mentions - a.entity.mentions || a.entity.name.localeCompare(b.entity.name));
  const newId = slugify(quote);
  const items: Item[] = [
    ...known.filter(({ score }) => score > 0).map(({ entity }) => ({ label: entity.name, description: `${entity.type} · ${counted(entity.mentions, 'mention')}`, detail: entity.id, entity: entity.id, name: entity.name })),
    ...(known.some(({ entity }) => entity.id === newId) ? [] : [{ label: `$(add) New entity “${quote}”`, description: newId, entity: newId, name: quote }]),
    { label: '$(circle-slash) No canonical entity', entity: '' },
    ...known.filter(({ score }) => score === 0).map(({ entity }) => ({ label: entity.name, description: `${entity.type} · ${counted(entity.mentions, 'mention')}`, detail: entity.id, entity: entity.id, name: entity.name })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Which entity is “${quote}”?`, matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  const register = picked.entity ? { register: { id: picked.entity, name: picked.name ?? quote, type } } : {};
  return { fields: { kind: 'entity', type, ...(picked.entity ? { entity: picked.entity } : {}) }, ...register };
}

export async function askSpeaker(target: Target, context: TagContext): Promise<Planned | undefined> {
  const turn = turnAt(context.texts.raw, target.documentOffset);
  const onLabel = turn && target.documentOffset >= turn.label.start && target.documentOffset < turn.label.end;
  const quote = context.texts.text.slice(target.start, target.end);
  const suggested = onLabel ? turn : describeSpeaker(quote.toUpperCase());
  const defaultName = onLabel ? turn.name : quote.split(/\s+/).map(titleCaseWord).join(' ');
  const { args } = context;
  const speaker = args ? (args.speaker ?? defaultName) : await vscode.window.showInputBox({ title: 'Speaker name', value: defaultName, prompt: 'The normalised name of the speaker' });
  if (!speaker) return undefined;
  const role = args ? (args.role ?? suggested?.role) : await vscode.window.showInputBox({ title: `Role of ${speaker} (optional)`, value: suggested?.role ?? '', prompt: 'e.g. host, reporter, minister; leave empty for none' });
  if (role === undefined) return undefined;
  return { fields: { kind: 'speaker', speaker, ...(role ? { role } : {}), ...(args?.note ? { note: args.note } : {}) } };
}

export async function askClaim(target: Target, context: TagContext): Promise<Planned | undefined> {
  const { args } = context;
  const turn = turnAt(context.texts.raw, target.documentOffset);
  let by: string | undefined;
  let before: Annotation[] = [];
  if (args) {
    if (args.by) {
      by = resolveAttribution(context.annotations, args.by);
      if (!by) {
        const planned = speakerFromTurns(args.by, context);
        if (!planned) throw new UserError(`Nobody called “${args.by}” speaks or is tagged in this file.`);
        [by, before] = [planned.id, planned.create ? [planned.create] : []];
      }
    }
  } else {
    const picked = await pickAuthor(turn, context);
    if (!picked) return undefined;
    [by, before] = [picked.id, picked.create ? [picked.create] : []];
  }
  const claimType = args ? args.claimType : await pickClaimType();
  if (claimType === undefined && !args) return undefined;
  const note = args ? args.note : await vscode.window.showInputBox({ title: 'Note (optional)', prompt: 'A note for reviewers; leave empty for none' });
  // Esc at the last, optional question must not throw the earlier answers away unasked.
  if (note === undefined && !args && !(await keepWithoutNote())) return undefined;
  return { before, fields: { kind: 'claim', ...(claimType ? { claimType } : {}), ...(by ? { by } : {}), ...(note ? { note } : {}) } };
}

async function keepWithoutNote(): Promise<boolean> {
  const items = [
    { label: '$(check) Keep the claim without a note', keep: true },
    { label: '$(trash) Discard the claim', keep: false },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'No note given', placeHolder: 'Keep the claim you described, without a note?' }))?.keep ?? false;
}

async function pickClaimType(): Promise<string | undefined> {
  const items = [{ label: '$(circle-slash) No claim type', value: '' }, ...configuredList('claimTypes', defaultClaimTypes).map((value) => ({ label: value, value }))];
  const picked = await vscode.window.showQuickPick(items, { title: 'Claim type (optional)' });
  return picked?.value;
}

async function pickAuthor(turn: Turn | undefined, context: TagContext): Promise<{ id?: string; create?: Annotation } | undefined> {
  type Item = vscode.QuickPickItem & { id?: string; create?: Annotation };
  const candidates = attributionCandidates(context.annotations);
  const items: Item[] = [];
  if (turn) {
    const existing = candidates.find((candidate) => candidate.kind === 'speaker' && candidate.name === turn.name);
    const planned = existing ? { id: existing.id } : speakerFromTurns(turn.name, context, turn);
    items.push({ label: turn.name, description: `speaker of this turn${turn.role ? ` · ${turn.role}` : ''}`, ...planned });
  }
  for (const candidate of candidates) {
    if (turn && candidate.kind === 'speaker' && candidate.name === turn.name) continue;
    items.push({ label: candidate.name, description: candidate.kind, id: candidate.id });
  }
  items.push({ label: '$(circle-slash) Nobody (unattributed)' });
  const picked = await vscode.window.showQuickPick(items, { title: 'Who made this claim?', placeHolder: 'The speaker of the turn is preselected' });
  return picked ? { ...(picked.id ? { id: picked.id } : {}), ...(picked.create ? { create: picked.create } : {}) } : undefined;
}

/**
 * The speaker annotation on a label of the file whose normalised name is `name`:
 * the existing one, or a new one to create along with the claim.
 */
function speakerFromTurns(name: string, context: TagContext, preferred?: Turn): { id: string; create?: Annotation } | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  // The label of the claim's own turn when it is that speaker's, else their first label.
  const turn = preferred?.name.toLocaleLowerCase() === wanted ? preferred : parseTurns(context.texts.raw).find((candidate) => candidate.name.toLocaleLowerCase() === wanted);
  if (!turn) return undefined;
  const { map, text } = context.texts;
  const start = map.toCodePoint(turn.label.nameRange.start);
  const end = map.toCodePoint(turn.label.nameRange.end);
  const existing = context.annotations.find((a) => a.kind === 'speaker' && a.start === start && a.end === end);
  if (existing) return { id: existing.id };
  const fields = { kind: 'speaker' as const, speaker: turn.name, ...(turn.role ? { role: turn.role } : {}) };
  const create = createAnnotation(text, fields, { start, end, existingIds: context.ids, ...(author() ? { author: author() } : {}) });
  return { id: create.id, create };
}

function turnAt(raw: string, offset: number): Turn | undefined {
  return parseTurns(raw).find((turn) => offset >= turn.start && offset <= turn.end);
}

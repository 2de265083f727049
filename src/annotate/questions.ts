/**
 * The questions each tag command asks, answered from the argument object when one was
 * given, else by quick picks and input boxes. Returning undefined cancels the command.
 */
import * as vscode from 'vscode';
import { createQuickPick, showInputBox, showQuickPick } from '../util/prompt';
import { Annotation, counted } from '../core';
import { attributionCandidates, createAnnotation, resolveAttribution, slugify } from '../core/annotate';
import { describeSpeaker, parseTurns, titleCaseWord, Turn } from '../core/transcript';
import type { Planned, TagContext } from './plan';
import { author, configuredList, defaultClaimTypes, defaultEntityTypes } from './args';
import { knownEntities, resolveEntity, similarity } from './entities';
import type { Target } from './targets';
import { UserError } from '../util/userError';
import { speakerEntitiesFor } from '../suggest/speakerPeople';
import { normalizeText } from '../core';
import { extractFigures } from '../core/claims/figures';
import { findMentions } from '../core/registry/mentions';

export async function askEntity(target: Target, context: TagContext): Promise<Planned | undefined> {
  const { args, services } = context;
  const quote = context.texts.text.slice(target.start, target.end);
  const type =
    args?.type ??
    (await showQuickPick(configuredList('entityTypes', defaultEntityTypes), {
      title: `Entity type of “${quote}”`,
      placeHolder: 'Pick the entity type',
    }));
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
    ...known
      .filter(({ score }) => score > 0)
      .map(({ entity }) => ({
        label: entity.name,
        description: `${entity.type} · ${counted(entity.mentions, 'mention')}`,
        detail: entity.id,
        entity: entity.id,
        name: entity.name,
      })),
    ...(known.some(({ entity }) => entity.id === newId) ? [] : [{ label: `$(add) New entity “${quote}”`, description: newId, entity: newId, name: quote }]),
    { label: '$(circle-slash) No canonical entity', entity: '' },
    ...known
      .filter(({ score }) => score === 0)
      .map(({ entity }) => ({
        label: entity.name,
        description: `${entity.type} · ${counted(entity.mentions, 'mention')}`,
        detail: entity.id,
        entity: entity.id,
        name: entity.name,
      })),
  ];
  const picked = await showQuickPick(items, { title: `Which entity is “${quote}”?`, matchOnDescription: true, matchOnDetail: true });
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
  const speaker = args
    ? (args.speaker ?? defaultName)
    : await showInputBox({ title: 'Speaker name', value: defaultName, prompt: 'The normalised name of the speaker' });
  if (!speaker) return undefined;
  const role = args
    ? (args.role ?? suggested?.role)
    : await showInputBox({
        title: `Role of ${speaker} (optional)`,
        value: suggested?.role ?? '',
        prompt: 'e.g. host, reporter, minister; leave empty for none',
      });
  if (role === undefined) return undefined;
  // The person of that name, when the registry, another file or this one links one (`entity` in the arguments wins).
  const entity = args?.entity
    ? resolveEntity(context.services.store, args.entity, context.services.registry.registryFor(context.editor.document.uri))
    : speakerEntitiesFor(context.services, context.editor.document.uri, context.annotations).entityOf(speaker, target.start);
  return { fields: { kind: 'speaker', speaker, ...(role ? { role } : {}), ...(entity ? { entity } : {}), ...(args?.note ? { note: args.note } : {}) } };
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
  // A claim stating a figure is a statistic unless the user says otherwise.
  const statistic = extractFigures(context.texts.text.slice(target.start, target.end)).some((figure) => figure.kind !== 'date');
  const claimType = args ? (args.claimType ?? (statistic ? 'statistic' : undefined)) : await pickClaimType(statistic);
  if (claimType === undefined && !args) return undefined;
  const note = args ? args.note : await showInputBox({ title: 'Note (optional)', prompt: 'A note for reviewers; leave empty for none' });
  // Esc at the last, optional question must not throw the earlier answers away unasked.
  if (note === undefined && !args && !(await keepWithoutNote())) return undefined;
  return { before, fields: { kind: 'claim', ...(claimType ? { claimType } : {}), ...(by ? { by } : {}), ...(note ? { note } : {}) } };
}

async function keepWithoutNote(): Promise<boolean> {
  const items = [
    { label: '$(check) Keep the claim without a note', keep: true },
    { label: '$(trash) Discard the claim', keep: false },
  ];
  return (await showQuickPick(items, { title: 'No note given', placeHolder: 'Keep the claim you described, without a note?' }))?.keep ?? false;
}

async function pickClaimType(statistic: boolean): Promise<string | undefined> {
  const types = configuredList('claimTypes', defaultClaimTypes);
  const typed = types.map((value) => ({ label: value, value, ...(statistic && value === 'statistic' ? { description: 'states a figure' } : {}) }));
  // The first item is the one Enter takes: the statistic type for a claim with a figure.
  const ordered =
    statistic && types.includes('statistic') ? [...typed.filter((t) => t.value === 'statistic'), ...typed.filter((t) => t.value !== 'statistic')] : typed;
  const none = { label: '$(circle-slash) No claim type', value: '' };
  const items = statistic && types.includes('statistic') ? [...ordered, none] : [none, ...ordered];
  const picked = await showQuickPick(items, { title: 'Claim type (optional)' });
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
  const picked = await pickWithNewSource(items);
  if (picked && 'newSource' in picked) return newSource(picked.newSource, target(turn, context), context);
  return picked ? { ...(picked.id ? { id: picked.id } : {}), ...(picked.create ? { create: picked.create } : {}) } : undefined;
}

function target(turn: Turn | undefined, context: TagContext): number {
  return turn ? context.texts.map.toCodePoint(turn.start) : 0;
}

/** The "Who made this claim?" pick; what the user types that matches nobody is offered as a new source. */
function pickWithNewSource<T extends vscode.QuickPickItem>(items: T[]): Promise<T | { newSource: string } | undefined> {
  type Item = T | (vscode.QuickPickItem & { newSource: string });
  const pick = createQuickPick<Item>();
  pick.title = 'Who made this claim?';
  pick.placeholder = 'The speaker of the turn is preselected; type a name to add a new source';
  pick.items = items;
  pick.onDidChangeValue((value) => {
    const name = value.trim();
    const known = items.some((item) => item.label.toLocaleLowerCase() === name.toLocaleLowerCase());
    pick.items =
      name && !known
        ? [...items, { label: `$(add) New source “${name}”`, description: 'tag its mention in this file', alwaysShow: true, newSource: name }]
        : items;
  });
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      const [chosen] = pick.selectedItems;
      pick.hide();
      resolve(chosen && 'newSource' in chosen ? { newSource: chosen.newSource } : chosen);
    });
    pick.onDidHide(() => {
      pick.dispose();
      if (!done) resolve(undefined);
    });
    pick.show();
  });
}

const ORGANIZATION_WORDS =
  /\b(?:ministry|police|union|government|company|council|authority|authorities|agency|department|office|court|federation|association|university|bank|party|services?|guard|chamber|wire|radio|news)\b/iu;

/**
 * A new source typed in the picker: an entity annotation on its mention in this file, the one
 * nearest the claim's turn (a name the text never writes cannot be a source of this file).
 */
function newSource(name: string, near: number, context: TagContext): { id: string; create?: Annotation } {
  const existing = context.annotations.find((a) => a.kind === 'entity' && a.quote.toLocaleLowerCase() === name.toLocaleLowerCase() && !a.orphaned);
  if (existing) return { id: existing.id };
  const mentions = findMentions(normalizeText(context.texts.raw), [name], { ignoreCase: true });
  const nearest = [...mentions].sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0];
  if (!nearest) throw new Error(`“${name}” is not written in this file: tag a mention of the source first, or pick one from the list.`);
  const fields = { kind: 'entity' as const, type: ORGANIZATION_WORDS.test(name) ? 'organization' : 'person' };
  const create = createAnnotation(context.texts.text, fields, {
    start: nearest.start,
    end: nearest.end,
    existingIds: context.ids,
    ...(author() ? { author: author() } : {}),
  });
  return { id: create.id, create };
}

/**
 * The speaker annotation on a label of the file whose normalised name is `name`:
 * the existing one, or a new one to create along with the claim.
 */
function speakerFromTurns(name: string, context: TagContext, preferred?: Turn): { id: string; create?: Annotation } | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  // The label of the claim's own turn when it is that speaker's, else their first label.
  const turn =
    preferred?.name.toLocaleLowerCase() === wanted
      ? preferred
      : parseTurns(context.texts.raw).find((candidate) => candidate.name.toLocaleLowerCase() === wanted);
  if (!turn) return undefined;
  const { map, text } = context.texts;
  const start = map.toCodePoint(turn.label.nameRange.start);
  const end = map.toCodePoint(turn.label.nameRange.end);
  const existing = context.annotations.find((a) => a.kind === 'speaker' && a.start === start && a.end === end);
  if (existing) return { id: existing.id };
  const entity = speakerEntitiesFor(context.services, context.editor.document.uri, context.annotations).entityOf(turn.name, start);
  const fields = { kind: 'speaker' as const, speaker: turn.name, ...(turn.role ? { role: turn.role } : {}), ...(entity ? { entity } : {}) };
  const create = createAnnotation(text, fields, { start, end, existingIds: context.ids, ...(author() ? { author: author() } : {}) });
  return { id: create.id, create };
}

function turnAt(raw: string, offset: number): Turn | undefined {
  return parseTurns(raw).find((turn) => offset >= turn.start && offset <= turn.end);
}

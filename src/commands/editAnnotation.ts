/** Edit Annotation and Remove Annotation, for the annotation under the cursor or given by id. */
import * as vscode from 'vscode';
import { showInputBox, showQuickPick } from '../util/prompt';
import { Annotation, WEB_URL_PATTERN } from '../core';
import { attributionCandidates, attributionLabel, entityLabel, resolveAttribution } from '../core/annotate';
import { AnnotationArgs, configuredList, defaultClaimTypes, defaultEntityTypes, parseArgs } from '../annotate/args';
import { resolveEntity } from '../annotate/entities';
import { chooseAnnotation } from '../annotate/underCursor';
import { registerEntities } from '../registry/ensure';
import { Services } from '../services';
import { UserError } from '../util/userError';

type Changes = Omit<AnnotationArgs, 'uri' | 'id' | 'field'>;
const editable = ['type', 'entity', 'claimType', 'by', 'note', 'speaker', 'role', 'status', 'verdict', 'reviewUrl'] as const;

export async function editAnnotation(services: Services, rawArgs: unknown): Promise<string | undefined> {
  const args = parseArgs(rawArgs);
  const chosen = await chooseAnnotation(services, args, 'edit');
  if (!chosen) return undefined;
  const { uri, annotation } = chosen;
  const changes: Changes = args && editable.some((key) => args[key] !== undefined) ? args : await askChanges(services, annotation, uri, args?.field);
  if (Object.keys(changes).length === 0) return undefined;
  // Resolved against the file's entity registry here, so applyChanges sees an id (resolving an id again keeps it).
  const entity = annotation.kind === 'entity' && changes.entity ? resolveEntity(services.store, changes.entity, services.registry.registryFor(uri)) : undefined;
  const resolved: Changes = entity ? { ...changes, entity } : changes;
  await services.annotator.change(uri, `Edit ${annotation.kind}`, (current) => {
    const others = current.filter((a) => a.id !== annotation.id);
    return current.map((a) => (a.id === annotation.id ? applyChanges(services, a, resolved, others) : a));
  });
  if (entity && annotation.kind === 'entity') {
    await registerEntities(services, uri, [
      { id: entity, name: changes.entity === entity ? annotation.quote : (changes.entity ?? entity), type: changes.type ?? annotation.type },
    ]);
  }
  return annotation.id;
}

function applyChanges(services: Services, annotation: Annotation, changes: Changes, others: readonly Annotation[]): Annotation {
  const next: Record<string, unknown> = { ...annotation };
  const set = (key: string, value: string | undefined): void => {
    if (value === undefined) return;
    if (value === '') delete next[key];
    else next[key] = value;
  };
  if (changes.status) next['status'] = changes.status;
  set('note', changes.note);
  if (annotation.kind === 'entity') {
    if (changes.type) next['type'] = changes.type;
    set('entity', changes.entity === undefined || changes.entity === '' ? changes.entity : resolveEntity(services.store, changes.entity));
  } else if (annotation.kind === 'claim') {
    set('claimType', changes.claimType);
    set('verdict', changes.verdict?.trim());
    const reviewUrl = changes.reviewUrl?.trim();
    if (reviewUrl && !WEB_URL_PATTERN.test(reviewUrl))
      throw new Error(`“${reviewUrl}” is not a web address: the review URL must start with http:// or https:// and have no spaces.`);
    set('reviewUrl', reviewUrl);
    if (changes.by !== undefined) {
      const by = changes.by === '' ? '' : resolveAttribution(others, changes.by);
      if (by === undefined) throw new UserError(`Nobody called “${changes.by}” is tagged in this file.`);
      set('by', by);
    }
  } else {
    set('speaker', changes.speaker);
    set('role', changes.role);
  }
  next['modified'] = new Date().toISOString();
  return next as Annotation;
}

async function askChanges(services: Services, annotation: Annotation, uri: vscode.Uri, preselected?: string): Promise<Changes> {
  const siblings = (await services.store.get(uri)).sidecar?.annotations ?? [];
  // What the picker shows for the current value: names, never raw ids.
  const entityName =
    annotation.kind === 'entity'
      ? entityLabel(annotation.entity, siblings, annotation.entity ? services.index.entityName(annotation.entity, uri) : undefined)
      : undefined;
  const byName = annotation.kind === 'claim' ? attributionLabel(siblings, annotation.by) : undefined;
  const fields: Array<{ label: string; key: (typeof editable)[number]; current?: string; shown?: string }> = [
    { label: 'Status', key: 'status', current: annotation.status },
    { label: 'Note', key: 'note', current: annotation.note },
    ...(annotation.kind === 'entity'
      ? [
          { label: 'Entity type', key: 'type' as const, current: annotation.type },
          { label: 'Canonical entity', key: 'entity' as const, current: annotation.entity, shown: entityName },
        ]
      : []),
    ...(annotation.kind === 'claim'
      ? [
          { label: 'Made by', key: 'by' as const, current: annotation.by, shown: byName },
          { label: 'Claim type', key: 'claimType' as const, current: annotation.claimType },
          { label: 'Verdict', key: 'verdict' as const, current: annotation.verdict },
          { label: 'Review URL', key: 'reviewUrl' as const, current: annotation.reviewUrl },
        ]
      : []),
    ...(annotation.kind === 'speaker'
      ? [
          { label: 'Speaker name', key: 'speaker' as const, current: annotation.speaker },
          { label: 'Role', key: 'role' as const, current: annotation.role },
        ]
      : []),
  ];
  const field =
    fields.find((f) => f.key === preselected) ??
    (await showQuickPick(
      fields.map((f) => ({ ...f, description: f.shown ?? f.current ?? '—' })),
      { title: `Edit ${annotation.kind} “${annotation.quote}”` },
    ));
  if (!field) return {};
  const pick = async (items: string[]): Promise<string | undefined> => showQuickPick(items, { title: field.label });
  let value: string | undefined;
  if (field.key === 'status') value = await pick(['proposed', 'accepted', 'rejected']);
  else if (field.key === 'type') value = await pick(configuredList('entityTypes', defaultEntityTypes));
  else if (field.key === 'claimType') value = await pick(configuredList('claimTypes', defaultClaimTypes));
  else if (field.key === 'by') {
    const picked = await showQuickPick(
      [...attributionCandidates(siblings).map((c) => ({ label: c.name, description: c.kind, id: c.id })), { label: '$(circle-slash) Nobody', id: '' }],
      { title: 'Who made this claim?' },
    );
    value = picked?.id;
  } else if (field.key === 'verdict') {
    value = await showInputBox({
      title: 'Verdict',
      value: field.current ?? '',
      prompt: 'The fact check’s rating as published, e.g. False, Misleading, Mostly true. Leave empty to clear.',
    });
  } else if (field.key === 'reviewUrl') {
    value = await showInputBox({
      title: 'Review URL',
      value: field.current ?? '',
      prompt: 'Address of the published fact check (http:// or https://). Leave empty to clear.',
      validateInput: (input) => (input.trim() === '' || WEB_URL_PATTERN.test(input.trim()) ? undefined : 'Enter an http:// or https:// address without spaces'),
    });
  } else value = await showInputBox({ title: field.label, value: field.shown ?? field.current ?? '', prompt: 'Leave empty to clear' });
  return value === undefined ? {} : { [field.key]: value };
}

export async function removeAnnotation(services: Services, rawArgs: unknown): Promise<string | undefined> {
  const chosen = await chooseAnnotation(services, parseArgs(rawArgs), 'remove');
  if (!chosen) return undefined;
  const { uri, annotation } = chosen;
  await services.annotator.change(uri, `Remove ${annotation.kind}`, (current) =>
    current
      .filter((a) => a.id !== annotation.id)
      // A claim attributed to the removed speaker or entity keeps its text but loses the dangling link.
      .map((a) => (a.kind === 'claim' && a.by === annotation.id ? (({ by: _removed, ...rest }) => rest)(a) : a)),
  );
  return annotation.id;
}

/**
 * Three-way merge of two versions of `entities.annotations.yaml` by entity id and by
 * field, with the sidecar merge's rules. Entities have no status or attributes, so a
 * conflict is kept for review where a person reading the registry sees it: theirs' name
 * becomes an alias (no name is ever lost), and theirs' other values are written into the
 * note after a `[merge]` marker. An entity deleted on one side and edited on the other is
 * kept, its note saying so.
 */
import type { EntityRegistry, RegistryEntity } from '../registry/schema';
import { sortEntities } from '../registry/names';
import type { MergeNote } from './mergeSidecar';
import { mergeById, mergeList, pick3, type Side } from './threeWay';

/** The merged registry and what needs review. */
export interface RegistryMerge {
  readonly registry: EntityRegistry;
  readonly notes: MergeNote[];
}

/** Merges `ours` and `theirs` against `base` (undefined: no common ancestor). */
export function mergeRegistries(base: EntityRegistry | undefined, ours: EntityRegistry, theirs: EntityRegistry): RegistryMerge {
  const notes: MergeNote[] = [];
  const entities = mergeById(base?.entities ?? [], ours.entities, theirs.entities, {
    merge: (b, o, t) => mergeEntity(b, o, t, notes),
    deleted: (kept, b, deletedBy) => {
      if (sameEntity(kept, b)) return undefined;
      notes.push({ id: kept.id, what: 'deleted-edited', deletedBy });
      return withNote(kept, `[merge] deleted on ${sideName(deletedBy)}, edited on the other: kept for review`);
    },
  });
  return { registry: { version: ours.version, entities: sortEntities(entities) }, notes };
}

function mergeEntity(base: RegistryEntity | undefined, ours: RegistryEntity, theirs: RegistryEntity, notes: MergeNote[]): RegistryEntity {
  if (sameEntity(ours, theirs)) return ours;
  const review: string[] = [];
  const conflict = (field: string, o: string | undefined, t: string | undefined): void => {
    notes.push({ id: ours.id, what: 'conflict', field, ours: o ?? '(none)', theirs: t ?? '(removed)' });
  };
  const name = pick3(base?.name, ours.name, theirs.name);
  let aliases = mergeList(base?.aliases ?? [], ours.aliases ?? [], theirs.aliases ?? []);
  if (name.conflict) {
    conflict('name', ours.name, theirs.name);
    if (!aliases.includes(theirs.name) && theirs.name !== name.value) aliases = [...aliases, theirs.name];
  }
  const type = pick3(base?.type, ours.type, theirs.type);
  if (type.conflict) {
    conflict('type', ours.type, theirs.type);
    review.push(`theirs: type ${JSON.stringify(theirs.type)}`);
  }
  const externalId = pick3(base?.externalId, ours.externalId, theirs.externalId);
  if (externalId.conflict) {
    conflict('externalId', ours.externalId, theirs.externalId);
    review.push(`theirs: externalId ${theirs.externalId === undefined ? '(removed)' : JSON.stringify(theirs.externalId)}`);
  }
  const note = pick3(base?.note, ours.note, theirs.note);
  if (note.conflict) {
    conflict('note', ours.note, theirs.note);
    review.push(`theirs: note ${theirs.note === undefined ? '(removed)' : JSON.stringify(theirs.note)}`);
  }
  const merged: RegistryEntity = {
    id: ours.id,
    name: name.value ?? ours.name,
    type: type.value ?? ours.type,
    ...(aliases.length > 0 || ours.aliases !== undefined || theirs.aliases !== undefined
      ? { aliases: aliases.filter((a) => a !== (name.value ?? ours.name)) }
      : {}),
    ...(externalId.value !== undefined ? { externalId: externalId.value } : {}),
    ...(note.value !== undefined ? { note: note.value } : {}),
  };
  return review.length > 0 ? withNote(merged, `[merge] changed on both sides, ours kept; ${review.join('; ')}`) : merged;
}

function withNote(e: RegistryEntity, line: string): RegistryEntity {
  return { ...e, note: e.note ? `${e.note}\n${line}` : line };
}

function sideName(side: Side): string {
  return side === 'ours' ? 'our side' : 'their side';
}

function sameEntity(a: RegistryEntity, b: RegistryEntity): boolean {
  const la = a.aliases;
  const lb = b.aliases;
  const sameAliases = la === undefined || lb === undefined ? la === lb : la.length === lb.length && la.every((x, i) => x === lb[i]);
  return a.name === b.name && a.type === b.type && a.externalId === b.externalId && a.note === b.note && sameAliases;
}

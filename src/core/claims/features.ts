/** What a claim is about: who made it, the canonical entities in it, its figures and keywords. */
import { slugify } from '../annotate/spans';
import { lookupEntities } from '../registry/names';
import type { EntityRegistry } from '../registry/schema';
import type { Annotation } from '../schema';
import { extractFigures, type Figure } from './figures';
import { keywordsOf } from './keywords';
import type { ClaimRef } from './question';

/** The comparable features of one claim. */
export interface ClaimFeatures {
  ref: ClaimRef;
  figures: Figure[];
  keywords: Set<string>;
  /** Canonical entity ids the claim is by or mentions. */
  entities: Set<string>;
}

/** Features of `ref`; `registry` maps speaker names to canonical ids. */
export function claimFeatures(ref: ClaimRef, registry?: EntityRegistry): ClaimFeatures {
  const { claim, annotations } = ref;
  const entities = new Set<string>();
  for (const a of annotations) {
    // Entity mentions inside the claim's span count as what it is about.
    if (a.kind === 'entity' && a.entity && !a.orphaned && a.status !== 'rejected' && a.start >= claim.start && a.end <= claim.end) entities.add(a.entity);
  }
  const by = claim.by === undefined ? undefined : annotations.find((a) => a.id === claim.by);
  const byEntity = by === undefined ? undefined : entityIdOf(by, registry);
  if (byEntity) entities.add(byEntity);
  return { ref, figures: extractFigures(claim.quote), keywords: keywordsOf(claim.quote), entities };
}

/**
 * Canonical id of a speaker or entity annotation: the entity's `entity`, or
 * for a speaker the registry entity of that name, else the slug of the name
 * (which is what a new entity of that name would be called).
 */
export function entityIdOf(a: Annotation, registry?: EntityRegistry): string | undefined {
  if (a.kind === 'entity') return a.entity;
  if (a.kind !== 'speaker') return undefined;
  const name = a.speaker ?? a.quote;
  return (registry && lookupEntities(registry, name)[0]?.id) ?? slugify(name);
}

/**
 * Who made the claim, for people: the speaker's normalised name, the
 * registry name of an entity's canonical id, or the entity's quote.
 */
export function claimAuthorName(ref: ClaimRef, registry?: EntityRegistry): string | undefined {
  const by = ref.claim.by === undefined ? undefined : ref.annotations.find((a) => a.id === ref.claim.by);
  if (by === undefined) return undefined;
  if (by.kind === 'speaker') return by.speaker ?? by.quote;
  const registered = by.kind === 'entity' && by.entity ? registry?.entities.find((e) => e.id === by.entity) : undefined;
  return registered?.name ?? by.quote;
}

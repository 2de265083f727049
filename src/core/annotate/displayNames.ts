/**
 * What a user reads instead of an annotation id or a canonical entity id: the speaker's
 * name or the entity's registry name, falling back to the text as written, and only when
 * nothing else is known to the id.
 */
import type { Annotation } from '../schema';
import { attributionCandidates } from './attribution';

/** The name of whoever `byId` points at among `annotations`; "a missing annotation" when it points at none. */
export function attributionLabel(annotations: readonly Annotation[], byId: string | undefined): string | undefined {
  if (byId === undefined) return undefined;
  const candidate = attributionCandidates(annotations).find((c) => c.id === byId);
  if (candidate) return candidate.name;
  const other = annotations.find((a) => a.id === byId);
  return other ? other.quote : 'a missing annotation';
}

/** A canonical entity as a reader sees it: its registry name, else its first mention's text, else the id. */
export function entityLabel(entity: string | undefined, annotations: readonly Annotation[], registryName?: string): string | undefined {
  if (entity === undefined) return undefined;
  if (registryName) return registryName;
  const mention = annotations.find((a) => a.kind === 'entity' && a.entity === entity);
  return mention?.quote ?? entity;
}

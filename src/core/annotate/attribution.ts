/** Who made a claim: the speakers and entities of a file a claim can be attributed to. */
import type { Annotation } from '../schema';

/** Something a claim can be attributed to, by annotation id. */
export interface AttributionCandidate {
  /** The speaker or entity annotation's id. */
  readonly id: string;
  /** The display name: the normalised speaker name, or the entity's quote. */
  readonly name: string;
  readonly kind: 'speaker' | 'entity';
  /** Canonical entity id, for entities that have one. */
  readonly entity?: string;
}

/** Candidates in document order, one per distinct name (the first mention stands for the rest). */
export function attributionCandidates(annotations: readonly Annotation[], entityTypes: readonly string[] = ['person', 'organization']): AttributionCandidate[] {
  const seen = new Set<string>();
  const found: AttributionCandidate[] = [];
  for (const annotation of annotations) {
    if (annotation.orphaned) continue;
    let candidate: AttributionCandidate | undefined;
    if (annotation.kind === 'speaker') candidate = { id: annotation.id, name: annotation.speaker ?? annotation.quote, kind: 'speaker' };
    else if (annotation.kind === 'entity' && entityTypes.includes(annotation.type)) {
      candidate = { id: annotation.id, name: annotation.quote, kind: 'entity', ...(annotation.entity ? { entity: annotation.entity } : {}) };
    }
    const key = candidate ? `${candidate.kind}:${candidate.name.toLocaleLowerCase()}` : '';
    if (candidate && !seen.has(key)) {
      seen.add(key);
      found.push(candidate);
    }
  }
  return found;
}

/**
 * The annotation id `by` names: an annotation id, a canonical entity id, or a speaker or
 * entity name (case-insensitive). Speakers win over entities of the same name.
 */
export function resolveAttribution(annotations: readonly Annotation[], by: string): string | undefined {
  if (annotations.some((annotation) => annotation.id === by && (annotation.kind === 'speaker' || annotation.kind === 'entity'))) return by;
  const wanted = by.trim().toLocaleLowerCase();
  const candidates = attributionCandidates(annotations, ['person', 'organization', 'location', 'event', 'other']);
  const match =
    candidates.find((candidate) => candidate.kind === 'speaker' && candidate.name.toLocaleLowerCase() === wanted) ??
    candidates.find((candidate) => candidate.name.toLocaleLowerCase() === wanted) ??
    candidates.find((candidate) => candidate.entity === by);
  return match?.id;
}

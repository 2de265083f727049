/**
 * "Tag all mentions": one proposed entity annotation for every untagged
 * occurrence of an entity's name or aliases in a document. Unlike
 * suggestions these are the user's own request, so they carry no
 * `suggested` mark; like them, they never overlap an entity annotation
 * already there (of any status) and start `proposed` for review.
 */
import { createAnnotation } from '../annotate/create';
import { CodePointText } from '../offsets';
import { findMentions, type MentionOptions } from '../registry/mentions';
import { namesOf } from '../registry/names';
import type { RegistryEntity } from '../registry/schema';
import type { Annotation } from '../schema';
import { IntervalSet } from './intervals';

/** What {@link tagAllMentions} works from. */
export interface TagMentionsInput extends MentionOptions {
  normalizedText: string;
  annotations: readonly Annotation[];
  entity: RegistryEntity;
  author?: string;
  now?: Date;
}

/** New entity annotations (`entity: <id>`, the entity's type), in document order. */
export function tagAllMentions(input: TagMentionsInput): Annotation[] {
  const text = new CodePointText(input.normalizedText);
  const tagged = new IntervalSet(input.annotations.filter((a) => a.kind === 'entity' && !a.orphaned));
  const ids = new Set(input.annotations.map((a) => a.id));
  const created: Annotation[] = [];
  for (const m of findMentions(input.normalizedText, namesOf(input.entity), input.ignoreCase ? { ignoreCase: true } : {})) {
    if (tagged.overlaps(m.start, m.end)) continue;
    const annotation = createAnnotation(
      text,
      { kind: 'entity', type: input.entity.type, entity: input.entity.id },
      {
        start: m.start,
        end: m.end,
        existingIds: ids,
        status: 'proposed',
        ...(input.author ? { author: input.author } : {}),
        ...(input.now ? { now: input.now } : {}),
      },
    );
    ids.add(annotation.id);
    created.push(annotation);
  }
  return created;
}

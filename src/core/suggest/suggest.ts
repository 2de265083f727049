/**
 * Proposed annotations for a document: untagged speaker turns, mentions of
 * registry entities, and candidate claims. Each is created `proposed` with
 * the attribute `suggested: true`, so a reviewer can accept them one by one
 * or reject them all at once. Nothing is proposed where an annotation of the
 * same kind already overlaps, whatever its status: a rejected annotation
 * means "not this", and suggesting it again would undo that review.
 */
import { createAnnotation, type AnnotationFields } from '../annotate/create';
import { sortedAnnotations } from '../sidecar/canonicalWriter';
import { CodePointText, OffsetMap } from '../offsets';
import { findMentions } from '../registry/mentions';
import { namesOf } from '../registry/names';
import type { EntityRegistry } from '../registry/schema';
import type { Annotation, AnnotationKind } from '../schema';
import { findBoilerplate, parseTurns } from '../transcript';
import { IntervalSet } from './intervals';
import { claimCandidates } from './sentences';

/** Attribute marking a suggested annotation. */
export const SUGGESTED_ATTRIBUTE = 'suggested';

/** What {@link suggestAnnotations} works from. */
export interface SuggestInput {
  /** The text as normalised (offsets refer to it). */
  normalizedText: string;
  /** The same text as decoded (BOM and CRLF kept), for speaker turn parsing. */
  rawText: string;
  /** The document's current annotations. */
  annotations: readonly Annotation[];
  /** Entities whose names and aliases are looked for. */
  registry?: EntityRegistry;
  /** Keys of lines repeated in other files of the same outlet (see `repeatedLines`): boilerplate too. */
  repeatedLines?: ReadonlySet<string>;
  /** Kinds to suggest (default all three). */
  kinds?: readonly AnnotationKind[];
  author?: string;
  now?: Date;
}

/** Whether an annotation was proposed by {@link suggestAnnotations} (and not edited since into something else). */
export function isSuggested(annotation: Annotation): boolean {
  return annotation.attributes?.[SUGGESTED_ATTRIBUTE] === true;
}

/** The suggestions, in canonical order, with ids unique among the document's. */
export function suggestAnnotations(input: SuggestInput): Annotation[] {
  const kinds = new Set(input.kinds ?? ['speaker', 'entity', 'claim']);
  const text = new CodePointText(input.normalizedText);
  const live = input.annotations.filter((a) => !a.orphaned);
  const taken = (kind: AnnotationKind): IntervalSet => new IntervalSet(live.filter((a) => a.kind === kind));
  const ids = new Set(input.annotations.map((a) => a.id));
  const out: Annotation[] = [];
  const make = (fields: AnnotationFields, start: number, end: number): void => {
    const options = { start, end, existingIds: ids, status: 'proposed' as const, ...(input.author ? { author: input.author } : {}), ...(input.now ? { now: input.now } : {}) };
    const annotation = { ...createAnnotation(text, fields, options), attributes: { [SUGGESTED_ATTRIBUTE]: true } };
    ids.add(annotation.id);
    out.push(annotation);
  };
  // Nothing is proposed inside page chrome, credits or bios.
  const cp = new OffsetMap(input.normalizedText);
  const boilerplate = findBoilerplate(input.normalizedText, input.repeatedLines ? { repeatedLines: input.repeatedLines } : {});
  const chrome = new IntervalSet(boilerplate.map((r) => ({ start: cp.toCodePoint(r.start), end: cp.toCodePoint(r.end) })));
  const map = new OffsetMap(input.rawText);
  const turns = parseTurns(input.rawText).map((t) => ({
    turn: t, start: map.toCodePoint(t.start), end: map.toCodePoint(t.end),
    nameStart: map.toCodePoint(t.label.nameRange.start), nameEnd: map.toCodePoint(t.label.nameRange.end),
  }));
  if (kinds.has('speaker')) {
    const speakers = taken('speaker');
    for (const t of turns) {
      if (!speakers.overlaps(t.nameStart, t.nameEnd)) make({ kind: 'speaker', speaker: t.turn.name, ...(t.turn.role ? { role: t.turn.role } : {}) }, t.nameStart, t.nameEnd);
    }
  }
  if (kinds.has('entity') && input.registry) {
    const entities = taken('entity');
    const { names, owners } = entityNames(input.registry);
    for (const m of findMentions(input.normalizedText, names)) {
      const owner = owners[m.index];
      if (owner && !entities.overlaps(m.start, m.end) && !chrome.overlaps(m.start, m.end)) make({ kind: 'entity', type: owner.type, entity: owner.id }, m.start, m.end);
    }
  }
  if (kinds.has('claim')) {
    const claims = taken('claim');
    const speakerOf = reviewedSpeakers(live, turns);
    for (const c of claimCandidates(input.normalizedText, boilerplate)) {
      const [start, end] = [cp.toCodePoint(c.start), cp.toCodePoint(c.end)];
      if (claims.overlaps(start, end)) continue;
      const t = lastStartingAtOrBefore(turns, start);
      const by = t >= 0 && start < (turns[t]?.end ?? 0) ? speakerOf.get(t) : undefined;
      make({ kind: 'claim', ...(c.statistic ? { claimType: 'statistic' } : {}), ...(by ? { by } : {}) }, start, end);
    }
  }
  return sortedAnnotations(out);
}

/**
 * Every name and alias once, with its entity; a name two entities share is
 * left without an owner (undefined), since a mention of it could be either.
 */
function entityNames(registry: EntityRegistry): { names: string[]; owners: Array<{ id: string; type: string } | undefined> } {
  const owner = new Map<string, { id: string; type: string } | undefined>();
  for (const e of registry.entities) {
    for (const name of namesOf(e)) {
      const previous = owner.get(name);
      owner.set(name, owner.has(name) && previous?.id !== e.id ? undefined : { id: e.id, type: e.type });
    }
  }
  return { names: [...owner.keys()], owners: [...owner.values()] };
}

/**
 * Turn index -> id of the reviewed speaker annotation on its label. Suggested
 * and rejected speakers do not count: a claim's `by` must not dangle when
 * suggestions are rejected or removed in bulk.
 */
function reviewedSpeakers(live: readonly Annotation[], turns: ReadonlyArray<{ start: number; nameStart: number; nameEnd: number }>): Map<number, string> {
  const found = new Map<number, string>();
  for (const a of live) {
    if (a.kind !== 'speaker' || isSuggested(a) || a.status === 'rejected') continue;
    const t = lastStartingAtOrBefore(turns, a.end - 1);
    const turn = turns[t];
    if (turn && a.start < turn.nameEnd && a.end > turn.nameStart && !found.has(t)) found.set(t, a.id);
  }
  return found;
}

/** Index of the last turn starting at or before `offset` (turns are in document order), or -1. */
function lastStartingAtOrBefore(turns: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((turns[mid]?.start ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

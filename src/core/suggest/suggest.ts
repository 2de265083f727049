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
import { nameKey, namesOf } from '../registry/names';
import type { EntityRegistry } from '../registry/schema';
import type { Annotation, AnnotationKind } from '../schema';
import {
  attributeSentences,
  docLines,
  reportedClauses,
  findBoilerplate,
  matchSpeakerLabel,
  overlapsBoilerplate,
  parseTurns,
  trimmedSentences,
  type TextRange,
} from '../transcript';
import { recognizeEntities } from './entities';
import { IntervalSet } from './intervals';
import { claimCandidates } from './sentences';
import { SpeakerEntities, type KnownPerson } from './speakerEntity';
import { titleMentions } from './titles';

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
  /** People other files of the corpus link to, so a speaker label finds their canonical entity too. */
  people?: readonly KnownPerson[];
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
  const make = (fields: AnnotationFields, start: number, end: number, extra?: Record<string, string>): Annotation => {
    const options = {
      start,
      end,
      existingIds: ids,
      status: 'proposed' as const,
      ...(input.author ? { author: input.author } : {}),
      ...(input.now ? { now: input.now } : {}),
    };
    const annotation = { ...createAnnotation(text, fields, options), attributes: { [SUGGESTED_ATTRIBUTE]: true, ...extra } };
    ids.add(annotation.id);
    out.push(annotation);
    return annotation;
  };
  // Nothing is proposed inside page chrome, credits or bios.
  const cp = new OffsetMap(input.normalizedText);
  const boilerplate = findBoilerplate(input.normalizedText, input.repeatedLines ? { repeatedLines: input.repeatedLines } : {});
  const chrome = new IntervalSet(boilerplate.map((r) => ({ start: cp.toCodePoint(r.start), end: cp.toCodePoint(r.end) })));
  const map = new OffsetMap(input.rawText);
  const turns = parseTurns(input.rawText).map((t) => ({
    turn: t,
    start: map.toCodePoint(t.start),
    end: map.toCodePoint(t.end),
    nameStart: map.toCodePoint(t.label.nameRange.start),
    nameEnd: map.toCodePoint(t.label.nameRange.end),
  }));
  if (kinds.has('speaker')) {
    const speakers = taken('speaker');
    // A label names the person an entity of the same name is (`REYES:` the Ana Reyes of an earlier label).
    const people = new SpeakerEntities(live, input.registry, input.people);
    for (const t of turns) {
      const entity = people.entityOf(t.turn.name, t.nameStart);
      people.saw(t.turn.name, t.nameStart);
      if (!speakers.overlaps(t.nameStart, t.nameEnd))
        make({ kind: 'speaker', speaker: t.turn.name, ...(t.turn.role ? { role: t.turn.role } : {}), ...(entity ? { entity } : {}) }, t.nameStart, t.nameEnd);
    }
  }
  const labels = new IntervalSet(turns.map((t) => ({ start: map.toCodePoint(t.turn.label.start), end: map.toCodePoint(t.turn.label.end) })));
  const entities = taken('entity');
  // Where each proposed or existing entity annotation lies, to give claims their `by`.
  const entityAt: Array<{ start: number; end: number; id: string }> = live
    .filter((a) => a.kind === 'entity' && a.status !== 'rejected')
    .map((a) => ({ start: a.start, end: a.end, id: a.id }));
  const registryIds = new Map<string, { id: string; type: string }>();
  if (input.registry) for (const e of input.registry.entities) for (const name of namesOf(e)) registryIds.set(nameKey(name), { id: e.id, type: e.type });
  const proposedSpans: Array<{ start: number; end: number }> = [];
  const proposeEntity = (fields: AnnotationFields & { kind: 'entity' }, start: number, end: number, name?: string): string | undefined => {
    if (entities.overlaps(start, end) || chrome.overlaps(start, end) || labels.overlaps(start, end)) return undefined;
    if (proposedSpans.some((p) => p.start < end && start < p.end)) return undefined;
    const annotation = make(fields, start, end, name && name !== text.slice(start, end) ? { name } : undefined);
    proposedSpans.push({ start, end });
    entityAt.push({ start, end, id: annotation.id });
    return annotation.id;
  };
  const sentences = bodySentences(input.normalizedText, boilerplate);
  const attributions = attributeSentences(input.normalizedText, sentences);
  if (kinds.has('entity')) {
    if (input.registry) {
      const { names, owners } = entityNames(input.registry);
      for (const m of findMentions(input.normalizedText, names)) {
        const owner = owners[m.index];
        if (owner) proposeEntity({ kind: 'entity', type: owner.type, entity: owner.id }, m.start, m.end);
      }
    }
    // A role the text gave a name to ("Interior Minister Lena Kask ... the minister said"): that person, before the
    // role is proposed below as a nameless source.
    const inChromeText = (s: number, e: number): boolean =>
      chrome.overlaps(cp.toCodePoint(s), cp.toCodePoint(e)) || labels.overlaps(cp.toCodePoint(s), cp.toCodePoint(e));
    for (const t of titleMentions(input.normalizedText, inChromeText)) {
      const known = registryIds.get(nameKey(t.name));
      proposeEntity({ kind: 'entity', type: 'person', ...(known ? { entity: known.id } : {}) }, cp.toCodePoint(t.start), cp.toCodePoint(t.end), t.name);
    }
    // The sources of reported speech, organisations included ("the interior ministry"), before other names.
    for (const a of attributions) {
      if (!a) continue;
      const span = sourceSpan(input.normalizedText, a.source);
      const known = registryIds.get(nameKey(input.normalizedText.slice(span.start, span.end)));
      const fields = known ? { kind: 'entity' as const, type: known.type, entity: known.id } : { kind: 'entity' as const, type: a.kind };
      proposeEntity(fields, cp.toCodePoint(span.start), cp.toCodePoint(span.end));
    }
    // Names no registry knows, merged with the registry's: a name the registry has gets its id.
    const inChrome = (s: number, e: number): boolean =>
      chrome.overlaps(cp.toCodePoint(s), cp.toCodePoint(e)) || labels.overlaps(cp.toCodePoint(s), cp.toCodePoint(e));
    for (const found of recognizeEntities(input.normalizedText, inChrome, sentences)) {
      const known = registryIds.get(nameKey(found.name)) ?? registryIds.get(nameKey(input.normalizedText.slice(found.start, found.end)));
      const fields = known ? { kind: 'entity' as const, type: known.type, entity: known.id } : { kind: 'entity' as const, type: found.type };
      proposeEntity(fields, cp.toCodePoint(found.start), cp.toCodePoint(found.end), found.name);
    }
  }
  if (kinds.has('claim')) {
    const claims = taken('claim');
    const speakerOf = reviewedSpeakers(live, turns);
    for (const c of claimCandidates(input.normalizedText, boilerplate)) {
      const [start, end] = [cp.toCodePoint(c.start), cp.toCodePoint(c.end)];
      if (claims.overlaps(start, end)) continue;
      // Reported speech goes to the source it is reported from, not to the reporter.
      const k = sentences.findIndex((s, i) => s.start < c.end && c.start < s.end && attributions[i] !== undefined);
      const attribution = k >= 0 ? attributions[k] : undefined;
      let by: string | undefined;
      if (attribution) {
        const [s, e] = [cp.toCodePoint(attribution.source.start), cp.toCodePoint(attribution.source.end)];
        by = entityAt.find((a) => a.start < e && s < a.end)?.id;
        if (!by && kinds.has('entity')) {
          const span = sourceSpan(input.normalizedText, attribution.source);
          by = proposeEntity({ kind: 'entity', type: attribution.kind }, cp.toCodePoint(span.start), cp.toCodePoint(span.end));
        }
      }
      if (!by && !attribution) {
        const t = lastStartingAtOrBefore(turns, start);
        by = t >= 0 && start < (turns[t]?.end ?? 0) ? speakerOf.get(t) : undefined;
      }
      make({ kind: 'claim', ...(c.statistic ? { claimType: 'statistic' } : {}), ...(by ? { by } : {}) }, start, end);
    }
  }
  linkSurnames(out, live);
  return sortedAnnotations(out);
}

/**
 * A proposed person named by one word ("Abadie") after a fuller name ending in that word
 * ("Jean-Luc Abadie", proposed or already tagged) gets that name in `attributes.name`,
 * so the reviewer sees whom it refers to.
 */
function linkSurnames(proposed: Annotation[], live: readonly Annotation[]): void {
  const people = [...live, ...proposed].filter((a) => a.kind === 'entity' && a.type === 'person').sort((a, b) => a.start - b.start);
  for (const a of proposed) {
    if (a.kind !== 'entity' || a.type !== 'person' || /\s/u.test(a.quote) || a.attributes?.['name'] !== undefined) continue;
    const full = people.find((p) => p.start < a.start && /\s/u.test(p.quote) && p.quote.split(/\s+/u).pop() === a.quote);
    if (full) a.attributes = { ...a.attributes, name: typeof full.attributes?.['name'] === 'string' ? full.attributes['name'] : full.quote };
  }
}

/** The entity span of a source: without a leading article or title ("the interior ministry" -> "interior ministry", "Prof. Elin Reyes" -> "Elin Reyes"). */
function sourceSpan(text: string, source: TextRange): TextRange {
  const raw = text.slice(source.start, source.end);
  const lead =
    /^(?:(?:the|The|a|A|an|An)\s+|(?:(?:Prime|Interior|Finance|Foreign|Labou?r|Deputy|Opposition)\s+)?(?:Minister|President|Mayor|Captain|Councillor|Governor|Senator|Judge|Director|Chief|Commissioner|Inspector|General|Professor|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Gov\.|Sen\.|Capt\.|leader)\s+(?=\p{Lu}))/u.exec(
      raw,
    );
  return lead && lead[0].length < raw.length ? { start: source.start + lead[0].length, end: source.end } : source;
}

/** Sentences of the body: lines outside boilerplate, after their speaker label, stage-direction lines left out. UTF-16 ranges. */
function bodySentences(text: string, boilerplate: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const line of docLines(text)) {
    if (/^\s*\(.*\)\s*$/u.test(line.text) || overlapsBoilerplate(boilerplate, line.start, line.contentEnd)) {
      // A line that only ends in boilerplate (a glued credit) keeps what comes before it.
      const glued = boilerplate.find((r) => r.start > line.start && r.start < line.contentEnd);
      if (!glued || /^\s*\(/u.test(line.text)) continue;
      out.push(...clauses(text, matchSpeakerLabel(text, line.start)?.end ?? line.start, glued.start));
      continue;
    }
    out.push(...clauses(text, matchSpeakerLabel(text, line.start)?.end ?? line.start, line.contentEnd));
  }
  return out;
}

/** Trimmed sentences, a sentence reporting two sources split in two (as claim candidates are). */
function clauses(text: string, from: number, to: number): TextRange[] {
  return trimmedSentences(text, from, to).flatMap((s) => reportedClauses(text, s.start, s.end));
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
    // An accepted suggestion has been reviewed; one still proposed has not.
    if (a.kind !== 'speaker' || (isSuggested(a) && a.status !== 'accepted') || a.status === 'rejected') continue;
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

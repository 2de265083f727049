/**
 * Cross-document lookups over every loaded sidecar: mentions of a canonical
 * entity, mention counts, claims by question, and the entities known for
 * pickers. Each document's contributions are kept with it, so an update
 * costs O(size of the changed document), never a rebuild.
 */
import { claimQuestion, type ClaimRef } from '../claims/question';
import type { EntityRegistry } from '../registry/schema';
import type { Annotation, ClaimAnnotation, LinkedAnnotation, Sidecar } from '../schema';
import { EntityTally, type KnownEntity } from './entityTally';

/** One mention of a canonical entity: an entity annotation, or a speaker turn of that person. */
export interface DocumentMention {
  key: string;
  annotation: LinkedAnnotation;
}

// What one document adds to the global maps, kept to take it back out again.
interface DocumentEntry {
  sidecar: Sidecar | undefined;
  mentions: Map<string, LinkedAnnotation[]>;
  claims: Map<string, ClaimAnnotation[]>;
}

/**
 * The index. Keys are the caller's document keys (e.g. workspace-relative
 * paths). Orphaned annotations are left out (their position means nothing);
 * every status is kept, and only counts skip rejected mentions.
 */
export class WorkspaceIndex {
  private readonly documents = new Map<string, DocumentEntry>();
  private readonly mentionsByEntity = new Map<string, Map<string, LinkedAnnotation[]>>();
  private readonly claimsByQuestionMap = new Map<string, Map<string, ClaimAnnotation[]>>();
  private readonly tally = new EntityTally();

  /**
   * Sets document `key`'s annotations; undefined (missing or invalid sidecar)
   * keeps the document known but empty. Sidecars are treated as immutable
   * values: passing the same object again does nothing.
   */
  update(key: string, sidecar: Sidecar | undefined): void {
    const previous = this.documents.get(key);
    if (previous !== undefined && previous.sidecar === sidecar) return;
    if (previous) this.subtract(key, previous);
    const entry: DocumentEntry = { sidecar, mentions: new Map(), claims: new Map() };
    for (const a of sidecar?.annotations ?? []) {
      if (a.orphaned) continue;
      // A speaker turn linked to a person counts as a mention of that person.
      if (a.kind !== 'claim' && a.entity !== undefined) push(entry.mentions, a.entity, a);
      const question = claimQuestion(a);
      if (a.kind === 'claim' && question !== undefined) push(entry.claims, question, a);
    }
    this.documents.set(key, entry);
    for (const [id, list] of entry.mentions) {
      inner(this.mentionsByEntity, id).set(key, list);
      this.tally.add(id, list);
    }
    for (const [question, list] of entry.claims) inner(this.claimsByQuestionMap, question).set(key, list);
  }

  /** Forgets document `key` (deleted or renamed). */
  remove(key: string): void {
    const previous = this.documents.get(key);
    if (previous === undefined) return;
    this.subtract(key, previous);
    this.documents.delete(key);
  }

  /** Keys of every known document, in insertion order. */
  keys(): string[] {
    return [...this.documents.keys()];
  }

  /** The annotations of document `key` (empty when unknown or without a valid sidecar). */
  annotationsOf(key: string): readonly Annotation[] {
    return this.documents.get(key)?.sidecar?.annotations ?? [];
  }

  /** Every mention of canonical entity `entityId`, by document key, then position. */
  mentionsOf(entityId: string): DocumentMention[] {
    const byKey = this.mentionsByEntity.get(entityId);
    if (byKey === undefined) return [];
    return [...byKey.keys()].sort(compareKeys).flatMap((key) =>
      (byKey.get(key) ?? [])
        .slice()
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .map((annotation) => ({ key, annotation })),
    );
  }

  /** Keys of the documents mentioning `entityId`, sorted. */
  documentsMentioning(entityId: string): string[] {
    return [...(this.mentionsByEntity.get(entityId)?.keys() ?? [])].sort(compareKeys);
  }

  /** Mentions of `entityId` that are not rejected. */
  mentionCount(entityId: string): number {
    return this.tally.count(entityId);
  }

  /** The non-rejected mention count of every entity mentioned anywhere. */
  mentionCounts(): Map<string, number> {
    return new Map([...this.mentionsByEntity.keys()].map((id) => [id, this.tally.count(id)]));
  }

  /** Every question some claim answers, sorted. */
  questions(): string[] {
    return [...this.claimsByQuestionMap.keys()].sort(compareKeys);
  }

  /** The claims answering `question`, by document key, then position; ready for `claimsBoard`. */
  claimsFor(question: string): ClaimRef[] {
    const byKey = this.claimsByQuestionMap.get(question);
    if (byKey === undefined) return [];
    return [...byKey.keys()].sort(compareKeys).flatMap((key) =>
      (byKey.get(key) ?? [])
        .slice()
        .sort((a, b) => a.start - b.start)
        .map((claim) => ({ key, claim, annotations: this.annotationsOf(key) })),
    );
  }

  /** Claims grouped by question, questions sorted: the input of `claimsBoard`. */
  claimsByQuestion(): Map<string, ClaimRef[]> {
    return new Map(this.questions().map((q) => [q, this.claimsFor(q)]));
  }

  /** Every claim of every document, grouped or not: the input of `suggestGroups`. */
  allClaims(): ClaimRef[] {
    return [...this.documents.keys()].sort(compareKeys).flatMap((key) => {
      const annotations = this.annotationsOf(key);
      return annotations.filter((a): a is ClaimAnnotation => a.kind === 'claim' && !a.orphaned).map((claim) => ({ key, claim, annotations }));
    });
  }

  /**
   * The entities to offer in pickers: every registry entity (even unmentioned)
   * and every id used in a sidecar, most mentioned first, then by name.
   */
  entities(registry?: EntityRegistry): KnownEntity[] {
    return this.tally.known(registry, (id) => this.mentionsByEntity.get(id)?.size ?? 0);
  }

  private subtract(key: string, entry: DocumentEntry): void {
    for (const [id, list] of entry.mentions) {
      const byKey = this.mentionsByEntity.get(id);
      byKey?.delete(key);
      if (byKey?.size === 0) this.mentionsByEntity.delete(id);
      this.tally.remove(id, list);
    }
    for (const question of entry.claims.keys()) {
      const byKey = this.claimsByQuestionMap.get(question);
      byKey?.delete(key);
      if (byKey?.size === 0) this.claimsByQuestionMap.delete(question);
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function inner<T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let found = map.get(key);
  if (found === undefined) map.set(key, (found = new Map<string, T>()));
  return found;
}

/** Code unit order: deterministic whatever the locale. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

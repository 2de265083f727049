/**
 * Suggesting claim groups across documents. Two claims from different
 * sources are linked on enough evidence: shared content keywords (a shared
 * news-event concept such as "detain" counts double), a comparable figure
 * (same kind; same unit counts double), shared canonical entities. A figure
 * and a shared concept suffice; a figure and one ordinary word (`police`) do
 * not, since police count crowds as well as arrests. Linked claims form a
 * group (connected components). Cheap and explainable rather than clever:
 * each suggestion carries the keywords, figure kind and entities behind it.
 */
import type { EntityRegistry } from '../registry/schema';
import { comparable, comparedFigures } from './compare';
import { claimFeatures, type ClaimFeatures } from './features';
import { isConcept } from './keywords';
import type { Figure, FigureKind } from './figures';
import { proposeQuestion } from './proposeQuestion';
import { claimQuestion, type ClaimRef } from './question';

/** A likely group of claims answering one question. */
export interface GroupSuggestion {
  /** The proposed question: an existing one some members have, or a generated one to edit. */
  question: string;
  /** True when `question` is already the question of some members (the others would join it). */
  existing: boolean;
  /** Members in input order. */
  claims: Array<{ key: string; id: string }>;
  /** The kind of figure compared, when the claims state figures. */
  kind?: FigureKind;
  /** Keywords shared by at least two members, most shared first. */
  keywords: string[];
  /** Canonical entity ids shared by at least two members. */
  entities: string[];
}

/** Options of {@link suggestGroups}. */
export interface SuggestGroupsOptions {
  /** Maps speaker names to canonical entities. */
  registry?: EntityRegistry;
  /** Keywords in more claims than this do not propose pairs (they still count once a pair is proposed); bounds the work on big workspaces. */
  maxKeywordFrequency?: number;
}

/** Likely groups among `claims` (rejected and orphaned ones are ignored), largest first. Groups every member already shares are not suggested again. */
export function suggestGroups(claims: readonly ClaimRef[], options: SuggestGroupsOptions = {}): GroupSuggestion[] {
  const features = claims.filter((r) => r.claim.status !== 'rejected' && !r.claim.orphaned).map((r) => claimFeatures(r, options.registry));
  const byKeyword = new Map<string, number[]>();
  features.forEach((f, i) => f.keywords.forEach((k) => append(byKeyword, k, i)));
  const parent = features.map((_, i) => i);
  // Iterative find with path halving: a recursive one could exhaust the stack on a long chain.
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  // Strong links need no pairwise look: claims sharing a concept and a figure of the same kind and unit all link
  // (across documents), so each such bucket that spans two documents is one group, at any size.
  const buckets = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of strongKeys(f)) append(buckets, key, i);
  });
  for (const members of buckets.values()) {
    const first = members[0] as number;
    if (members.some((j) => features[j]?.ref.key !== features[first]?.ref.key)) for (const j of members) parent[root(j)] = root(first);
  }
  // Weaker links (unit-less counts, dates, shared entities) are checked pair by pair, only under less frequent keywords.
  const limit = options.maxKeywordFrequency ?? 500;
  features.forEach((a, i) => {
    const candidates = new Set<number>();
    for (const k of a.keywords) {
      const holders = byKeyword.get(k) ?? [];
      if (holders.length <= limit) for (const j of holders) if (j > i) candidates.add(j);
    }
    for (const j of candidates) if (linked(a, features[j] as ClaimFeatures)) parent[root(j)] = root(i);
  });
  const components = new Map<number, ClaimFeatures[]>();
  features.forEach((f, i) => append(components, root(i), f));
  const suggestions: GroupSuggestion[] = [];
  for (const members of components.values()) {
    if (new Set(members.map((m) => m.ref.key)).size < 2) continue;
    const suggestion = describe(members);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions.sort((a, b) => b.claims.length - a.claims.length || (a.question < b.question ? -1 : a.question > b.question ? 1 : 0));
}

/** `concept, kind, unit, currency` of each match {@link linked} accepts on these alone (concept 2 + strong figure 2). */
function strongKeys(f: ClaimFeatures): Set<string> {
  const keys = new Set<string>();
  for (const figure of f.figures) {
    if (!isStrong(figure)) continue;
    for (const k of f.keywords) if (isConcept(k)) keys.add(`${k}\u0000${figure.kind}\u0000${figure.unit ?? ''}\u0000${figure.currency ?? ''}`);
  }
  return keys;
}

// Same unit (or money, percentages) is strong evidence; a unit-less count or a date is weaker.
function isStrong(f: Figure): boolean {
  return f.kind !== 'date' && (f.kind !== 'count' || f.unit !== undefined);
}

/** The link rule; see the module comment. Pairs within one document are never linked directly. */
function linked(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.ref.key === b.ref.key) return false;
  const keywords = Math.min(3, [...a.keywords].filter((k) => b.keywords.has(k)).length);
  if (keywords === 0) return false;
  const entities = Math.min(2, [...a.entities].filter((e) => b.entities.has(e)).length);
  let figure = 0;
  for (const f of a.figures) {
    for (const g of b.figures) {
      if (comparable(f, g)) figure = Math.max(figure, isStrong(f) && isStrong(g) ? 2 : 1);
    }
  }
  const concept = [...a.keywords].some((k) => isConcept(k) && b.keywords.has(k)) ? 1 : 0;
  const evidence = keywords + concept + entities + figure;
  return evidence >= 4 && (figure > 0 || (entities > 0 && keywords >= 2));
}

function describe(members: readonly ClaimFeatures[]): GroupSuggestion | undefined {
  const questions = members.map((m) => claimQuestion(m.ref.claim));
  const existing = mostCommon(questions.filter((q): q is string => q !== undefined));
  if (existing !== undefined && questions.every((q) => q === existing)) return undefined;
  const keywords = shared(members.map((m) => m.keywords)).slice(0, 5);
  const entities = shared(members.map((m) => m.entities)).sort();
  const compared = comparedFigures(members.map((m) => m.figures)).find((f) => f !== undefined);
  return {
    question: existing ?? proposeQuestion(compared, keywords, entities),
    existing: existing !== undefined,
    claims: members.map((m) => ({ key: m.ref.key, id: m.ref.claim.id })),
    ...(compared ? { kind: compared.kind } : {}),
    keywords,
    entities,
  };
}

/** Items found in at least two of the sets, most frequent first, then alphabetical. */
function shared(sets: ReadonlyArray<ReadonlySet<string>>): string[] {
  const counts = new Map<string, number>();
  for (const set of sets) for (const item of set) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([item]) => item);
}

function mostCommon(items: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Running totals per canonical entity (mentions, how it is written, its
 * types), kept by adding and subtracting one document's mentions at a time
 * so the index never recounts the workspace.
 */
import type { EntityRegistry } from '../registry/schema';
import type { LinkedAnnotation } from '../schema';

/** An entity as a picker shows it. */
export interface KnownEntity {
  id: string;
  /** The registry name, else the most frequent way it is written. */
  name: string;
  /** The registry type, else the most frequent type of its mentions. */
  type: string;
  /** Mentions that are not rejected. */
  mentions: number;
  /** Documents mentioning it. */
  documents: number;
  /** Whether the registry lists it. */
  registered: boolean;
}

interface Totals {
  mentions: number;
  quotes: Map<string, number>;
  types: Map<string, number>;
}

/** Per-entity totals with O(changed mentions) updates. */
export class EntityTally {
  private readonly totals = new Map<string, Totals>();

  add(id: string, mentions: readonly LinkedAnnotation[]): void {
    this.change(id, mentions, 1);
  }

  remove(id: string, mentions: readonly LinkedAnnotation[]): void {
    this.change(id, mentions, -1);
  }

  /** Non-rejected mentions of `id`. */
  count(id: string): number {
    return this.totals.get(id)?.mentions ?? 0;
  }

  /** Registry entities and mentioned ids merged; `documents(id)` counts the documents mentioning it. */
  known(registry: EntityRegistry | undefined, documents: (id: string) => number): KnownEntity[] {
    const found = new Map<string, KnownEntity>();
    for (const e of registry?.entities ?? []) {
      if (!found.has(e.id)) found.set(e.id, { id: e.id, name: e.name, type: e.type, mentions: this.count(e.id), documents: documents(e.id), registered: true });
    }
    for (const [id, t] of this.totals) {
      if (!found.has(id))
        found.set(id, { id, name: top(t.quotes) ?? id, type: top(t.types) ?? 'other', mentions: t.mentions, documents: documents(id), registered: false });
    }
    return [...found.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  }

  private change(id: string, mentions: readonly LinkedAnnotation[], sign: 1 | -1): void {
    let t = this.totals.get(id);
    if (t === undefined) this.totals.set(id, (t = { mentions: 0, quotes: new Map(), types: new Map() }));
    for (const m of mentions) {
      if (m.status === 'rejected') continue;
      t.mentions += sign;
      // A label is written in capitals ("REYES"); its normalised name is how the person is called.
      bump(t.quotes, m.kind === 'speaker' ? (m.speaker ?? m.quote) : m.quote, sign);
      bump(t.types, m.kind === 'speaker' ? 'person' : m.type, sign);
    }
    if (t.mentions === 0 && t.quotes.size === 0) this.totals.delete(id);
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}

/** Most frequent key, ties by code unit order. */
function top(map: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const [k, n] of map) if (best === undefined || n > best[1] || (n === best[1] && k < best[0])) best = [k, n];
  return best?.[0];
}

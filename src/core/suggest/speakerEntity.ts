/**
 * Speaker labels linked to people. A turn label (`ANA REYES, BYLINE:`, later `REYES:`)
 * and a person entity of the same name are one canonical entity: the speaker annotation
 * gets that entity's id in `entity`. A name is looked up among the registry's people
 * (names and aliases), the people other files of the corpus link to, and the people and
 * speakers this document already links; a surname-only label is first read as the one
 * full name ending in it that the document gave before (an earlier label or mention).
 * A name two entities answer to links nowhere: naming nobody beats naming the wrong one.
 */
import { nameKey, namesOf } from '../registry/names';
import type { EntityRegistry } from '../registry/schema';
import type { Annotation } from '../schema';

/** A person known outside the document (another file's mentions), by id and name. */
export interface KnownPerson {
  readonly id: string;
  readonly name: string;
}

/** Resolves speaker names of one document to canonical entity ids. */
export class SpeakerEntities {
  // nameKey -> id, or null when two ids share the name.
  private readonly ids = new Map<string, string | null>();
  // Full names (more than one word) the document gave, with where: code point offsets.
  private readonly fullNames: Array<{ at: number; name: string }> = [];

  constructor(annotations: readonly Annotation[], registry?: EntityRegistry, people: readonly KnownPerson[] = []) {
    // The document's own links first: they are what a reviewer said of this text.
    const local = new Map<string, string | null>();
    for (const a of annotations) {
      if (a.orphaned || a.status === 'rejected') continue;
      if (a.kind === 'entity' && a.type === 'person') {
        const name = typeof a.attributes?.['name'] === 'string' ? a.attributes['name'] : a.quote;
        if (a.entity) add(local, name, a.entity);
        if (/\s/u.test(name.trim())) this.fullNames.push({ at: a.start, name });
      } else if (a.kind === 'speaker' && a.speaker) {
        if (a.entity) add(local, a.speaker, a.entity);
        if (/\s/u.test(a.speaker.trim())) this.fullNames.push({ at: a.start, name: a.speaker });
      }
    }
    const known = new Map<string, string | null>();
    for (const e of registry?.entities ?? []) if (e.type === 'person') for (const name of namesOf(e)) add(known, name, e.id);
    for (const p of people) if (!known.has(nameKey(p.name))) add(known, p.name, p.id);
    for (const [k, id] of known) if (!local.has(k)) local.set(k, id);
    for (const [k, id] of local) this.ids.set(k, id);
  }

  /** Notes a full name the document gives at code point `at` (a label being proposed). */
  saw(name: string, at: number): void {
    if (/\s/u.test(name.trim())) this.fullNames.push({ at, name });
  }

  /** The canonical entity of speaker `name` whose label starts at code point `at`, if exactly one. */
  entityOf(name: string, at: number): string | undefined {
    const direct = this.ids.get(nameKey(name));
    if (direct) return direct;
    if (direct === null || /\s/u.test(name.trim())) return undefined;
    // "REYES:" after "ANA REYES, BYLINE:" or "Ana Reyes said".
    const surname = nameKey(name);
    const full = new Set(this.fullNames.filter((f) => f.at < at && nameKey(f.name).split(' ').pop() === surname).map((f) => nameKey(f.name)));
    if (full.size !== 1) return undefined;
    return this.ids.get([...full][0] as string) ?? undefined;
  }
}

function add(map: Map<string, string | null>, name: string, id: string): void {
  const k = nameKey(name);
  const previous = map.get(k);
  map.set(k, map.has(k) && previous !== id ? null : id);
}

/** The people a document links to (person mentions and speakers with an `entity`), by id and name, for other documents. */
export function linkedPeople(annotations: readonly Annotation[]): KnownPerson[] {
  const out: KnownPerson[] = [];
  for (const a of annotations) {
    if (a.orphaned || a.status === 'rejected') continue;
    if (a.kind === 'entity' && a.type === 'person' && a.entity)
      out.push({ id: a.entity, name: typeof a.attributes?.['name'] === 'string' ? a.attributes['name'] : a.quote });
    else if (a.kind === 'speaker' && a.entity && a.speaker) out.push({ id: a.entity, name: a.speaker });
  }
  return out;
}

import { describeSpeaker } from './speaker-name';
import type { SpeakerIdentity } from './types';

/**
 * Resolves labels in document order, so that a later surname-only label
 * (`OKONJO:`) takes the display name and, unless it states its own, the role
 * of the most recent earlier full label ending in that word
 * (`MARIA OKONJO, BYLINE:`). Matching ignores case but not accents, so
 * `RAMIREZ` and `RAMÍREZ` stay different people.
 */
export class SpeakerResolver {
  private readonly bySurname = new Map<string, SpeakerIdentity>();
  // Transcripts repeat the same few labels thousands of times; describing each
  // distinct label once keeps parsing a long transcript allocation-light.
  private readonly described = new Map<string, Described>();

  /**
   * Normalises `raw` (a label with or without its colon) in the context of
   * the labels seen so far. Returns a fresh object the caller may keep.
   */
  resolve(raw: string): SpeakerIdentity {
    const own = this.describe(raw);
    if (own.surnameKey === undefined) return copy(own.identity);
    if (own.isFull) {
      this.bySurname.set(own.surnameKey, own.identity);
      return copy(own.identity);
    }
    const full = this.bySurname.get(own.surnameKey);
    if (!full) return copy(own.identity);
    return copy({ name: full.name, role: own.identity.role ?? full.role });
  }

  private describe(raw: string): Described {
    let entry = this.described.get(raw);
    if (!entry) {
      const identity = describeSpeaker(raw);
      const words = identity.name.split(' ');
      // `SMITH:` should still find `JOHN SMITH JR.`, so generational suffixes
      // are not surnames.
      while (words.length > 1 && SUFFIXES.has((words[words.length - 1] ?? '').toUpperCase())) words.pop();
      const last = words[words.length - 1];
      entry = {
        identity,
        isFull: words.length > 1,
        surnameKey: last ? surnameKey(last) : undefined,
      };
      this.described.set(raw, entry);
    }
    return entry;
  }
}

const SUFFIXES: ReadonlySet<string> = new Set(['JR.', 'JR', 'SR.', 'SR', 'II', 'III', 'IV']);

interface Described {
  identity: SpeakerIdentity;
  isFull: boolean;
  surnameKey: string | undefined;
}

/**
 * Normalises a sequence of raw labels in order, resolving short labels to
 * earlier full names. The result has one entry per input label.
 */
export function normalizeSpeakers(labels: readonly string[]): SpeakerIdentity[] {
  const resolver = new SpeakerResolver();
  return labels.map((label) => resolver.resolve(label));
}

function surnameKey(word: string): string {
  // NFC so that a decomposed Í still equals a precomposed one; case folded
  // through upper case because labels are written in capitals.
  return word.normalize('NFC').toUpperCase();
}

function copy(identity: { name: string; role?: string | undefined }): SpeakerIdentity {
  const result: SpeakerIdentity = { name: identity.name };
  if (identity.role !== undefined) result.role = identity.role;
  return result;
}

/*
 * Title mentions: "the minister", "the interior minister", "the police chief" after the
 * document has said who holds the role ("Interior Minister Lena Kask", "the mediator,
 * Birgit Nyland,", "Tomas Berg, the police chief,"). Each mention gets the full name, so
 * the reviewer sees whom it stands for and accepting it teaches the registry the alias.
 * A bare role two different people were given ("the minister" after a prime minister and
 * an interior minister) stays unlinked: naming nobody beats naming the wrong person.
 * English-only; offsets are UTF-16 offsets into the text given.
 */
import type { TextRange } from '../transcript/types';

/** A role mention and the full name of who was said to hold it. */
export interface TitleMention extends TextRange {
  /** The full name the mention stands for. */
  name: string;
}

const QUALIFIER = String.raw`(?:prime|interior|finance|foreign|labou?r|justice|health|defen[cs]e|transport|education|deputy|vice|police|fire|harbou?r|port|chief|union)`;
const ROLE = String.raw`(?:minister|president|mayor|governor|senator|chief|commissioner|mediator|judge|spokesperson|spokeswoman|spokesman|chair|chairman|chairwoman|director|executive|captain|inspector|prosecutor|ombudsman)`;
// A role as a phrase: up to two qualifiers before its head noun ("prime minister", "police chief", "chief executive").
const ROLE_PHRASE = String.raw`(?:${QUALIFIER}\s+){0,2}${ROLE}`;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const NAME = String.raw`${CAP}(?:\s+(?:(?:de|van|von|der|da|di|du|la|le|af)\s+)?${CAP}){1,3}`;
// Each alternative may start with a capital, as a title before a name does ("Interior Minister").
const titleCase = (pattern: string): string => pattern.replace(/(?<=\(\?:|\|)([a-z])/gu, (c) => `[${c}${c.toUpperCase()}]`);
const TITLE_PHRASE = String.raw`(?:${titleCase(QUALIFIER)}\s+){0,2}${titleCase(ROLE)}`;

// "Interior Minister Lena Kask" (the role capitalised as a title), "the mediator, Birgit Nyland," and
// "Tomas Berg, the police chief" (an appositive on either side).
const STATED = [
  new RegExp(String.raw`(?<![\p{L}\p{M}])(?<role>${TITLE_PHRASE})\s+(?<name>${NAME})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{M}])[Tt]he\s+(?<role>${ROLE_PHRASE}),\s+(?<name>${NAME})(?=[,.;])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{M}])(?<name>${NAME}),\s+(?:the|[\p{Lu}\p{Ll}]+['’]s)\s+(?<role>${ROLE_PHRASE})(?=[,.;])`, 'gu'),
];
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{M}])[Tt]he\s+(?<role>${ROLE_PHRASE})(?![\p{L}\p{M}])`, 'gu');

const key = (role: string): string => role.toLowerCase().replace(/\s+/gu, ' ');
const head = (role: string): string => key(role).split(' ').pop() as string;

/**
 * Mentions of a role ("the minister") after the text stated its holder, with that holder's
 * full name. The span leaves out the article, like other entity spans ("minister").
 */
export function titleMentions(text: string, skip: (start: number, end: number) => boolean = () => false): TitleMention[] {
  const stated: Array<{ at: number; end: number; role: string; name: string }> = [];
  for (const re of STATED) {
    for (const m of text.matchAll(re)) {
      const role = m.groups?.['role'];
      const name = m.groups?.['name'];
      // The capitalised form must really be a title: "the minister Lena" is not, a sentence-initial "Minister Kask" is.
      if (!role || !name || (re === STATED[0] && !/^\p{Lu}/u.test(role.split(/\s+/u).pop() as string))) continue;
      const at = m.index ?? 0;
      if (skip(at, at + m[0].length)) continue;
      stated.push({ at, end: at + m[0].length, role: key(role), name: name.replace(/\s+/gu, ' ') });
    }
  }
  const out: TitleMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const role = key(m.groups?.['role'] ?? '');
    const at = m.index ?? 0;
    const start = at + m[0].length - (m.groups?.['role'] ?? '').length;
    const end = at + m[0].length;
    // A mention that is part of a statement ("the mediator, Birgit Nyland") is the statement.
    if (stated.some((s) => s.at < end && start < s.end) || skip(start, end)) continue;
    // "the interior minister" needs that role; "the minister" any role with that head noun.
    const before = stated.filter((s) => s.end <= start && (s.role === role || (!role.includes(' ') && head(s.role) === role)));
    const names = new Set(before.map((s) => s.name));
    if (names.size !== 1) continue;
    out.push({ start, end, name: [...names][0] as string });
  }
  return out;
}

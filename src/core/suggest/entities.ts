/*
 * Entities without a registry: people, organisations and places found by
 * rules over capitalised names and the words around them (titles, "said",
 * "in", "Ministry", "Square"), then made consistent across the document: a
 * name typed once has that type everywhere, and a surname alone ("Reyes") or
 * a title ("the prime minister") is linked to the full name seen before it.
 * English-only; offsets are UTF-16 offsets into the text given.
 *
 * Why rules and not an NLP library: compromise (the one npm library with an
 * English model inside that tags people, organisations and places) adds
 * 358 KB minified, which takes the extension past its 500 KB budget, and it
 * missed names such as "Katrin Solberg" in the fixtures; wink-nlp's bundled
 * web model has no person or organisation entities at all (and is 3.6 MB).
 */
import { attributeSentences, type Attribution } from '../transcript/attribution';
import type { TextRange } from '../transcript/types';

/** An entity mention found in a text. */
export interface FoundEntity extends TextRange {
  type: 'person' | 'organization' | 'location';
  /** The canonical name: the mention itself, or the full name a surname or title refers to. */
  name: string;
}

// Acronyms first, so `WVPR` is one word and not a `W` followed by nothing; a title's period
// (`Prof. Elin Reyes`) and a plural possessive inside a name (`Dockworkers’ Union`) are kept.
const CAPWORD = String.raw`(?:\p{Lu}{2,6}(?![\p{L}\p{M}])|(?:Prof|Dr|Mr|Mrs|Ms|Gov|Sen|Gen|Capt|Sgt|Rep|Lt|Col)\.(?=\s\p{Lu})|\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*(?:(?<=s)['’](?=\s\p{Lu}))?)`;
const PARTICLE = String.raw`(?:de|van|von|der|den|da|di|du|la|le|bin|al|af|of|of the|for|for the|and)`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'’-])${CAPWORD}(?:\s(?:${PARTICLE}\s)?${CAPWORD})*(?:['’]s|s['’])?`, 'gu');

const ORG_HEADS = new Set(
  'Ministry Union Services Service University Council Police Authority Authorities Company Wire Radio Federation Association Party Bank Court Office Agency Group Institute Committee Commission Board Parliament Government Department Inc Ltd LLC Corp Corporation News Times Dispatch Post Verbatim Port Guard Navy Army Network Foundation Society Chamber Cabinet Council Partners Lines Shipping Logistics Airlines Coalition Alliance Front Movement'.split(
    ' ',
  ),
);
const PLACE_HEADS = new Set(
  'Square Street Road Avenue Harbor Harbour Bridge House Hall Station Terminal Island Islands River Bay Quay Gate Park Airport Market Prison Hospital Gymnasium Stadium Docks Dock'.split(
    ' ',
  ),
);
const TITLES = new Set(
  'Councillor Councilor Prof. Professor Dr. Mr. Mrs. Ms. Minister President Mayor Governor Gov. Senator Sen. Chief Commissioner Inspector Captain Capt. General Gen. Judge Sgt. Sergeant Director Chairman Chairwoman'.split(
    ' ',
  ),
);
const TITLE_WORDS =
  /^(?:Prime Minister|Interior Minister|Labou?r Minister|Finance Minister|Foreign Minister|Police Chief|Vice President|Prof\.|Professor|Dr\.|Mr\.|Mrs\.|Ms\.|Minister|President|Mayor|Governor|Gov\.|Senator|Sen\.|Chief|Commissioner|Inspector|Captain|Capt\.|General|Gen\.|Judge|Sgt\.|Director)\s+/u;
// Capitalised words that are not names on their own (sentence starts, days, months, pronouns).
const STOP = new Set(
  (
    'The A An It Its This That These Those There Here We I You They He She His Her Their Our But And Or So Yet If When While After Before As On In At By For From With Without About Some Many Most Much More Less Few Several Every Each All Any No Not Yes Well Now Then Also Still Even Only Just Earlier Later Meanwhile However Instead Thank Thanks Good Morning Evening Hello Hi Okay OK Oh ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Mr Mrs Ms Dr Prof Police Officials Authorities Union Lawyers Organizers Organisers Workers Strikers Protesters Residents Eleven Twelve One Two Three Four Five Six Seven Eight Nine Ten None Both Neither Either Another Other Such What Who Why How Where Which Whose Whom ' +
    "I'm I’m I've I’ve I'll I’ll I'd I’d It's It’s That's That’s We're We’re We've We’ve They're They’re He's He’s She's She’s There's There’s " +
    'Transcript Copyright Reporting Editing Additional Photo Video Share Listen Download Embed Playlist Heard Up Next Published Updated'
  ).split(/\s+/u),
);
const PERSON_CONTEXT_AFTER =
  /^(?:,\s+(?:a|an|the)\s+[\p{Ll} -]{0,40}(?:spokesperson|spokeswoman|spokesman|minister|mayor|official|organi[sz]er|leader|chair|director|lawyer|economist|professor|reporter|correspondent|worker|dockworker|driver|resident|member|secretary|president|head)|\s+(?:said|says|told|tells|added|warned|insisted|claimed|argued|explained|recalled|who|has|had|was|is)\b)/u;
const PERSON_CONTEXT_BEFORE =
  /(?:\b(?:said|says|told|spokesperson|spokeswoman|spokesman|according to|organi[sz]er|leader|chair|director|secretary)|’s|'s)\s+$/u;
const PLACE_CONTEXT_BEFORE = /\b(?:in|at|from|to|near|across|outside|inside|toward|towards|into|through)\s+(?:the\s+)?$/u;
const ORG_CONTEXT_BEFORE = /\b(?:for|of|with|at|by|from)\s+the\s+$/u;

// "of" and "for" join a name only after these ("University of Aldermark", "Minister for Labour").
const JOINS_AFTER = new Set([
  'Port',
  'City',
  'University',
  'Ministry',
  'Minister',
  'Bank',
  'Department',
  'Office',
  'Council',
  'Commission',
  'Institute',
  'Federation',
  'Union',
  'Association',
  'Board',
  'Republic',
  'Kingdom',
  'Court',
  'Secretary',
]);

/** A run cut where "and" joins two names, or "of"/"for" follows a word that does not take them. */
function splitAtJoins(start: number, run: string): Array<{ start: number; words: string[] }> {
  const pieces: Array<{ start: number; words: string[] }> = [];
  let current: { start: number; words: string[] } | undefined;
  for (const m of run.matchAll(/\S+/gu)) {
    const w = m[0];
    const previous = current?.words[current.words.length - 1] ?? '';
    if (w === 'and' || ((w === 'of' || w === 'for') && !JOINS_AFTER.has(previous))) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { start: start + (m.index ?? 0), words: [] };
      pieces.push(current);
    }
    current.words.push(w);
  }
  return pieces;
}

/** The entity a piece of a capitalised run names, if any. */
function mention(
  text: string,
  from: number,
  pieceWords: readonly string[],
  skip: (start: number, end: number) => boolean,
): { start: number; end: number; name: string; type?: FoundEntity['type'] } | undefined {
  let start = from;
  const words = [...pieceWords];
  const advance = (): void => {
    const head = words.shift() as string;
    start += head.length + (text.slice(start + head.length).match(/^\s+/u)?.[0].length ?? 0);
  };
  // Leading stop words ("The", "But") and trailing particles are not part of the name.
  while (words.length > 0 && (STOP.has(words[0] as string) || /^(?:of|for|and|the|de|van)$/u.test(words[0] as string))) advance();
  while (words.length > 0 && /^(?:of|for|and|the)$/u.test(words[words.length - 1] as string)) words.pop();
  // A title is context, not part of the name: "Prof. Elin Reyes" is the person "Elin Reyes".
  let titled = false;
  while (words.length > 1 && TITLES.has(words[0] as string)) {
    advance();
    titled = true;
  }
  if (words.length === 0) return undefined;
  // An acronym inside a run of capitals ("MERIDIAN WIRE") is shouting, not a name.
  if (/\p{Lu}{2,}[\s(]*$/u.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  let name = text.slice(start, start + words.join(' ').length);
  // A name that ran over a line break: keep its first line.
  const nl = name.indexOf('\n');
  if (nl >= 0) name = name.slice(0, nl).trimEnd();
  const end = stripPossessive(text, start, start + name.length);
  name = text.slice(start, end);
  const kept = wordsOf(name);
  if (kept.every((w) => STOP.has(w) || TITLES.has(w))) return undefined;
  // All capitals longer than an acronym: a label, a dateline or shouting, not a name to propose.
  if (kept.some((w) => /^\p{Lu}{7,}$/u.test(w)) || (kept.length > 1 && kept.every((w) => /^\p{Lu}+$/u.test(w)))) return undefined;
  if (skip(start, end)) return undefined;
  const type = titled ? 'person' : typeOf(text, start, end, name);
  return { start, end, name, ...(type ? { type } : {}) };
}

/** A capitalised run split into the words it is made of. */
function wordsOf(name: string): string[] {
  return name.split(/\s+/u);
}

function stripPossessive(text: string, start: number, end: number): number {
  const raw = text.slice(start, end);
  const m = /(?:['’]s|s['’])$/u.exec(raw);
  // "Dockworkers'" keeps its s: only the apostrophe goes.
  if (!m) return end;
  return m[0].startsWith('s') ? end - 1 : end - 2;
}

function typeOf(text: string, start: number, end: number, name: string): FoundEntity['type'] | undefined {
  const words = wordsOf(name);
  const last = words[words.length - 1] as string;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 80);
  if (ORG_HEADS.has(last) || /^\p{Lu}{2,6}$/u.test(name)) return 'organization';
  if (PLACE_HEADS.has(last)) return 'location';
  if (TITLE_WORDS.test(name)) return 'person';
  if (words.some((w) => ORG_HEADS.has(w)) && words.includes('of')) return 'organization';
  if (/^Port of\s/u.test(name) || /^(?:City|Port) of\s/u.test(name)) return 'location';
  if (PERSON_CONTEXT_AFTER.test(after) || PERSON_CONTEXT_BEFORE.test(before))
    return words.length >= 2 || PERSON_CONTEXT_BEFORE.test(before) ? 'person' : undefined;
  if (PLACE_CONTEXT_BEFORE.test(before) && words.length <= 2) return 'location';
  if (ORG_CONTEXT_BEFORE.test(before)) return 'organization';
  if (words.length >= 2 && words.length <= 3 && !words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return 'person';
  return undefined;
}

/**
 * Entity mentions of `text` (normalised, LF line ends) outside `skip`
 * (speaker labels, boilerplate, stage directions: UTF-16 ranges), in order.
 */
export function recognizeEntities(text: string, skip: (start: number, end: number) => boolean, sentences: readonly TextRange[] = []): FoundEntity[] {
  const raw: Array<{ start: number; end: number; name: string; type?: FoundEntity['type'] }> = [];
  for (const m of text.matchAll(NAME_RUN)) {
    for (const piece of splitAtJoins(m.index ?? 0, m[0])) {
      const found = mention(text, piece.start, piece.words, skip);
      if (found) raw.push(found);
    }
  }
  // Attributed sources count as typed mentions ("said Katrin Solberg": a person).
  const sources = attributeSentences(text, sentences).filter((a): a is Attribution => a !== undefined);
  for (const a of sources) {
    const hit = raw.find((r) => r.start < a.source.end && a.source.start < r.end);
    if (hit && hit.type === undefined && /^\p{Lu}/u.test(a.source.text)) hit.type = a.kind;
  }
  return consistent(raw);
}

/** One type per name across the document; surnames and repeated single words follow the full name. */
function consistent(raw: ReadonlyArray<{ start: number; end: number; name: string; type?: FoundEntity['type'] }>): FoundEntity[] {
  const typed = new Map<string, FoundEntity['type']>();
  const fullNames: Array<{ name: string; bare: string; type: FoundEntity['type'] }> = [];
  for (const r of raw) {
    if (r.type && !typed.has(r.name)) typed.set(r.name, r.type);
  }
  const out: FoundEntity[] = [];
  for (const r of raw) {
    const bare = r.name.replace(TITLE_WORDS, '');
    let type = typed.get(r.name) ?? r.type;
    let name = r.name;
    // "Reyes" or "Prof. Reyes" after "Elin Reyes": the same person.
    const surname = wordsOf(bare).length === 1 ? fullNames.find((f) => f.type === 'person' && f.bare !== bare && wordsOf(f.bare).pop() === bare) : undefined;
    if (surname) {
      type = 'person';
      name = surname.name;
    } else if (type === undefined) {
      const bigger = fullNames.find((f) => f.bare.split(/\s+/u).includes(bare) && f.type !== 'person');
      if (bigger) type = undefined;
    }
    if (!type) continue;
    if (wordsOf(bare).length >= 2 && !fullNames.some((f) => f.name === bare)) fullNames.push({ name: bare, bare, type });
    out.push({ start: r.start, end: r.end, type, name: type === 'person' ? name.replace(TITLE_WORDS, '') : name });
  }
  return out;
}

/*
 * Reported speech: who a sentence says said it. "X said", "said X",
 * "according to X", "X told ...", "X says that ...", and a quotation followed
 * by its attribution. English-only heuristics that prefer naming no source to
 * naming the wrong one. Offsets are UTF-16 offsets into the text given.
 */
import type { TextRange } from './types';

/** A source named in a sentence. */
export interface Attribution {
  /** The sentence (or quotation) the source is said to have said. */
  sentence: TextRange;
  /** Where the source is named, as written: `Katrin Solberg`, `the interior ministry`, `Prof. Reyes`. */
  source: TextRange & { text: string };
  /** A person's name or title, or an organisation. */
  kind: 'person' | 'organization';
}

// Titles that may stand before a name, or alone for a person ("the minister").
const TITLES = [
  'Prime Minister',
  'Interior Minister',
  'Labor Minister',
  'Labour Minister',
  'Finance Minister',
  'Foreign Minister',
  'Minister',
  'President',
  'Vice President',
  'Mayor',
  'Governor',
  'Gov\\.',
  'Senator',
  'Sen\\.',
  'Professor',
  'Prof\\.',
  'Dr\\.',
  'Mr\\.',
  'Mrs\\.',
  'Ms\\.',
  'Councillor',
  'Councilor',
  'Chief',
  'Police Chief',
  'Commissioner',
  'Inspector',
  'Captain',
  'Capt\\.',
  'General',
  'Gen\\.',
  'Judge',
  'Sgt\\.',
];
const PERSON_NOUNS =
  'prime minister|interior minister|labou?r minister|finance minister|minister|president|mayor|governor|senator|professor|commissioner|police chief|chief|spokesperson|spokeswoman|spokesman|official|officer|inspector|judge|lawyer|organi[sz]er|leader|chairman|chairwoman|chair|director|economist|analyst|witness|resident|worker|dockworker|striker';
const ORG_NOUNS =
  'ministry|police|union|government|company|council|authorities|authority|officials|operator|court|prosecutors?|army|hospital|agency|department|office|services?|parliament|cabinet|coast guard|port|association|federation|institute|university|committee|commission|board|administration|embassy|group';

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:de|van|von|der|den|da|di|du|la|le|bin|al|af)`;
const TITLE = `(?:${TITLES.join('|')})`;
const NAME = String.raw`(?:${TITLE}\s+)?${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){0,3}`;
// "the interior ministry", "Varnholm's emergency services", "the Varnholm Dockworkers' Union", "police".
// Lowercase words before an organisation's noun are adjectives ("the interior ministry"), never function words.
const MODIFIER = String.raw`(?!(?:with|the|of|for|to|and|or|a|an|in|on|by|at|from|that|as|who|which|whose|its|their|his|her|said|says|told)\s)`;
const bothCases = (nouns: string): string =>
  nouns
    .split('|')
    .map((n) => `[${n[0]}${n[0]?.toUpperCase()}]${n.slice(1)}`)
    .join('|');
const ORG = String.raw`(?:(?:the|The)\s+)?(?:${CAP}(?:'s|’s|s'|s’)?\s+){0,3}(?:${MODIFIER}[\p{Ll}][\p{Ll}-]*\s+){0,2}(?:${bothCases(ORG_NOUNS)})(?![\p{L}])(?:\s+(?:of|in)\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,2})?`;
const TITLE_ALONE = String.raw`(?:(?:the|The|a|A|an|An)\s+)?(?:${CAP}\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${PERSON_NOUNS})s?(?![\p{L}])(?:\s+(?:for|of|at|with)\s+(?:the\s+)?(?:${CAP}(?:\s+${CAP}){0,3}|(?:[\p{Ll}-]+\s+)?(?:${ORG_NOUNS})(?![\p{L}])))?`;
// "Kaldmark Chamber of Commerce", "Bank of Kaldmark": an institution's name with "of" inside.
const ORG_OF = String.raw`(?:(?:the|The)\s+)?(?:${CAP}\s+){0,3}(?:Chamber|Bank|University|Ministry|Council|Department|Federation|Union|Association|Institute|Office|Port|Court|Confederation|League)\s+of\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,2}`;
const SOURCE = `(?<source>${ORG_OF}|${ORG}|${TITLE_ALONE}|${NAME})`;
// An affiliation after a name: "Prof. Elin Reyes of Aldermark University said".
const AFFILIATION = String.raw`(?:\s+(?<affiliation>(?:of|from|at)\s+(?:the\s+)?${CAP}(?:\s+(?:of\s+(?:the\s+)?)?${CAP}){0,4}))?`;
const SPEECH_AFTER =
  'said|says|say|puts|put the (?:crowd|number|figure|count|toll)|told|tells|added|adds|warned|warns|insisted|insists|claimed|claims|estimated|estimates|reported|reports|announced|announces|confirmed|confirms|denied|denies|argued|argues|stated|states|noted|notes|explained|explains|acknowledged|acknowledges|disputed|disputes|wrote|writes|put the (?:figure|number|count|toll)' +
  // Demands, offers and appeals are the party's own position: "the union wants 9%", "called on him to".
  '|called on|calls on|called for|calls for|called (?:the|it|this|that|him|her|them)|urged|urges|demanded|demands|wants|asked for|asks for|offered|offers|proposed|proposes|accused|accuses|blamed|blames';
const SPEECH_BEFORE = 'said|says|added|warned|insisted|claimed|explained|noted|wrote|asked|recalled';
// An appositive between the source and the verb: "Katrin Solberg, a spokesperson for the Interior Ministry, said".
const APPOSITIVE = String.raw`(?:,\s+[^,;:.!?“”"]{2,90},)?`;

const AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])${SOURCE}${AFFILIATION}${APPOSITIVE}(?:,\s+(?:who|which))?\s+(?:(?:also|again|later|now|previously|has|have|had|had earlier|on \p{Lu}\p{Ll}+day)\s+)*(?:${SPEECH_AFTER})(?![\p{L}])`,
  'gu',
);
// "said X" only when X ends the clause ("said Katrin Solberg, a spokesperson", "said Prof. Reyes."), so that
// "said the council had asked" does not make the council the source.
const BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_BEFORE})\s+${SOURCE}(?=\s*(?:[,.;!?]|$))`, 'gu');
// "Its director, Greta Holm, told", "The island's mayor, Elsa Vik, said": the name in the appositive,
// also when it did something first ("The mediator, Birgit Nyland, arrived at 8 and said").
const APPOSED = new RegExp(
  String.raw`(?:^|[\s“"])(?:[\p{L}'’. -]{2,60}),\s+(?<source>${NAME}),\s+(?:who\s+)?(?:[^,;:.!?“”"]{1,80}?\s+and\s+(?:also\s+|later\s+)?)?(?:(?:has|have|had|also|later)\s+)?(?:${SPEECH_AFTER})(?![\p{L}])`,
  'gu',
);
const ACCORDING = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]ccording to|[Cc]iting|[Pp]er)\s+(?:(?:spokesperson|spokeswoman|spokesman|figures from|data from|a statement from|a statement by)\s+|(?:[\p{Ll}-]+\s+){1,2}(?=\p{Lu}))?${SOURCE}`,
  'gu',
);
// "Figures from the Statistics Office show", "Data published by the ministry suggest": the source of the figures.
const FIGURES_FROM = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Ss]tatistics|[Ee]stimates)\s+(?:from|by|published by|released by)\s+${SOURCE}\s+(?:show|shows|suggest|suggests|put|puts)(?![\p{L}])`,
  'gu',
);
const PRONOUN =
  /(?<![\p{L}])(?:she|he|they|She|He|They)\s+(?:also\s+|later\s+|again\s+)?(?:said|says|told|added|warned|insisted|estimated|claimed)(?![\p{L}])|(?<![\p{L}])(?:said|says|added)\s+(?:she|he)(?![\p{L}])/u;

// Capitalised words that start sentences or name days and months, never a source on their own.
const NOT_NAMES = new Set(
  'The A An It This That These Those There Here We I You They He She His Her Their Our Its But And Or So Yet If When While After Before As On In At By For From With Without About Some Many Most Officials Police Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Yes No Well Now Then Also Still Even Only Just Earlier Later Meanwhile However Instead'.split(
    ' ',
  ),
);

/** Ranges of the quotations of a sentence (curly or straight double quotes), inner text only. */
function quotations(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of sentence.matchAll(/“([^”]*)”|"([^"]*)"/gu)) out.push([(m.index ?? 0) + 1, (m.index ?? 0) + m[0].length - 1]);
  return out;
}

/** The last word of a span that a name never ends with. */
function plausible(source: string): boolean {
  const words = source.split(/\s+/u);
  if (words.length === 1 && NOT_NAMES.has(words[0] as string)) return false;
  return !/^(?:It|This|That|There|What|Which|Who)$/u.test(words[0] as string);
}

function kindOf(source: string): Attribution['kind'] {
  // The head noun decides: "the Interior Ministry", "Authorities in Kaldmark" are organisations, "a spokesperson for the ministry" a person.
  const head = source.toLowerCase().split(/\s+(?:of|in|for|at)\s+/u)[0] ?? '';
  return new RegExp(`(?:^|\\s)(?:${ORG_NOUNS})$`, 'u').test(head) ? 'organization' : 'person';
}

/** Strips a leading "the" from an organisation and a trailing "'s". */
function cleanSource(text: string, start: number, end: number): TextRange & { text: string } {
  let s = start;
  let e = end;
  const raw = text.slice(s, e);
  // "And Nordhavn Port Services says": a connective is not part of the name.
  const connective = /^(?:And|But|So|Yet|Meanwhile|Now|Then|Also)\s+(?=\p{Lu})/u.exec(raw);
  if (connective) s += connective[0].length;
  // "WVPR's Maria Okonjo": the outlet's possessive is not part of the name.
  const owner = /^\S+['’]s\s+(?=\p{Lu})/u.exec(raw);
  if (owner) s += owner[0].length;
  const tail = /['’]s$/u.exec(raw);
  if (tail) e -= tail[0].length;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * The attribution of the sentence `[start, end)` of `text`, or undefined.
 * `previous` is the attribution of an earlier sentence, which a pronoun
 * ("she said") refers back to.
 */
export function attributeSentence(text: string, start: number, end: number, previous?: Attribution): Attribution | undefined {
  const sentence = text.slice(start, end);
  const found: Array<{ at: number; len: number; kind?: Attribution['kind'] }> = [];
  const quoted = quotations(sentence);
  for (const re of [ACCORDING, FIGURES_FROM, APPOSED, AFTER, BEFORE]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const source = m.groups?.['source'];
      if (source === undefined || !plausible(source)) continue;
      const at = (m.index ?? 0) + (re === BEFORE || re === ACCORDING || re === FIGURES_FROM ? m[0].lastIndexOf(source) : m[0].indexOf(source));
      // Words inside a quotation are what was said, not who said it (“Nobody wants that,” Lindqvist said).
      if (quoted.some(([qs, qe]) => at >= qs && at < qe)) continue;
      // "Economists at the Bank of Kaldmark say": a group of staff speaks for where they work.
      const affiliation = m.groups?.['affiliation'];
      if (affiliation && /^(?:Economists|Analysts|Officials|Researchers|Experts|Lawyers|Staff|Engineers|Scientists|Spokespeople)$/u.test(source)) {
        const org = affiliation.replace(/^(?:of|from|at)\s+(?:the\s+)?/u, '');
        found.push({ at: (m.index ?? 0) + m[0].indexOf(org, m[0].indexOf(affiliation)), len: org.length });
        continue;
      }
      found.push({ at, len: source.length });
    }
    if (found.length > 0) break;
  }
  const best = found[0];
  // "His office said", "Her spokesperson said": the source of the sentence before.
  if (best && /^(?:His|Her|Its|Their|his|her|its|their)\s/u.test(sentence.slice(best.at, best.at + best.len))) {
    return previous ? { sentence: { start, end }, source: previous.source, kind: previous.kind } : undefined;
  }
  if (best) {
    const source = cleanSource(text, start + best.at, start + best.at + best.len);
    return { sentence: { start, end }, source, kind: kindOf(source.text) };
  }
  if (previous && PRONOUN.test(sentence)) return { sentence: { start, end }, source: previous.source, kind: previous.kind };
  return undefined;
}

/**
 * Attributions of `sentences` (spans of `text`, in order): a pronoun refers
 * to the source of the sentence before it, within three sentences.
 */
export function attributeSentences(text: string, sentences: readonly TextRange[]): Array<Attribution | undefined> {
  let previous: Attribution | undefined;
  let since = 0;
  // A person who is the subject of a later unattributed sentence ("Ana Reyes chairs the federation.")
  // is nearer than the last source for "she"/"he" ("She told me ...").
  let subject: Attribution | undefined;
  return sentences.map((s) => {
    const personal = subject && PERSONAL.test(text.slice(s.start, s.end)) ? subject : undefined;
    const found = attributeSentence(text, s.start, s.end, personal ?? (since <= 3 ? previous : undefined));
    if (found) {
      previous = found;
      since = 0;
      subject = undefined;
    } else {
      since++;
      // The subject is in reach of the sentence right after it only.
      subject = personSubject(text, s);
    }
    return found;
  });
}

// "She told", "he said", "Her office said": pronouns that stand for a person, never an organisation.
const PERSONAL = /(?<![\p{L}])(?:[Ss]he|[Hh]e|[Hh]is|[Hh]er)\s/u;
const SUBJECT = new RegExp(String.raw`^(?:${TITLE}\s+)?(?<name>${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){1,3})(?=\s+\p{Ll})`, 'u');

/** The person a sentence starts with as its subject ("Ana Reyes chairs ..."), as an attribution of that sentence. */
function personSubject(text: string, s: TextRange): Attribution | undefined {
  const m = SUBJECT.exec(text.slice(s.start, s.end));
  const name = m?.groups?.['name'];
  if (!m || !name || !plausible(name) || NOT_NAMES.has(name.split(/\s+/u)[0] as string)) return undefined;
  if (new RegExp(`(?:${ORG_NOUNS})$`, 'iu').test(name)) return undefined;
  const at = s.start + m[0].length - name.length;
  return { sentence: { start: s.start, end: s.end }, source: { start: at, end: at + name.length, text: name }, kind: 'person' };
}

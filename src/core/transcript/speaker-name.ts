import type { SpeakerIdentity } from './types';

/*
 * Titles that open a label and describe the speaker rather than name them.
 * Abbreviations map to the spelled-out form so that `SEN. X` and `SENATOR X`
 * share a role. Multi-word titles are listed whole so the longest one wins.
 */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['PRIME MINISTER', 'prime minister'],
  ['PREMIER', 'premier'],
  ['PRESIDENT', 'president'],
  ['VICE PRESIDENT', 'vice president'],
  ['VICE-PRESIDENT', 'vice president'],
  ['MAYOR', 'mayor'],
  ['GOVERNOR', 'governor'],
  ['GOV.', 'governor'],
  ['LT. GOV.', 'lieutenant governor'],
  ['LIEUTENANT GOVERNOR', 'lieutenant governor'],
  ['SENATOR', 'senator'],
  ['SEN.', 'senator'],
  ['REPRESENTATIVE', 'representative'],
  ['REP.', 'representative'],
  ['CONGRESSMAN', 'congressman'],
  ['CONGRESSWOMAN', 'congresswoman'],
  ['DR.', 'doctor'],
  ['DOCTOR', 'doctor'],
  ['PROF.', 'professor'],
  ['PROFESSOR', 'professor'],
  ['MINISTER', 'minister'],
  ['FOREIGN MINISTER', 'foreign minister'],
  ['CHIEF', 'chief'],
  ['CHIEF JUSTICE', 'chief justice'],
  ['JUSTICE', 'justice'],
  ['JUDGE', 'judge'],
  ['GENERAL', 'general'],
  ['GEN.', 'general'],
  ['ADMIRAL', 'admiral'],
  ['ADM.', 'admiral'],
  ['COLONEL', 'colonel'],
  ['COL.', 'colonel'],
  ['CAPTAIN', 'captain'],
  ['CAPT.', 'captain'],
  ['SGT.', 'sergeant'],
  ['SERGEANT', 'sergeant'],
  ['CHANCELLOR', 'chancellor'],
  ['SECRETARY', 'secretary'],
  ['AMBASSADOR', 'ambassador'],
  ['SHERIFF', 'sheriff'],
  ['COMMISSIONER', 'commissioner'],
  ['REV.', 'reverend'],
  ['REVEREND', 'reverend'],
  ['KING', 'king'],
  ['QUEEN', 'queen'],
  ['PRINCE', 'prince'],
  ['PRINCESS', 'princess'],
  ['POPE', 'pope'],
]);
const LONGEST_TITLE_WORDS = 2;
/** Words that only qualify a following title, e.g. FORMER PRESIDENT. */
const QUALIFIERS: ReadonlySet<string> = new Set(['FORMER', 'ACTING', 'DEPUTY', 'INTERIM']);

const LETTER = /\p{L}/u;
// Regnal and generational numbers stay in capitals: John Smith III.
const ROMAN = /^(?:II|III|IV|VI{0,3}|IX|X)$/;

/**
 * Title-cases one all-caps word while respecting Unicode and name punctuation:
 * `JEAN-LUC` → `Jean-Luc`, `O'BRIEN` → `O'Brien`, `RAMÍREZ` → `Ramírez`,
 * `MCCARTHY` → `McCarthy`. A trailing possessive `'S` stays lowercase.
 */
export function titleCaseWord(word: string): string {
  if (ROMAN.test(word)) return word;
  if (/^MC\p{Lu}/u.test(word)) return 'Mc' + titleCaseWord(word.slice(2));
  const chars = Array.from(word);
  let out = '';
  let capitalise = true;
  chars.forEach((ch, i) => {
    if (LETTER.test(ch)) {
      out += capitalise ? ch.toUpperCase() : ch.toLowerCase();
      capitalise = false;
    } else if (ch === '-' || ch === '.') {
      out += ch;
      capitalise = true;
    } else if (ch === "'" || ch === '’') {
      out += ch;
      const isPossessive = i === chars.length - 2 && (chars[i + 1] === 'S' || chars[i + 1] === 's');
      capitalise = !isPossessive;
    } else {
      // Digits and marks continue the current word (3RD → 3rd).
      out += ch;
      if (!/\p{M}/u.test(ch)) capitalise = false;
    }
  });
  return out;
}

/**
 * Splits a raw label (with or without the trailing colon) into display name
 * and role, without looking at other labels. A leading title becomes the role
 * unless the label has an explicit `, ROLE`, which takes precedence; the title
 * is kept as the name, and gives no role, when nothing else is left
 * (`PRESIDENT:`, `JUDGE #2:`).
 */
export function describeSpeaker(raw: string): SpeakerIdentity {
  const trimmed = raw.trim().replace(/:$/, '');
  const comma = trimmed.indexOf(',');
  const namePart = (comma < 0 ? trimmed : trimmed.slice(0, comma)).trim();
  const rolePart = comma < 0 ? '' : trimmed.slice(comma + 1).trim();
  let words = namePart.split(/\s+/).filter((w) => w.length > 0);
  let title = leadingTitle(words);
  if (title && words.slice(title.length).some((w) => LETTER.test(w))) {
    words = words.slice(title.length);
  } else {
    title = undefined;
  }
  const identity: SpeakerIdentity = { name: words.map(titleCaseWord).join(' ') };
  const role = rolePart ? rolePart.toLowerCase().replace(/\s+/g, ' ') : title?.role;
  if (role) identity.role = role;
  return identity;
}

/**
 * The display name for a raw label such as `PRIME MINISTER JEAN-LUC ABADIE`
 * or `MARIA OKONJO, BYLINE:`: title case, leading title and role removed.
 * This does not resolve short labels; use `normalizeSpeakers` for that.
 */
export function normalizeSpeakerName(raw: string): string {
  return describeSpeaker(raw).name;
}

function leadingTitle(words: readonly string[]): { length: number; role: string } | undefined {
  const upper = words.map((w) => w.toUpperCase());
  const qualifier = upper[0] !== undefined && QUALIFIERS.has(upper[0]) ? upper[0] : undefined;
  const from = qualifier ? 1 : 0;
  for (let n = LONGEST_TITLE_WORDS; n >= 1; n--) {
    if (from + n > upper.length) continue;
    const role = TITLES.get(upper.slice(from, from + n).join(' '));
    if (role) {
      return { length: from + n, role: qualifier ? `${qualifier.toLowerCase()} ${role}` : role };
    }
  }
  return undefined;
}

/**
 * Which accepted mentions may become a registry alias. An alias is found in every file of
 * the folder afterwards, so only a proper name is learned: a surname alone ("Abadie"), a
 * given name or a shorter form of the full name ("Jean-Luc Abadie" -> "Abadie"). A role or
 * title ("minister", "police chief") or any other common noun names someone else in the
 * next file, and is never learned, even when its mention was rightly linked here.
 */

// Titles and role words: capitalised in "Minister Kask" or at the start of a sentence, still no name.
const ROLE_WORDS = new Set([
  'minister',
  'president',
  'mayor',
  'governor',
  'senator',
  'chief',
  'commissioner',
  'mediator',
  'judge',
  'spokesperson',
  'spokeswoman',
  'spokesman',
  'chair',
  'chairman',
  'chairwoman',
  'director',
  'executive',
  'captain',
  'inspector',
  'prosecutor',
  'ombudsman',
  'prime',
  'interior',
  'finance',
  'foreign',
  'labour',
  'labor',
  'justice',
  'health',
  'defence',
  'defense',
  'transport',
  'education',
  'deputy',
  'vice',
  'police',
  'fire',
  'harbour',
  'harbor',
  'port',
  'union',
  'professor',
  'prof',
  'doctor',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sir',
  'dame',
  'lord',
  'lady',
  'general',
  'colonel',
  'officer',
  'secretary',
  'leader',
  'head',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'bishop',
  'councillor',
  'councilor',
  'the',
]);

const words = (s: string): string[] =>
  s
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
const bare = (w: string): string => w.toLowerCase().replace(/[.’']+$/u, '');

/**
 * True when `mention` may be learned as an alias of the entity named `name`: every word of
 * it is capitalised, none is a role or title word, and each is a word of the full name.
 */
export function isLearnableAlias(mention: string, name: string): boolean {
  const own = words(mention);
  const full = new Set(words(name).map(bare));
  if (own.length === 0 || own.length >= full.size + 1) return false;
  return own.every((w) => /^\p{Lu}/u.test(w) && !ROLE_WORDS.has(bare(w)) && full.has(bare(w)));
}

/**
 * The word tokenizer of the CoNLL, WebAnno and spaCy exports, following the
 * Penn Treebank conventions that CoNLL data uses, and simple enough to
 * reproduce: tokens are split at whitespace and punctuation, except that
 *
 * - a number with inner `.` or `,` stays whole (`1,150`, `4.5`, `6.8`);
 * - letters, digits and combining marks joined by an apostrophe (`'` or `’`)
 *   or a hyphen stay whole (`Jean-Luc`, `O’Neill`, `5-Minute`);
 * - but clitics are split off as Penn Treebank does: the possessive and
 *   contracted `'s`, `'m`, `'d`, `'ll`, `'re`, `'ve` (`Reyes` `'s`,
 *   `Aleska` `’s`) and `n't` (`does` `n't`, `ca` `n't`);
 * - any other non-space character is a token of its own, with the combining
 *   marks after it (an emoji, `“`, `.`, the `'` of a plural possessive).
 *
 * Sentences end at a line break, or after `.`, `!`, `?` or `…` (and any
 * closing quotes or brackets after it) when the next token starts with a
 * capital letter or an opening quote or bracket; so `Feb. 9` stays
 * in one sentence while `Mr. Abadie` is cut in two.
 */

/** A token with code point offsets into the normalised text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’‐-][\p{L}\p{M}\p{N}]+)*|\S\p{M}*/gu;
// A word ending in a clitic: the word part must keep at least one letter or digit.
const CLITIC = /^([\p{L}\p{M}\p{N}'’‐-]*[\p{L}\p{N}][\p{M}]*)([nN]['’][tT]|['’](?:[sSmMdD]|[lL][lL]|[rR][eE]|[vV][eE]))$/u;
const TERMINAL = /^[.!?…]+$/u;
const CLOSER = /^[”’"')\]»›]$/u;
const OPENER = /^(?:\p{Lu}|[“‘"'(\[«‹])/u;

/** The text's sentences, each a list of tokens. */
export function sentences(normalized: string): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens(normalized)) {
    if (token.sentenceStart && current.length > 0) {
      result.push(current);
      current = [];
    }
    current.push({ text: token.text, start: token.start, end: token.end });
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * The same tokens one at a time, each telling whether it starts a new sentence, so a
 * large text is never held as a list of token objects (what the streaming CoNLL export reads).
 */
export function* tokens(normalized: string): Generator<Token & { sentenceStart: boolean }> {
  let points = 0;
  let last = 0;
  let ended = false;
  let first = true;
  for (const m of normalized.matchAll(TOKEN)) {
    const gap = normalized.slice(last, m.index);
    const start = points + countPoints(gap);
    const end = start + countPoints(m[0]);
    const sentenceStart = first || gap.includes('\n') || (ended && OPENER.test(m[0]));
    // Clitics peel off from the end, so `you'd've` is `you` `'d` `'ve`.
    const clitics: Token[] = [];
    let stem = m[0];
    let stemEnd = end;
    for (let c = CLITIC.exec(stem); c; c = CLITIC.exec(stem)) {
      const length = countPoints(c[2] as string);
      clitics.unshift({ text: c[2] as string, start: stemEnd - length, end: stemEnd });
      stem = c[1] as string;
      stemEnd -= length;
    }
    yield { text: stem, start, end: stemEnd, sentenceStart };
    for (const clitic of clitics) yield { ...clitic, sentenceStart: false };
    first = false;
    ended = TERMINAL.test(m[0]) || (ended && CLOSER.test(m[0]));
    points = end;
    last = m.index + m[0].length;
  }
}

function countPoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) n--;
  }
  return n;
}

/** Turning an editor selection into the span an annotation should cover. */

// Whitespace and punctuation at either end of a selection are not part of what the user
// means; symbols (emoji, currency) are. A figure keeps its `%` and a label its leading `#`.
const trimmable = /[\s\p{P}]/u;

/**
 * Trims whitespace and punctuation from both ends of `[start, end)` of `text` (UTF-16
 * offsets into the string given). Returns undefined when nothing is left.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && trimmable.test(charAt(text, s)) && charAt(text, s) !== '#') s += charAt(text, s).length;
  while (e > s && trimmable.test(charBefore(text, e)) && charBefore(text, e) !== '%') e -= charBefore(text, e).length;
  return s < e ? { start: s, end: e } : undefined;
}

function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}

function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

/**
 * A canonical entity id from a name: lowercase ASCII letters and digits joined by hyphens,
 * accents folded (`Ramírez` -> `ramirez`), so ids stay readable and stable in YAML.
 * Names with no Latin letters keep their own letters.
 */
export function slugify(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (ascii) return ascii;
  return folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entity';
}

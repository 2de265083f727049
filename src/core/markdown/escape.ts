/**
 * Escaping text read from files (quotes, notes, names, ids) before it goes into hover
 * markdown. A sidecar is repository content anyone can write; the hover enables our own
 * commands, so nothing in it may become markup, a link, an image, HTML or a theme icon.
 *
 * `MarkdownString.appendText` escapes markdown punctuation but leaves `<`, `&`, `:` and `@`,
 * so HTML and bare autolinks would still get through; this escapes every ASCII
 * punctuation character (CommonMark lets any of them be backslash-escaped) and writes
 * `&`, `<` and `>` as entities, which no markdown or HTML parser reads as syntax.
 */

const punctuation = /[!"#$%'()*+,\-./:;=?@[\\\]^_`{|}~]/g;
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of inert text: line breaks become spaces, runs of whitespace one space. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(punctuation, '\\$&')
    .replace(/[&<>]/g, (character) => entities[character] ?? character);
}

/** Inert text that keeps its line breaks (blank lines collapse), for notes. */
export function escapeMultiline(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(escapeInline)
    .filter((line) => line.length > 0)
    .join('  \n');
}

/** `text` cut to `max` characters (code points, so an emoji is never split) with an ellipsis. */
export function truncate(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

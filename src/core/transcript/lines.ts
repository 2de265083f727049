/**
 * Line plumbing shared by the transcript parsers. Everything here works on
 * offsets into the original string so that no per-line substrings are
 * allocated while scanning megabyte-sized transcripts.
 */

const LF = 0x0a;
const CR = 0x0d;

/**
 * Calls `visit(start, end)` for every line of `text`, where `end` excludes the
 * line terminator. `\r\n`, `\n` and a lone `\r` all end a line, matching how
 * VS Code splits a document.
 */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) {
      visit(start, i);
      start = i + 1;
    } else if (code === CR) {
      visit(start, i);
      if (text.charCodeAt(i + 1) === LF) i++;
      start = i + 1;
    }
  }
  visit(start, length);
}

/** Offset of the first character of the line that contains `offset`. */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  // An offset sitting on the `\n` of a CRLF still belongs to the line before it.
  if (text.charCodeAt(i) === LF && text.charCodeAt(i - 1) === CR) i--;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (code === LF || code === CR) break;
    i--;
  }
  return i;
}

/** Offset just after the last non-whitespace character in `[start, end)`, or `start` if blank. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000
  );
}

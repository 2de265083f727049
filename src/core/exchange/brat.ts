/**
 * What the brat exporter and importer share: file names, type names, and how
 * spans and free text fit brat's line-based standoff format.
 *
 * brat reads the `.txt` with Python (`str` indices = code points, no newline
 * translation) and the `.ann` line by line with `str.splitlines`, which also
 * breaks lines at \v \f \x1c-\x1e \x85 \u2028 \u2029. A text-bound fragment
 * must not contain any of those, and its text on the `T` line must equal the
 * document text of its fragments joined by single spaces.
 */
import type { CodePointText } from '../offsets';
import type { Annotation } from '../schema';

/** brat comment type holding our annotation id (brat accepts any `#` type and shows it as a comment). */
export const ID_COMMENT = 'TranscriptAnnotatorId';
/** brat normalisation database name of canonical entity ids. */
export const REFERENCE_DB = 'Transcript';

// Every character Python's str.splitlines breaks a line at (CRLF is already \n in normalised text).
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const LINE_BREAKS = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029\t]/g;

/** `news/strike.txt` -> `news/strike`; other names keep their extension (`a.transcript` -> `a.transcript`). */
export function bratStem(path: string): string {
  return path.endsWith('.txt') ? path.slice(0, -4) : path;
}

/** brat type of an annotation: `Claim`, `Speaker`, or the entity type capitalised (`person` -> `Person`). */
export function bratType(a: Annotation): string {
  if (a.kind !== 'entity') return a.kind === 'claim' ? 'Claim' : 'Speaker';
  // brat type names are single tokens also used in annotation.conf: keep letters, digits, _ and -.
  const safe = a.type.replace(/[^\p{L}\p{N}_-]/gu, '_');
  return safe.charAt(0).toUpperCase() + safe.slice(1);
}

/** Kind and entity type a brat type reads back as. */
export function fromBratType(type: string): { kind: 'claim' | 'speaker' } | { kind: 'entity'; type: string } {
  if (type === 'Claim') return { kind: 'claim' };
  if (type === 'Speaker') return { kind: 'speaker' };
  return { kind: 'entity', type: type.toLowerCase() };
}

/**
 * The span [start, end) cut at line breaks into brat fragments (code point
 * offsets). Line breaks themselves are in no fragment, so a span that starts
 * or ends with one comes back narrower, and one made only of them comes back empty.
 */
export function bratFragments(text: CodePointText, start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let from = start;
  let at = start;
  for (const ch of text.slice(start, end)) {
    if (LINE_BREAK.test(ch)) {
      if (at > from) fragments.push([from, at]);
      from = at + 1;
    }
    at++;
  }
  if (end > from) fragments.push([from, end]);
  return fragments;
}

/** Free text on one `.ann` line: tabs and line breaks become spaces. */
export function oneLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ');
}

/**
 * A canonical id as a brat normalisation id, which must be one token for
 * Python's `\S+`: `%` and whitespace (Python's idea of it, which adds
 * \x1c-\x1f and \x85 to JavaScript's) percent-encoded.
 */
export function encodeRefId(id: string): string {
  return id.replace(/[%\s\x1c-\x1f\x85]/gu, (c) => encodeURIComponent(c));
}

/** Inverse of {@link encodeRefId} (ids from other tools that are not valid percent-encoding are kept as they are). */
export function decodeRefId(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

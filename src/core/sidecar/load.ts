/**
 * Loading a sidecar: size and encoding guards, the fast reader with the full
 * YAML parser as fallback, schema and semantic validation, and positioned
 * problems. Never throws on any input.
 */
import { CodePointText } from '../offsets';
import { FILE_START, problemAt, type Problem } from '../problems';
import type { Sidecar } from '../schema';
import { hashText, normalizeText } from '../text';
import { fastRead } from './fastReader';
import { fastLocator, locateIssues, yamlLocator } from './locate';
import { noteCanonicalSource } from './serialize';
import { validateSidecar } from './validate';
import { yamlRead } from './yamlReader';

/** Default size limit of a sidecar file, in bytes. */
export const MAX_SIDECAR_BYTES = 20 * 1024 * 1024;

/** Options of {@link loadSidecar}. */
export interface LoadOptions {
  /** Name (or path) of the text file this sidecar belongs to, to warn when its `text:` names another file. */
  textFileName?: string;
  /** Size limit in bytes (default {@link MAX_SIDECAR_BYTES}). */
  maxBytes?: number;
  /** Skip the fast reader (comparisons, benchmarks). */
  fullParser?: boolean;
}

/** Result of {@link loadSidecar}. */
export interface LoadResult {
  /** Present only when there is no error (warnings allowed). */
  sidecar?: Sidecar;
  problems: Problem[];
  /**
   * True when the source is in the canonical layout (read by the fast reader,
   * no header comment), so rewriting it from scratch loses nothing.
   */
  canonical: boolean;
  /** Whether `textHash` matches the current text (undefined without a valid sidecar and text). */
  textHashMatches?: boolean;
  /**
   * The sidecar when its only errors come from a text that changed under it (quotes that no
   * longer match, offsets past the end): what re-anchoring starts from. Absent otherwise.
   */
  stale?: Sidecar;
}

/** Problem codes that mean "the text changed", not "the sidecar is broken". */
export const TEXT_CHANGE_CODES: ReadonlySet<string> = new Set(['quote-mismatch', 'offset-out-of-range']);

/**
 * Parses and validates a sidecar against its text. `textRaw` is the text
 * file's content as decoded (BOM and CRLF allowed), or undefined when the
 * text file does not exist.
 */
export function loadSidecar(yamlSource: string, textRaw: string | undefined, options: LoadOptions = {}): LoadResult {
  const tooLarge = checkSidecarSize(utf8Length(yamlSource, options.maxBytes ?? MAX_SIDECAR_BYTES), options.maxBytes);
  if (tooLarge) return { problems: [tooLarge], canonical: false };
  const source = yamlSource.charCodeAt(0) === 0xfeff ? yamlSource.slice(1) : yamlSource;
  if (source.indexOf('\0') !== -1) {
    return { problems: [problemAt(FILE_START, 'error', 'not-text', 'not a UTF-8 text file (it contains NUL characters)')], canonical: false };
  }
  const normalized = textRaw === undefined ? undefined : normalizeText(textRaw);
  const ctx = {
    text: normalized === undefined ? undefined : new CodePointText(normalized),
    ...(options.textFileName !== undefined ? { expectedTextName: options.textFileName } : {}),
  };
  const fast = options.fullParser ? undefined : fastRead(source);
  let problems: Problem[];
  let sidecar: Sidecar | undefined;
  if (fast) {
    noteCanonicalSource(source, fast.headerLines);
    const v = validateSidecar(fast.value, ctx);
    problems = v.issues.length === 0 ? [] : locateIssues(v.issues, fastLocator(fast));
    sidecar = v.sidecar;
  } else {
    const read = yamlRead(source);
    problems = read.problems;
    if (read.problems.some((p) => p.severity === 'error')) return { problems, canonical: false };
    const v = validateSidecar(read.value, ctx);
    problems = problems.concat(locateIssues(v.issues, yamlLocator(read)));
    sidecar = v.sidecar;
  }
  const result: LoadResult = { problems, canonical: fast !== undefined && fast.headerLines === 0 };
  if (sidecar && !problems.some((p) => p.severity === 'error')) {
    result.sidecar = sidecar;
    if (normalized !== undefined) result.textHashMatches = hashText(normalized) === sidecar.textHash;
  } else if (sidecar && problems.every((p) => p.severity !== 'error' || TEXT_CHANGE_CODES.has(p.code))) {
    result.stale = sidecar;
  }
  return result;
}

/**
 * The "too large" problem for a sidecar of `byteLength` bytes, if over the
 * limit; lets a caller refuse a huge file before even reading it.
 */
export function checkSidecarSize(byteLength: number, maxBytes = MAX_SIDECAR_BYTES): Problem | undefined {
  if (byteLength <= maxBytes) return undefined;
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  const message = `sidecar is too large (${(byteLength / (1024 * 1024)).toFixed(1)} MB; limit ${mb(maxBytes)} MB)`;
  return problemAt(FILE_START, 'error', 'too-large', message);
}

/** UTF-8 size of `s`, counted only when the UTF-16 length alone cannot rule out `limit`. */
export function utf8Length(s: string, limit: number): number {
  if (s.length * 3 <= limit) return s.length;
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

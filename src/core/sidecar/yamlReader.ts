/**
 * The full YAML reader (the `yaml` package), used when the fast reader gives
 * up and to locate problems. Configured for untrusted input: duplicate keys
 * are errors, aliases are capped, and stack exhaustion from deep nesting is
 * turned into a problem instead of a crash.
 */
import { LineCounter, parseAllDocuments, parseDocument, type Document } from 'yaml';
import { FILE_START, problemAt, type Problem, type Range } from '../problems';

/** Aliases expanded at most this many times (billion-laughs defence). */
export const MAX_ALIAS_COUNT = 50;
const MAX_SYNTAX_PROBLEMS = 20;

/** A parsed document with what is needed to turn offsets into line/column. */
export interface YamlRead {
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  source: string;
  /** The JS value; undefined when there were errors. */
  value?: unknown;
  /** Syntax errors (and warnings) of the YAML itself. */
  problems: Problem[];
}

/** Parses `source` (no BOM) with the `yaml` package. */
export function yamlRead(source: string): YamlRead {
  const lineCounter = new LineCounter();
  const read: YamlRead = { lineCounter, source, problems: [] };
  const deep = flowDepthExceeded(source);
  if (deep >= 0) {
    // Nothing was parsed, so the line counter knows no lines yet: the position is counted here.
    read.problems.push(problemAt(rangeInSource(source, deep, deep + 1), 'error', 'too-deep', TOO_DEEP));
    return read;
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      // Warnings become problems; nothing should go to the console or process warnings.
      logLevel: 'silent',
    });
  } catch (e) {
    read.problems.push(failure(e));
    return read;
  }
  read.doc = doc;
  const diagnostics = [...doc.errors.map((d) => ({ d, severity: 'error' as const })), ...doc.warnings.map((d) => ({ d, severity: 'warning' as const }))];
  for (const { d, severity } of diagnostics) {
    const range = rangeOf(read, d.pos[0], d.pos[1]);
    if (/call stack/i.test(d.message)) {
      // Stack exhaustion leaves a trail of follow-on errors that only add noise.
      read.problems = [problemAt(range, 'error', 'too-deep', TOO_DEEP)];
      break;
    }
    if (read.problems.length < MAX_SYNTAX_PROBLEMS) {
      read.problems.push(problemAt(range, severity, 'yaml-syntax', `YAML ${severity === 'error' ? 'syntax error' : 'warning'}: ${d.message}`));
    }
  }
  if (doc.errors.length > 0) return read;
  const second = secondDocumentStart(source);
  if (second >= 0) {
    // The parser drops what follows silently here; a write would then delete it.
    read.problems.push(problemAt(firstLineRange(read, second, source.length), 'error', 'multiple-documents', MULTIPLE_DOCUMENTS));
    return read;
  }
  try {
    read.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    read.problems.push(failure(e));
  }
  return read;
}

const TOO_DEEP = 'sidecar is nested too deeply to read';
const MULTIPLE_DOCUMENTS = 'a second YAML document starts here; the file must hold exactly one (remove this line and what follows, or move it to another file)';

/**
 * Offset where a second YAML document starts, or -1. Only sources with a line starting
 * with `---` or `...` can hold one, so the common case costs one regular expression.
 */
function secondDocumentStart(source: string): number {
  if (!/^(?:---|\.\.\.)(?:[ \t\r]|$)/m.test(source)) return -1;
  const docs = parseAllDocuments(source, { logLevel: 'silent', strict: true, uniqueKeys: true });
  if (!Array.isArray(docs) || docs.length < 2) return -1;
  return (docs[1] as Document.Parsed).range[0];
}

/** Range between two offsets of `source`, counting lines itself (for problems found before parsing). */
export function rangeInSource(source: string, start: number, end: number): Range {
  const at = (offset: number): { line: number; column: number } => {
    let line = 0;
    let lineStart = 0;
    for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart };
  };
  const a = at(start);
  const b = at(Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Deepest `[`/`{` nesting read; the parser recurses per level and overflows the stack near 800. */
export const MAX_FLOW_DEPTH = 200;

/**
 * Offset of the first bracket nested deeper than MAX_FLOW_DEPTH, or -1. Quoted
 * strings and comments are skipped; brackets inside plain scalars count, which
 * can only overestimate the depth.
 */
function flowDepthExceeded(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39) {
      // Skip to the closing quote ("" escapes by backslash, '' by doubling: both end at the next lone quote).
      for (i++; i < source.length && source.charCodeAt(i) !== c; i++) if (c === 34 && source.charCodeAt(i) === 92) i++;
    } else if (c === 35 && (i === 0 || source.charCodeAt(i - 1) <= 32)) {
      const eol = source.indexOf('\n', i);
      i = eol < 0 ? source.length : eol;
    }
  }
  return -1;
}

function failure(e: unknown): Problem {
  if (e instanceof RangeError) return problemAt(FILE_START, 'error', 'too-deep', TOO_DEEP);
  const message = e instanceof Error ? e.message : String(e);
  if (/alias/i.test(message)) {
    return problemAt(FILE_START, 'error', 'alias-limit', `too many YAML aliases (limit ${MAX_ALIAS_COUNT}): ${message}`);
  }
  return problemAt(FILE_START, 'error', 'yaml-syntax', `could not read YAML: ${message}`);
}

/** Range between two source offsets. */
export function rangeOf(read: Pick<YamlRead, 'lineCounter'>, start: number, end: number): Range {
  const a = read.lineCounter.linePos(start);
  const b = read.lineCounter.linePos(Math.max(start, end));
  return { line: a.line - 1, column: a.col - 1, endLine: b.line - 1, endColumn: b.col - 1 };
}

/** From `start` to the end of its line (line break excluded), or to `limit` if sooner. */
export function firstLineRange(read: Pick<YamlRead, 'lineCounter' | 'source'>, start: number, limit: number): Range {
  let end = read.source.indexOf('\n', start);
  if (end < 0) end = read.source.length;
  if (end > start && read.source.charCodeAt(end - 1) === 13) end--;
  return rangeOf(read, start, Math.min(end, Math.max(start, limit)));
}

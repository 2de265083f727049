/**
 * Checks that need more than the schema: unique ids, offsets inside the text,
 * quotes matching the text, `by` references and the text file itself. Works
 * on paths only, so it costs nothing extra on the fast path.
 */
import type { CodePointText } from '../offsets';
import type { Issue } from '../problems';
import type { Sidecar } from '../schema';
import { baseName } from './paths';

/** What the semantic checks know about the annotated text. */
export interface TextContext {
  /** The normalised text, or undefined when the text file is missing. */
  text: CodePointText | undefined;
  /** Name the sidecar's `text:` should have (from the sidecar's own file name), if known. */
  expectedTextName?: string;
}

const SHOWN = 40;

/** Semantic issues of a schema-valid sidecar. */
export function semanticIssues(sidecar: Sidecar, ctx: TextContext): Issue[] {
  const issues: Issue[] = [];
  const error = (path: Issue['path'], code: string, message: string, to?: Issue['path']): void => {
    issues.push({ severity: 'error', code, message, path, part: 'value', ...(to ? { to } : {}) });
  };
  if (ctx.text === undefined) {
    error(['text'], 'text-missing', `text file ${JSON.stringify(sidecar.text)} not found next to the sidecar`);
  } else if (ctx.expectedTextName !== undefined && baseName(sidecar.text) !== baseName(ctx.expectedTextName)) {
    issues.push({
      severity: 'warning',
      code: 'text-name-mismatch',
      path: ['text'],
      part: 'value',
      message: `text is ${JSON.stringify(sidecar.text)} but this sidecar belongs to ${JSON.stringify(baseName(ctx.expectedTextName))}`,
    });
  }
  const kinds = new Map<string, string>();
  sidecar.annotations.forEach((a, i) => {
    if (kinds.has(a.id)) error(['annotations', i, 'id'], 'duplicate-id', `duplicate annotation id ${a.id}`);
    else kinds.set(a.id, a.kind);
  });
  const length = ctx.text?.length;
  sidecar.annotations.forEach((a, i) => {
    const at = (key: string): Issue['path'] => ['annotations', i, key];
    if (a.start >= a.end) {
      const message =
        a.start === a.end
          ? `empty span: start and end are both ${a.start} (end is exclusive, so end must be greater than start)`
          : `start ${a.start} is after end ${a.end}`;
      error(at('start'), a.start === a.end ? 'empty-span' : 'reversed-span', message, at('end'));
    }
    if (a.kind === 'claim' && a.by !== undefined) {
      const kind = kinds.get(a.by);
      if (kind === undefined) error(at('by'), 'bad-reference', `by: no annotation with id ${a.by} in this sidecar`);
      else if (kind !== 'speaker' && kind !== 'entity') {
        error(at('by'), 'bad-reference', `by: ${a.by} is a ${kind} annotation; it must be a speaker or an entity`);
      }
    }
    if (a.orphaned) {
      issues.push({
        severity: 'warning',
        code: 'orphaned',
        path: at('orphaned'),
        part: 'value',
        message: `orphaned annotation ${show(a.quote)} (text no longer found)`,
      });
      return;
    }
    if (length === undefined || ctx.text === undefined) return;
    const outside = (key: 'start' | 'end'): boolean => {
      if (a[key] <= length) return false;
      error(at(key), 'offset-out-of-range', `${key} ${a[key]} is beyond the end of the text (${length} code points)`);
      return true;
    };
    if (outside('start') || outside('end') || a.start >= a.end) return;
    const found = ctx.text.slice(a.start, a.end);
    if (found !== a.quote) {
      error(at('quote'), 'quote-mismatch', `quote does not match the text at ${a.start}-${a.end}: expected ${show(a.quote)}, found ${show(found)}`);
    }
  });
  return issues;
}

/** A string for a message: JSON-quoted so whitespace shows, cut to a few dozen code points. */
export function show(s: string): string {
  const points = Array.from(s);
  return points.length <= SHOWN ? JSON.stringify(s) : JSON.stringify(points.slice(0, SHOWN).join('')).slice(0, -1) + '…"';
}

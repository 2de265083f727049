/** Diagnostics reported when loading a sidecar. */

/**
 * One diagnostic. Lines and columns are 0-based; columns count UTF-16 code
 * units of the YAML source line (as VS Code ranges do), after a leading BOM
 * is dropped (VS Code drops it too). The end is exclusive.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `quote-mismatch`. */
  code: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A path into the sidecar value, e.g. `['annotations', 3, 'end']`. */
export type Path = readonly (string | number)[];

/**
 * A problem located by a path rather than by position, so validation can run
 * without any source positions and only locate what it found.
 * `part`: 'value' = the value node (or its first line if it is a collection),
 * 'key' = the key node, 'item' = first line of the node at `path` itself.
 * `to`: when set, the range extends to the end of that path's value.
 */
export interface Issue {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  path: Path;
  part: 'value' | 'key' | 'item';
  to?: Path;
}

/** A source range in the coordinates of {@link Problem}. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Range of the start of a document, for problems that concern the whole file. */
export const FILE_START: Range = { line: 0, column: 0, endLine: 0, endColumn: 0 };

/** Builds a Problem from a range. */
export function problemAt(range: Range, severity: Problem['severity'], code: string, message: string): Problem {
  return { severity, code, message, ...range };
}

/** Reading a target's text and sidecar and validating them with the core, as the extension does. */
import * as path from 'node:path';
import { FILE_START, loadSidecar, problemAt, type Problem, type Sidecar } from '../core';
import { readText } from './fsio';
import type { Target } from './targets';

/** A target after loading. `sidecar` is present only when there is no error. */
export interface Loaded {
  /** The text as read (BOM and CRLF kept), if it could be read. */
  textRaw?: string;
  /** The sidecar file's content, if it exists and is text. */
  source?: string;
  sidecar?: Sidecar;
  /** Problems of the sidecar (0-based positions in the sidecar file). */
  problems: Problem[];
  /** True when the sidecar file does not exist. */
  noSidecar: boolean;
}

/** Loads a target; never throws. */
export function loadTarget(target: Target): Loaded {
  const text = readText(target.text);
  const textRaw = text.kind === 'ok' ? text.raw : undefined;
  const yaml = readText(target.sidecar);
  if (yaml.kind === 'missing') return { ...(textRaw !== undefined ? { textRaw } : {}), problems: [], noSidecar: true };
  if (yaml.kind === 'error') return { ...(textRaw !== undefined ? { textRaw } : {}), problems: [problemAt(FILE_START, 'error', 'not-text', yaml.message)], noSidecar: false };
  const result = loadSidecar(yaml.raw, textRaw, { textFileName: path.basename(target.text) });
  let problems = result.problems;
  if (text.kind === 'error') {
    // The core only knows "missing"; say what is really wrong with the text file.
    const why = problemAt(FILE_START, 'error', 'text-unreadable', `text file ${JSON.stringify(path.basename(target.text))} cannot be read: ${text.message}`);
    problems = [why, ...problems.filter((p) => p.code !== 'text-missing')];
  }
  return {
    ...(textRaw !== undefined ? { textRaw } : {}),
    source: yaml.raw,
    ...(result.sidecar && !problems.some((p) => p.severity === 'error') ? { sidecar: result.sidecar } : {}),
    problems,
    noSidecar: false,
  };
}

/** Problems that are errors. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/**
 * `path:line:column: severity: message [code]`, the layout compilers use and
 * editors link. The core's positions are 0-based; people and editors count
 * from 1, so both are shifted by one. Columns count UTF-16 code units of the
 * line, as VS Code does.
 */
export function formatProblem(file: string, p: Problem): string {
  return `${file}:${p.line + 1}:${p.column + 1}: ${p.severity}: ${p.message} [${p.code}]`;
}

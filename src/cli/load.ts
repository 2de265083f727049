/** Reading a target's text and sidecar and validating them with the core, as the extension does. */
import { type Problem, type Sidecar } from '../core';
import { loadSidecarFile } from '../core/storage';
import { nodeFs } from './nodeFs';
import type { Target } from './targets';

/** A target after loading. `sidecar` is present only when there is no error. */
export interface Loaded {
  /** The text as read (BOM and CRLF kept), if it could be read. */
  textRaw?: string;
  /** The sidecar file's content, if it exists and is text. */
  source?: string;
  sidecar?: Sidecar;
  /** The sidecar when its only errors come from a text that changed under it (what check re-anchors). */
  stale?: Sidecar;
  /** Problems of the sidecar (0-based positions in the sidecar file). */
  problems: Problem[];
  /** True when the sidecar file does not exist. */
  noSidecar: boolean;
}

/** Loads a target through the shared loader (the same limits as every verb and the extension); never throws. */
export async function loadTarget(target: Target): Promise<Loaded> {
  const file = await loadSidecarFile(nodeFs('read'), { text: target.text, sidecar: target.sidecar });
  const textRaw = file.textRaw !== undefined ? { textRaw: file.textRaw } : {};
  if (!file.exists) return { ...textRaw, problems: [], noSidecar: true };
  const { result } = file;
  const problems = result.problems;
  return {
    ...textRaw,
    ...(file.source !== undefined ? { source: file.source } : {}),
    ...(result.sidecar && !problems.some((p) => p.severity === 'error') ? { sidecar: result.sidecar } : {}),
    ...(result.stale && file.textRaw !== undefined ? { stale: result.stale } : {}),
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

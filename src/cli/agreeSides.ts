/**
 * The two sides of `agree`: annotated documents from the working tree (a sidecar, a text
 * file or a folder) or from a git revision, paired by their path under each operand.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashText, loadSidecar, normalizeText, type Annotation } from '../core';
import { CliError, UsageError } from './errors';
import { loadTarget } from './load';
import { resolveTargets } from './targets';

/** One side's view of a document. */
export interface SideDocument {
  /** Path under the operand (`/` separators); '' when the operand is the document itself. */
  readonly key: string;
  /** Where it is, for messages. */
  readonly shown: string;
  /** The normalised text, when the sidecar loaded. */
  readonly text?: string;
  readonly annotations?: readonly Annotation[];
  /** Why it cannot be compared. */
  readonly problem?: string;
}

/** The documents an operand names in the working tree. */
export async function workingSide(operand: string, cwd: string): Promise<SideDocument[]> {
  const full = path.resolve(cwd, operand);
  const isFolder = fs.existsSync(full) && fs.statSync(full).isDirectory();
  const sides: SideDocument[] = [];
  for (const target of resolveTargets([operand], cwd)) sides.push(await workingDocument(target, isFolder ? full : undefined, cwd));
  return sides;
}

async function workingDocument(target: ReturnType<typeof resolveTargets>[number], folder: string | undefined, cwd: string): Promise<SideDocument> {
  {
    const key = folder !== undefined ? path.relative(folder, target.text).split(path.sep).join('/') : '';
    const loaded = await loadTarget(target);
    const shown = path.relative(cwd, target.sidecar) || target.sidecar;
    if (loaded.noSidecar) return { key, shown, problem: 'no sidecar' };
    if (!loaded.sidecar || loaded.textRaw === undefined) return { key, shown, problem: `the sidecar has errors (run validate)` };
    return { key, shown, text: normalizeText(loaded.textRaw), annotations: loaded.sidecar.annotations };
  }
}

/** The same documents as `working` at git revision `rev` (sidecar and text both from there). */
export function revisionSide(operand: string, working: readonly SideDocument[], rev: string, cwd: string): SideDocument[] {
  const full = path.resolve(cwd, operand);
  const dir = fs.statSync(full).isDirectory() ? full : path.dirname(full);
  const top = gitIn(dir, ['rev-parse', '--show-toplevel'], 'not inside a git repository').toString('utf8').trim();
  gitIn(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], `unknown revision ${JSON.stringify(rev)}`);
  const targets = resolveTargets([operand], cwd);
  const inRepo = (file: string): string => path.relative(top, file).split(path.sep).join('/');
  const names = targets.flatMap((t) => [`${rev}:${inRepo(t.sidecar)}`, `${rev}:${inRepo(t.text)}`]);
  const blobs = catFiles(top, names);
  return targets.map((target, i) => {
    const key = working[i]?.key ?? '';
    const shown = `${rev}:${inRepo(target.sidecar)}`;
    const source = blobs[2 * i];
    const text = blobs[2 * i + 1];
    if (source === undefined) return { key, shown, problem: `no sidecar at ${rev}` };
    if (text === undefined) return { key, shown, problem: `no text file at ${rev}` };
    const loaded = loadSidecar(source, text, { textFileName: path.basename(target.text) });
    if (!loaded.sidecar) return { key, shown, problem: `the sidecar at ${rev} has errors` };
    return { key, shown, text: normalizeText(text), annotations: loaded.sidecar.annotations };
  });
}

/** Pairs documents of two sides by key; those on one side only, or whose texts differ, are skipped. */
export function pairSides(
  a: readonly SideDocument[],
  b: readonly SideDocument[],
): {
  pairs: { path: string; text: string; a: readonly Annotation[]; b: readonly Annotation[] }[];
  skipped: { path: string; reason: string }[];
} {
  const pairs: { path: string; text: string; a: readonly Annotation[]; b: readonly Annotation[] }[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const single = a.length === 1 && b.length === 1 && a[0]?.key === '' && b[0]?.key === '';
  const byKey = new Map(b.map((d) => [d.key, d]));
  for (const x of a) {
    const y = single ? b[0] : byKey.get(x.key);
    byKey.delete(x.key);
    if (!y) skipped.push({ path: x.shown, reason: 'only on side A' });
    else if (x.problem || y.problem) skipped.push({ path: x.problem ? x.shown : y.shown, reason: (x.problem ?? y.problem) as string });
    else if (hashText(x.text as string) !== hashText(y.text as string)) skipped.push({ path: x.shown, reason: `the text differs from ${y.shown}'s` });
    else pairs.push({ path: x.key || x.shown, text: x.text as string, a: x.annotations as Annotation[], b: y.annotations as Annotation[] });
  }
  if (!single) for (const y of byKey.values()) skipped.push({ path: y.shown, reason: 'only on side B' });
  return { pairs, skipped };
}

function gitIn(cwd: string, args: readonly string[], failure: string): Buffer {
  const r = spawnSync('git', args, { cwd, timeout: 60_000 });
  if (r.error) throw new CliError(`agree: cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new UsageError(`agree: ${failure}`);
  return r.stdout;
}

/** The contents of `rev:path` blobs in one `git cat-file --batch` (undefined for a missing one). */
function catFiles(top: string, names: readonly string[]): (string | undefined)[] {
  if (names.length === 0) return [];
  const r = spawnSync('git', ['cat-file', '--batch'], { cwd: top, input: names.join('\n') + '\n', maxBuffer: 1 << 30, timeout: 300_000 });
  if (r.error || r.status !== 0) throw new CliError(`agree: git cat-file failed${r.error ? `: ${r.error.message}` : ''}`);
  const out = r.stdout;
  const result: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) {
      result.push(undefined); // "missing", or not a blob
      continue;
    }
    const size = Number(match[1]);
    result.push(new TextDecoder('utf-8').decode(out.subarray(at, at + size)));
    at += size + 1;
  }
  return result;
}

/**
 * The merge driver's whole job on file contents: read the three versions, merge them, and
 * write the result the way the extension saves (canonical, or the ours file edited in place
 * so its comments stay). Pure: the CLI reads and writes the files.
 */
import { FILE_START, problemAt, type Problem } from '../problems';
import { loadRegistry } from '../registry/load';
import { serializeRegistry } from '../registry/serialize';
import type { EntityRegistry } from '../registry/schema';
import type { Sidecar } from '../schema';
import { fastRead } from '../sidecar/fastReader';
import { fastLocator, locateIssues, yamlLocator } from '../sidecar/locate';
import { noteCanonicalSource, serializeSidecar } from '../sidecar/serialize';
import { validateSidecar } from '../sidecar/validate';
import { yamlRead } from '../sidecar/yamlReader';
import { mergeRegistries } from './mergeRegistry';
import { mergeSidecars, type MergeNote } from './mergeSidecar';

/** Which file of the merge a problem is in, in git's words (%O, %A, %B). */
export type MergeInputName = 'ancestor' | 'current' | 'other';

/** The merged text, or the first problem of the first input that does not load. */
export type MergeFilesResult = { ok: true; text: string; notes: MergeNote[] } | { ok: false; input: MergeInputName; problem: Problem };

type Read<T> = { ok: true; value: T | undefined } | { ok: false; problem: Problem };

/** Merges three versions of a sidecar (`kind: 'sidecar'`) or of the registry. */
export function mergeFiles(kind: 'sidecar' | 'registry', ancestor: string, current: string, other: string): MergeFilesResult {
  const read = kind === 'sidecar' ? readSidecar : readRegistry;
  // Current last: the sidecar writer then knows its layout without reading it again.
  const inputs = [
    ['ancestor', ancestor],
    ['other', other],
    ['current', current],
  ] as const;
  const values: unknown[] = [];
  for (const [name, source] of inputs) {
    const r = read(source) as Read<unknown>;
    if (!r.ok) return { ok: false, input: name, problem: r.problem };
    // Only the ancestor may be missing (git gives an empty file when both sides added it).
    if (r.value === undefined && name !== 'ancestor') return { ok: false, input: name, problem: problemAt(FILE_START, 'error', 'empty', 'the file is empty') };
    values.push(r.value);
  }
  if (kind === 'sidecar') {
    const [b, t, o] = values as [Sidecar | undefined, Sidecar, Sidecar];
    const { sidecar, notes } = mergeSidecars(b, o, t);
    return { ok: true, text: serializeSidecar(sidecar, current), notes };
  }
  const [b, t, o] = values as [EntityRegistry | undefined, EntityRegistry, EntityRegistry];
  const { registry, notes } = mergeRegistries(b, o, t);
  return { ok: true, text: serializeRegistry(registry, current), notes };
}

const blank = (source: string): boolean => source.replace(/^\ufeff/, '').trim() === '';

/**
 * A sidecar read without its text file (the merge cannot know the merged text): every
 * check runs except those against the text, which `validate` does after the merge.
 */
function readSidecar(source: string): Read<Sidecar> {
  if (blank(source)) return { ok: true, value: undefined };
  const yaml = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const fast = fastRead(yaml);
  if (fast) noteCanonicalSource(yaml, fast.headerLines);
  const read = fast ? undefined : yamlRead(yaml);
  const yamlError = read?.problems.find((p) => p.severity === 'error');
  if (yamlError) return { ok: false, problem: yamlError };
  const v = validateSidecar(fast ? fast.value : read?.value, { text: undefined });
  const issues = v.issues.filter((i) => i.severity === 'error' && i.code !== 'text-missing');
  if (issues.length > 0 || v.sidecar === undefined) {
    const located = locateIssues(issues, fast ? fastLocator(fast) : yamlLocator(read as NonNullable<typeof read>));
    return { ok: false, problem: located[0] ?? problemAt(FILE_START, 'error', 'schema', 'not a sidecar') };
  }
  return { ok: true, value: v.sidecar };
}

function readRegistry(source: string): Read<EntityRegistry> {
  if (blank(source)) return { ok: true, value: undefined };
  const loaded = loadRegistry(source);
  const error = loaded.problems.find((p) => p.severity === 'error');
  if (error || loaded.registry === undefined) return { ok: false, problem: error ?? problemAt(FILE_START, 'error', 'schema', 'not an entity registry') };
  return { ok: true, value: loaded.registry };
}

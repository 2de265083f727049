/**
 * The write pipeline: every change to a sidecar or the registry goes
 *
 *   lock -> read afresh -> validate -> change -> serialise -> verify it loads back -> write atomically -> unlock
 *
 * Reading under the lock is what makes concurrent writers merge: each applies its change to
 * what the previous one wrote. An invalid file is refused (never overwritten); output that
 * would not load back as the intended value is never written.
 */
import { FILE_START, problemAt, type Problem } from '../problems';
import { emptyRegistry, type EntityRegistry } from '../registry/schema';
import { loadRegistry } from '../registry/load';
import { serializeRegistry } from '../registry/serialize';
import { sameRegistry } from '../registry/canonical';
import { SIDECAR_VERSION, type Sidecar } from '../schema';
import { loadSidecar, MAX_SIDECAR_BYTES } from '../sidecar/load';
import { sameAnnotations, sameSidecar, sameSource } from '../sidecar/same';
import { serializeSidecarLayout } from '../sidecar/serialize';
import { hashText, normalizeText } from '../text';
import { folderOf, nameOf, sibling, type PipelineFs } from './fileSystem';
import { LOCK_STALE_MS, withLock, type LockOptions, type LockReport } from './lock';
import { readTextFile, type SidecarPaths } from './read';
import { cachedVerdict, recheckCached, type SidecarCache } from './reuse';
import { writtenVerdict } from './written';

/** How a file format is read, written and compared, for {@link updateFile}. */
export interface Codec<T> {
  /** What `source` holds (undefined: the file does not exist yet), or the problems that forbid changing it. */
  read(source: string | undefined): { value: T; clean: boolean } | { problems: readonly Problem[] };
  /** The text to save for `value`, given the file's previous source (to keep comments). */
  write(value: T, previousSource: string | undefined): string;
  /** Whether the text read back holds exactly the intended value. */
  same(a: T, b: T): boolean;
  /** Whether a change is no change at all, so the file is left alone (default {@link same}). */
  unchanged?(before: T, after: T): boolean;
}

/** A file kept as plain text (a merge result, `.gitattributes`): what is read is what is written. */
export const textCodec: Codec<string> = {
  read: (source) => ({ value: source ?? '', clean: source !== undefined }),
  write: (value) => value,
  same: (a, b) => a === b,
};

/** Options of {@link updateFile}. */
export interface UpdateOptions extends LockOptions {
  /** Size limit of the file in bytes (default the sidecar limit). */
  maxBytes?: number;
  /** Runs under the lock before the file is read: reads what the change depends on (a sidecar's text). */
  beforeRead?: () => Promise<void>;
}

/** Outcome of an update. */
export interface UpdateResult<T> {
  /** False when the change left the value as it was (the file is not rewritten). */
  written: boolean;
  /** The value now in the file. */
  value: T;
  /** The file's content now (undefined when it still does not exist). */
  source: string | undefined;
  /** What taking the lock had to clean up (a stale lock, its temporary file). */
  lock: LockReport;
  /** Stale temporary files of earlier writers removed on the way. */
  swept: string[];
}

/** The file has errors (or cannot be read): it is left as it is. */
export class InvalidFileError extends Error {
  override readonly name = 'InvalidFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    super(
      `${file} has ${problems.filter((p) => p.severity === 'error').length} error(s) and was not changed (first: line ${(problems[0]?.line ?? 0) + 1}, column ${(problems[0]?.column ?? 0) + 1}: ${problems[0]?.message ?? 'unreadable'})`,
    );
  }
}

/** The serialised result did not load back as the intended value: nothing was written. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`the change was not saved: it would make ${file} invalid (${reason})`);
  }
}

/**
 * Applies `change` to the file's current value under its lock and writes the result
 * atomically when it differs. Throws {@link InvalidFileError}, {@link VerifyError},
 * LockTimeoutError or LockLostError, or the file system's error (the temporary file is then
 * already removed); whatever `change` throws is passed on with nothing written.
 */
export async function updateFile<T>(
  fs: PipelineFs,
  file: string,
  codec: Codec<T>,
  change: (current: T) => T | Promise<T>,
  options: UpdateOptions = {},
): Promise<UpdateResult<T>> {
  const report: LockReport = {};
  return withLock(
    fs,
    file,
    async (lock) => {
      const swept = await sweepTemps(fs, file, lock.temp, options.staleMs ?? LOCK_STALE_MS);
      await options.beforeRead?.();
      const read = await readTextFile(fs, file, options.maxBytes ?? MAX_SIDECAR_BYTES);
      if (read.kind === 'error') throw new InvalidFileError(file, [problemAt(FILE_START, 'error', read.code, `${nameOf(file)} ${read.message}`)]);
      const source = read.kind === 'ok' ? read.raw : undefined;
      const current = codec.read(source);
      if ('problems' in current) throw new InvalidFileError(file, current.problems);
      const next = await change(current.value);
      const unchanged = { written: false, value: current.value, source, lock: report, swept };
      if (current.clean && (codec.unchanged ?? codec.same)(current.value, next)) return unchanged;
      const content = codec.write(next, source);
      if (content === source) return unchanged;
      const back = codec.read(content);
      if ('problems' in back) throw new VerifyError(file, back.problems[0]?.message ?? 'unreadable');
      if (!codec.same(back.value, next)) throw new VerifyError(file, 'it reads back differently');
      await lock.check();
      try {
        await fs.writeTempThenRename(lock.temp, file, content);
      } catch (error) {
        // Implementations clean up after themselves; this covers one that could not (a full disk).
        await fs.remove(lock.temp).catch(() => undefined);
        throw error;
      }
      return { written: true, value: next, source: content, lock: report, swept };
    },
    options,
    report,
  );
}

// Temporary files of this file's earlier writers, whatever version wrote them:
// `.<name>.<token>.tmp` (this pipeline), `.<name>.<pid>.<random>.tmp`, `<name>.<random>.tmp`.
async function sweepTemps(fs: PipelineFs, file: string, ours: string, staleMs: number): Promise<string[]> {
  if (!fs.list) return [];
  const name = nameOf(file);
  let entries: string[];
  try {
    entries = await fs.list(folderOf(file) || '.');
  } catch {
    return [];
  }
  const swept: string[] = [];
  for (const entry of entries) {
    if (!isTempOf(entry, name)) continue;
    const temp = sibling(file, entry);
    if (temp === ours) continue;
    const stat = await fs.stat(temp);
    // A younger one may belong to a writer whose lock was just broken and that is still finishing.
    if (stat?.kind === 'file' && fs.now() - stat.mtimeMs > staleMs) {
      await fs.remove(temp);
      swept.push(temp);
    }
  }
  return swept;
}

/** Whether `entry` is a temporary file of a write of `name`. */
export function isTempOf(entry: string, name: string): boolean {
  const body = entry.startsWith('.' + name + '.') ? entry.slice(name.length + 2) : entry.startsWith(name + '.') ? entry.slice(name.length + 1) : undefined;
  return body !== undefined && body.endsWith('.tmp') && /^[A-Za-z0-9.]+\.tmp$/.test(body);
}

/** What a sidecar change sees besides the sidecar. */
export interface SidecarContext {
  /** The text as read now (BOM and CRLF kept). */
  readonly textRaw: string;
  /** Whether the sidecar file existed. */
  readonly exists: boolean;
}

/** Options of {@link updateSidecar}. */
export interface SidecarUpdateOptions extends UpdateOptions {
  /**
   * Also change a sidecar whose only errors come from a changed text (quotes that no longer
   * match): for changes that place every annotation again, such as re-anchoring.
   */
  allowStale?: boolean;
  /** Text-file size limit. */
  maxTextBytes?: number;
  /**
   * What the caller last loaded from this sidecar. Used only when the file read under the lock
   * is byte for byte its `source`: parsing is then skipped and only the checks against the
   * current text are run again. Any other content is read and validated in full.
   */
  cached?: SidecarCache;
}

/** Outcome of {@link updateSidecar}. */
export interface SidecarUpdateResult extends UpdateResult<Sidecar> {
  /**
   * The loader's verdict for the file now on disk against the text read under the lock, when
   * the pipeline made one (it verified what it wrote): a caller can reuse it instead of
   * reading the file back and validating it again.
   */
  cache?: SidecarCache;
}

/**
 * The pipeline for a sidecar: the text is read afresh under the sidecar's lock, the change
 * gets the current sidecar (an empty one when there is none yet) and returns the new one;
 * `textHash` is set from the current text, and the result must load back cleanly against it.
 */
export async function updateSidecar(
  fs: PipelineFs,
  paths: SidecarPaths,
  change: (current: Sidecar, context: SidecarContext) => Sidecar | Promise<Sidecar>,
  options: SidecarUpdateOptions = {},
): Promise<SidecarUpdateResult> {
  const textName = nameOf(paths.text);
  let textRaw = '';
  let exists = false;
  let verdict: SidecarCache | undefined;
  // What the canonical writer was last asked to write, and the values read back from it
  // without parsing (see written.ts), each with the value it was written from.
  let written: { text: string; value: Sidecar } | undefined;
  const writtenFrom = new WeakMap<Sidecar, Sidecar>();
  const codec: Codec<Sidecar> = {
    read(source) {
      verdict = undefined;
      if (written !== undefined && source === written.text) {
        const result = writtenVerdict(written.value, source, textRaw, textName, options.maxBytes);
        if (result?.sidecar) {
          verdict = { source, textRaw, result };
          writtenFrom.set(result.sidecar, written.value);
          return { value: result.sidecar, clean: true };
        }
      }
      if (source === undefined)
        return { value: { version: SIDECAR_VERSION, text: textName, textHash: hashText(normalizeText(textRaw)), annotations: [] }, clean: true };
      if (cachedVerdict(options.cached, source, textRaw) === undefined) {
        const rechecked = recheckCached(options.cached, source, textRaw);
        if (rechecked && (rechecked.clean || options.allowStale)) return rechecked;
      }
      const loaded =
        cachedVerdict(options.cached, source, textRaw) ??
        loadSidecar(source, textRaw, { textFileName: textName, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) });
      verdict = { source, textRaw, result: loaded };
      if (loaded.sidecar) return { value: loaded.sidecar, clean: true };
      if (options.allowStale && loaded.stale) return { value: loaded.stale, clean: false };
      return { problems: loaded.problems };
    },
    write(value, previous) {
      const out = serializeSidecarLayout(value, previous);
      written = out.canonical ? { text: out.text, value } : undefined;
      return out.text;
    },
    // A value read back through writtenVerdict holds, field for field, the one it was written from.
    same: (a, b) => writtenFrom.get(a) === b || sameSidecar(a, b),
    unchanged: sameContent,
  };
  const result = await updateFile(
    fs,
    paths.sidecar,
    {
      ...codec,
      read(source) {
        exists = source !== undefined;
        return codec.read(source);
      },
    },
    async (current) => {
      const next = await change(current, { textRaw, exists });
      return { ...next, textHash: hashText(normalizeText(textRaw)) };
    },
    {
      ...options,
      // The text is read under the lock too, just before the sidecar.
      beforeRead: async () => {
        const text = await readTextFile(fs, paths.text, options.maxTextBytes);
        if (text.kind !== 'ok') {
          const why = text.kind === 'missing' ? 'is missing' : text.message;
          const code = text.kind === 'missing' ? 'text-missing' : text.code === 'too-large' ? 'text-too-large' : 'text-unreadable';
          throw new InvalidFileError(paths.text, [problemAt(FILE_START, 'error', code, `text file ${JSON.stringify(textName)} ${why}`)]);
        }
        textRaw = text.raw;
      },
    },
  );
  // The last read is the verification of what was written; unwritten, the file read under the lock.
  return verdict !== undefined && verdict.source === result.source ? { ...result, cache: verdict } : result;
}

/** Whether two sidecars hold the same annotations and document source (what "nothing changed" means to callers). */
export function sameContent(a: Sidecar, b: Sidecar): boolean {
  return sameSource(a.source, b.source) && sameAnnotations(a.annotations, b.annotations);
}

/** The pipeline for the entity registry (`entities.annotations.yaml`); a missing file starts empty. */
export function updateRegistry(
  fs: PipelineFs,
  file: string,
  change: (current: EntityRegistry) => EntityRegistry | Promise<EntityRegistry>,
  options: UpdateOptions = {},
): Promise<UpdateResult<EntityRegistry>> {
  const codec: Codec<EntityRegistry> = {
    read(source) {
      if (source === undefined) return { value: emptyRegistry(), clean: true };
      const loaded = loadRegistry(source, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
      return loaded.registry ? { value: loaded.registry, clean: true } : { problems: loaded.problems };
    },
    write: (value, previous) => serializeRegistry(value, previous),
    same: sameRegistry,
  };
  return updateFile(fs, file, codec, change, options);
}

/**
 * The one loader every verb and extension path reads text files and sidecars through, so
 * they all apply the same limits: the text-file size limit here, the sidecar's size, nesting,
 * alias and single-document limits in loadSidecar.
 */
import { FILE_START, problemAt, type Problem } from '../problems';
import { loadSidecar, MAX_SIDECAR_BYTES, type LoadOptions, type LoadResult } from '../sidecar/load';
import { decodeText } from '../text';
import { nameOf, type PipelineFs } from './fileSystem';
import { isLocked, waitUnlocked } from './lock';
import { cachedVerdict, type SidecarCache } from './reuse';

/** Largest text file read (64 MB): far above any article or transcript, below what a JS string and its indexes hold comfortably. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** A text file's content, or why there is none. */
export type TextRead = { kind: 'ok'; raw: string } | { kind: 'missing' } | { kind: 'error'; code: 'too-large' | 'not-text' | 'unreadable'; message: string };

/** Reads a file as strict UTF-8 (BOM kept), refusing one over `maxBytes` before reading it; never throws. */
export async function readTextFile(fs: PipelineFs, path: string, maxBytes = MAX_TEXT_BYTES): Promise<TextRead> {
  try {
    const stat = await fs.stat(path);
    if (stat === undefined) return { kind: 'missing' };
    if (stat.kind === 'directory') return { kind: 'error', code: 'unreadable', message: 'is a folder, not a file' };
    if (stat.size > maxBytes)
      return { kind: 'error', code: 'too-large', message: `is too large (${megabytes(stat.size)} MB; limit ${megabytes(maxBytes)} MB)` };
    const bytes = await fs.read(path);
    if (bytes === undefined) return { kind: 'missing' };
    if (bytes.length > maxBytes)
      return { kind: 'error', code: 'too-large', message: `is too large (${megabytes(bytes.length)} MB; limit ${megabytes(maxBytes)} MB)` };
    const decoded = decodeText(bytes);
    return decoded.ok ? { kind: 'ok', raw: decoded.raw } : { kind: 'error', code: 'not-text', message: decoded.error };
  } catch (error) {
    return { kind: 'error', code: 'unreadable', message: error instanceof Error ? error.message : String(error) };
  }
}

/** `12.5`: bytes as megabytes for messages. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** A text file and its sidecar. */
export interface SidecarPaths {
  readonly text: string;
  readonly sidecar: string;
}

/** Options of {@link loadSidecarFile}. */
export interface SidecarFileOptions extends Omit<LoadOptions, 'textFileName'> {
  /** Text-file size limit (default {@link MAX_TEXT_BYTES}). */
  maxTextBytes?: number;
  /** How long a reader waits for a writer's lock when the sidecar is briefly absent (default the lock wait). */
  waitMs?: number;
  /**
   * A verdict the caller already holds (made with the same options): when the sidecar and the
   * text read now are byte for byte the ones it was made for, it is returned instead of
   * validating them again.
   */
  cached?: SidecarCache;
}

/** A sidecar as read from disk, validated against its text. */
export interface SidecarFile {
  /** Whether the sidecar file exists. */
  exists: boolean;
  /** The sidecar file's content, when it exists and is text. */
  source?: string;
  /** The text as read (BOM and CRLF kept), when it could be read. */
  textRaw?: string;
  /** Why the text could not be read, when it could not. */
  textError?: Extract<TextRead, { kind: 'error' }>;
  /** The loader's verdict (problems with 0-based positions in the sidecar). Without a sidecar: no problems. */
  result: LoadResult;
}

/**
 * Reads and validates a sidecar and its text. A sidecar found missing while a writer holds
 * its lock is being replaced (some renames remove the target first): it is read again once
 * the lock is released, so a reader never mistakes a write for a deletion. Never throws.
 */
export async function loadSidecarFile(fs: PipelineFs, paths: SidecarPaths, options: SidecarFileOptions = {}): Promise<SidecarFile> {
  const maxSidecar = options.maxBytes ?? MAX_SIDECAR_BYTES;
  const [text, first] = await Promise.all([readTextFile(fs, paths.text, options.maxTextBytes), readTextFile(fs, paths.sidecar, maxSidecar)]);
  let yaml = first;
  if (yaml.kind === 'missing' && (await isLocked(fs, paths.sidecar))) {
    await waitUnlocked(fs, paths.sidecar, options.waitMs);
    yaml = await readTextFile(fs, paths.sidecar, maxSidecar);
  }
  const textRaw = text.kind === 'ok' ? text.raw : undefined;
  const base = { ...(textRaw !== undefined ? { textRaw } : {}), ...(text.kind === 'error' ? { textError: text } : {}) };
  if (yaml.kind === 'missing') return { ...base, exists: false, result: { problems: [], canonical: false } };
  if (yaml.kind === 'error') {
    const problem =
      yaml.code === 'too-large'
        ? problemAt(FILE_START, 'error', 'too-large', `sidecar ${yaml.message}`)
        : problemAt(FILE_START, 'error', yaml.code, yaml.code === 'not-text' ? yaml.message : `cannot read the sidecar: ${yaml.message}`);
    return { ...base, exists: true, result: { problems: [problem], canonical: false } };
  }
  const loadOptions: LoadOptions = {
    textFileName: nameOf(paths.text),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.fullParser ? { fullParser: true } : {}),
  };
  const result = (text.kind === 'ok' ? cachedVerdict(options.cached, yaml.raw, textRaw) : undefined) ?? loadSidecar(yaml.raw, textRaw, loadOptions);
  if (text.kind === 'error') {
    return {
      ...base,
      exists: true,
      source: yaml.raw,
      result: { problems: explainTextError(result.problems, nameOf(paths.text), text), canonical: result.canonical },
    };
  }
  return { ...base, exists: true, source: yaml.raw, result };
}

/**
 * The loader's problems for a text it could not be given: it only knows "missing", so that
 * problem is replaced by what is really wrong with the text file (too large, not UTF-8...).
 */
export function explainTextError(problems: readonly Problem[], textName: string, error: Extract<TextRead, { kind: 'error' }>): Problem[] {
  const why = problemAt(
    FILE_START,
    'error',
    error.code === 'too-large' ? 'text-too-large' : 'text-unreadable',
    `text file ${JSON.stringify(textName)} ${error.code === 'too-large' ? error.message : `cannot be read: ${error.message}`}`,
  );
  return [why, ...problems.filter((p) => p.code !== 'text-missing')];
}

/**
 * Exports never write over a source text, a sidecar or the registry, whatever path or
 * symbolic link leads there. Destinations are compared by real path when the file system
 * can resolve links (Node); when it cannot (vscode.workspace.fs), a destination that is a
 * link or lies in a linked folder below `stopAt` is refused instead.
 */
import { REGISTRY_NAME, isSidecarName, sidecarNameFor } from '../sidecar/paths';
import { folderOf, nameOf, sibling, type FileContent, type PipelineFs } from './fileSystem';
import { newToken } from './lock';

/** What an export must not touch. */
export interface ExportGuard {
  /** The files the export reads: texts, sidecars, the registry. */
  readonly inputs: readonly string[];
  /** Without real paths, links are looked for in the destination's folders up to this one (exclusive). */
  readonly stopAt?: string;
  /** How messages name a path (relative to the working directory, say). */
  readonly show?: (path: string) => string;
}

/** An export destination that is refused; nothing was written. */
export class ExportRefusedError extends Error {
  override readonly name = 'ExportRefusedError';
  constructor(
    readonly destination: string,
    reason: string,
  ) {
    super(`refusing to write ${destination}: ${reason}; nothing was written, choose another destination`);
  }
}

/** Throws {@link ExportRefusedError} for the first destination that would replace a protected file; checks all before anything is written. */
export async function checkExportDestinations(fs: PipelineFs, destinations: readonly string[], guard: ExportGuard): Promise<void> {
  const show = guard.show ?? ((p: string) => p);
  const real = async (p: string): Promise<string> => (fs.realPath ? fs.realPath(p) : p);
  const protectedPaths = new Set<string>();
  for (const input of guard.inputs) protectedPaths.add(await real(input));
  const seen = new Set<string>();
  for (const dest of destinations) {
    const refuse = (reason: string): never => {
      throw new ExportRefusedError(show(dest), reason);
    };
    const target = await real(dest);
    if (seen.has(target)) refuse('two exported files would both be written there');
    seen.add(target);
    for (const name of new Set([nameOf(dest), nameOf(target)])) {
      if (name === REGISTRY_NAME) refuse('it is the entity registry');
      if (isSidecarName(name)) refuse('it is a sidecar');
    }
    if (protectedPaths.has(target)) refuse(`it is one of the files being exported${target !== dest ? ` (through a link, it is ${show(target)})` : ''}`);
    for (const candidate of new Set([dest, target])) {
      if ((await fs.stat(sidecarNameFor(candidate))) !== undefined) refuse('it is an annotated text (it has a sidecar)');
    }
    if (!fs.realPath) await refuseLinks(fs, dest, guard.stopAt, refuse);
  }
}

async function refuseLinks(fs: PipelineFs, dest: string, stopAt: string | undefined, refuse: (reason: string) => never): Promise<void> {
  if ((await fs.stat(dest))?.symbolicLink) refuse('it is a symbolic link');
  for (let folder = folderOf(dest), n = 0; folder !== '' && n < 64; folder = folderOf(folder), n++) {
    if (stopAt !== undefined && (folder === stopAt || !folder.startsWith(stopAt))) return;
    if (stopAt === undefined || /:\/*$/.test(folder)) return;
    if ((await fs.stat(folder))?.symbolicLink) refuse(`its folder ${nameOf(folder)} is a symbolic link`);
  }
}

/** Writes one export file atomically (temporary file beside it, then a rename). Call {@link checkExportDestinations} first. */
export async function writeExport(fs: PipelineFs, dest: string, content: FileContent): Promise<void> {
  const temp = sibling(dest, `.${nameOf(dest)}.${newToken()}.tmp`);
  try {
    await fs.writeTempThenRename(temp, dest, content);
  } catch (error) {
    await fs.remove(temp).catch(() => undefined);
    throw error;
  }
}

/** Which part of a multi-document import file belongs to the document being imported into. */
import { baseName } from '../sidecar/paths';

/**
 * A test for the document paths named in an import file: the path itself
 * when the file names it; else the same file name (exports made from another
 * folder); else everything, when the file names just one document.
 */
export function documentFilter(sources: ReadonlySet<string | undefined>, path: string): (source: string | undefined) => boolean {
  if (sources.has(path)) return (source) => source === path;
  const name = baseName(path);
  if ([...sources].some((s) => s !== undefined && baseName(s) === name)) return (source) => source !== undefined && baseName(source) === name;
  return () => sources.size === 1;
}

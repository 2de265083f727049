/**
 * Reusing a sidecar verdict the caller already holds. Parsing and schema-checking a large
 * sidecar is most of the cost of a save; when the bytes read under the lock are exactly the
 * bytes the caller last loaded, that work would only repeat itself. Only the checks that
 * depend on the text are run again, so the verdict stays what a full load would give.
 */
import { CodePointText } from '../offsets';
import type { Sidecar } from '../schema';
import { TEXT_CHANGE_CODES, type LoadResult } from '../sidecar/load';
import { semanticIssues } from '../sidecar/semantic';
import { normalizeText } from '../text';

/** A sidecar's content, the text it was validated against and the loader's verdict for the two. */
export interface SidecarCache {
  /** The sidecar file's content exactly as loaded (BOM kept). */
  readonly source: string;
  /** The text file's content it was validated against (BOM and CRLF kept). */
  readonly textRaw: string;
  /** What `loadSidecar(source, textRaw)` returned, with the same options. */
  readonly result: LoadResult;
}

/** The cached verdict, when it is for exactly these bytes of sidecar and text. */
export function cachedVerdict(cache: SidecarCache | undefined, source: string, textRaw: string | undefined): LoadResult | undefined {
  return cache !== undefined && cache.source === source && cache.textRaw === textRaw ? cache.result : undefined;
}

/**
 * The value a sidecar holds for a text other than the one its cached verdict was made for:
 * `clean` when it matches the new text, not clean when the only errors are the new text's
 * (moved quotes). Undefined when the cache is for other sidecar bytes, or when anything else
 * would be wrong: the caller then loads the file in full, which words the problems.
 */
export function recheckCached(cache: SidecarCache | undefined, source: string, textRaw: string, textFileName: string): { value: Sidecar; clean: boolean } | undefined {
  if (cache === undefined || cache.source !== source) return undefined;
  const value = cache.result.sidecar ?? cache.result.stale;
  if (value === undefined) return undefined;
  // Schema and text-independent checks passed for these very bytes; only the text's own checks can differ.
  const issues = semanticIssues(value, { text: new CodePointText(normalizeText(textRaw)), expectedTextName: textFileName });
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return { value, clean: true };
  return errors.every((issue) => TEXT_CHANGE_CODES.has(issue.code)) ? { value, clean: false } : undefined;
}

/**
 * Reusing a sidecar verdict the caller already holds. Parsing and schema-checking a large
 * sidecar is most of the cost of a save; when the bytes read under the lock are exactly the
 * bytes the caller last loaded, that work would only repeat itself. Only the checks that
 * depend on the text are run again, so the verdict stays what a full load would give.
 */
import { CodePointText } from '../offsets';
import type { Sidecar } from '../schema';
import type { LoadResult } from '../sidecar/load';
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
export function recheckCached(cache: SidecarCache | undefined, source: string, textRaw: string): { value: Sidecar; clean: boolean } | undefined {
  if (cache === undefined || cache.source !== source) return undefined;
  const value = cache.result.sidecar ?? cache.result.stale;
  if (value === undefined) return undefined;
  // Schema and text-independent checks passed for these very bytes (a stale verdict has only
  // the text's errors), and the name check only warns: only the text's own checks can differ.
  return { value, clean: matchesText(value, new CodePointText(normalizeText(textRaw))) };
}

/**
 * Whether no annotation has an error of `TEXT_CHANGE_CODES` (sidecar/load) against `text`: the same
 * conditions as the offset and quote checks of `semanticIssues` (change them together), without
 * wording a message for each of thousands of moved quotes.
 */
export function matchesText(sidecar: Sidecar, text: CodePointText): boolean {
  const length = text.length;
  return sidecar.annotations.every(
    (a) => a.orphaned === true || a.start >= a.end || (a.start <= length && a.end <= length && text.slice(a.start, a.end) === a.quote),
  );
}

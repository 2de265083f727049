/** Finding a quote in the text when an import file gives no offsets (a W3C TextQuoteSelector alone). */
import { OffsetMap, type CodePointText } from '../offsets';
import { show } from '../sidecar/semantic';

/**
 * Code point offsets of `exact` in the text: its only occurrence, or the only
 * one whose surrounding text ends with `prefix` and starts with `suffix`.
 * Returns why otherwise (not found, or ambiguous).
 */
export function locateQuote(doc: CodePointText, exact: string, prefix?: string, suffix?: string): [number, number] | string {
  const s = doc.text;
  const hits: number[] = [];
  for (let at = s.indexOf(exact); at !== -1; at = s.indexOf(exact, at + 1)) hits.push(at);
  if (hits.length === 0) return `quote ${show(exact)} not found in the text`;
  const before = (at: number): boolean => prefix === undefined || (at >= prefix.length && s.startsWith(prefix, at - prefix.length));
  const after = (at: number): boolean => suffix === undefined || s.startsWith(suffix, at + exact.length);
  const fits = hits.filter((at) => before(at) && after(at));
  const only = fits.length === 1 ? fits[0] : undefined;
  if (only === undefined) {
    return fits.length === 0
      ? `quote ${show(exact)} found, but not with the given prefix and suffix`
      : `quote ${show(exact)} occurs ${fits.length} times; its prefix and suffix do not single one out`;
  }
  const map = new OffsetMap(s);
  return [map.toCodePoint(only), map.toCodePoint(only + exact.length)];
}

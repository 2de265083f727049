/**
 * Reading offsets that another tool counted over its own copy of the text.
 * Label Studio and INCEpTION count UTF-16 code units (JavaScript and Java
 * strings), spaCy and Prodigy count code points (Python strings); a tool may
 * also have kept the file's BOM or CRLF line ends. Each importer gives the
 * spans it read with their text, and the reading of the offsets under which
 * most of those texts are found in the target text is used.
 */
import { CodePointText, OffsetMap } from '../offsets';
import { normalizeText } from '../text';

/** How a format counts offsets. */
export type OffsetUnit = 'utf16' | 'codepoint';

/** A span as the import file gives it, in its own unit, with the text it says is there. */
export interface ForeignSpan {
  start: number;
  end: number;
  text?: string;
}

/** Converts a foreign offset to a code point offset of the target's normalised text. */
export type ToCodePoint = (offset: number) => number;

/**
 * The conversion under which the most `spans` read back as their text in the target.
 * `foreign` is the text the tool itself holds (Label Studio's `data.text`, spaCy's `text`), when the file has it.
 */
export function offsetBasis(targetRaw: string, unit: OffsetUnit, spans: readonly ForeignSpan[], foreign?: string): ToCodePoint {
  const normalized = normalizeText(targetRaw);
  const target = new CodePointText(normalized);
  const candidates: ToCodePoint[] = [];
  const over = (text: string): ToCodePoint => {
    const map = new OffsetMap(text);
    if (unit === 'utf16') return (o) => map.toCodePoint(o);
    // Code points of a text that may hold a BOM or CRLF: to UTF-16 of it first, then to the normalised text.
    const points = new CodePointText(text);
    return (o) => map.toCodePoint(points.utf16At(o));
  };
  candidates.push(unit === 'utf16' ? over(normalized) : (o) => o);
  if (foreign !== undefined && foreign !== normalized) candidates.push(over(foreign));
  const rawNoBom = targetRaw.charCodeAt(0) === 0xfeff ? targetRaw.slice(1) : targetRaw;
  if (rawNoBom !== normalized) candidates.push(over(rawNoBom), over(targetRaw));
  if (candidates.length === 1) return candidates[0] as ToCodePoint;
  const sample = spans.filter((s) => s.text !== undefined).slice(0, 200);
  let best = candidates[0] as ToCodePoint;
  let bestScore = -1;
  for (const convert of candidates) {
    const score = sample.filter((s) => target.slice(convert(s.start), convert(s.end)) === normalizeText(s.text as string)).length;
    if (score > bestScore) [best, bestScore] = [convert, score];
  }
  return best;
}

/**
 * The figures a claim states (`about 1,150 people`, `75%`, `$1.2 billion`,
 * `Feb. 9`), so claims about the same question can be compared across
 * sources. Heuristic and English-only; it prefers missing a figure to
 * inventing one (times, ordinals, `#1` and `COVID-19` are not figures; `some-3,100`,
 * a thousands figure glued to a word, is).
 */
import { OffsetMap } from '../offsets';
import { CURRENCIES, HEDGES, MONTHS, NOT_UNITS, NUMBER_WORDS, SCALES, YEAR_CUES, type FigureBound } from './figureWords';

/** What a figure measures. */
export type FigureKind = 'count' | 'percent' | 'money' | 'date';
export type { FigureBound } from './figureWords';

/** One figure found in a text. */
export interface Figure {
  kind: FigureKind;
  /** The number (1150, 75 for 75%, 1.2e9 for $1.2 billion); for dates year*10000 + month*100 + day, absent parts 0. */
  value: number;
  /** As written, hedge included: `about 1,150`. */
  text: string;
  /** Code point offsets into the text given. */
  start: number;
  end: number;
  /** True when hedged (`about`, `more than`, `up to`...). */
  approximate: boolean;
  bound?: FigureBound;
  /** Money: ISO 4217 code where known (`USD`, `EUR`), else the currency word. */
  currency?: string;
  /** Counts: the noun that follows, lowercase and singular (`person` is not guessed: `people` stays). */
  unit?: string;
  /** Dates: the parts written. */
  date?: { year?: number; month?: number; day?: number };
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DATE = new RegExp(
  String.raw`\b(?:(?<m1>${MONTH})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?<y1>\d{4})(?!\d))?` +
    String.raw`|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${MONTH})\b\.?(?:,?\s+(?<y2>\d{4})(?!\d))?` +
    String.raw`|(?<m3>${MONTH})\.?\s+(?<y3>\d{4})(?!\d))`,
  'gu',
);
// Longest first, so `more than` is not read as `more` and `an estimated` wins over `estimated`.
const HEDGE = Object.keys(HEDGES)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace('.', '\\.'))
  .join('|');
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_#.,:/]|\p{L}-(?!\d{1,3}(?:,\d{3})+(?!\d)))(?:(?<hedge>${HEDGE})\s*)?(?<cur>US\$|[$€£¥]|(?:USD|EUR|GBP)\s?)?` +
    String.raw`(?:(?<words>(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?<wscale>hundred|thousand|million|billion)` +
    String.raw`|(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?))` +
    String.raw`(?:\s?(?<scale>thousand|million|billion|trillion)\b|(?<short>bn|m|k)(?![\p{L}\p{N}]))?` +
    String.raw`(?:\s?(?<pct>%|percent\b|per cent\b|percentage points?\b))?` +
    String.raw`(?:\s(?<curword>euros?|dollars?|pounds?|yen|kronor|krona|kroner|krone|francs?)\b)?`,
  'giu',
);

/** Every figure in `text`, in order of appearance. */
export function extractFigures(text: string): Figure[] {
  const map = new OffsetMap(text);
  const figures: Figure[] = [];
  const taken: Array<[number, number]> = [];
  const push = (f: Omit<Figure, 'start' | 'end' | 'text'>, at: number, end: number): void => {
    figures.push({ ...f, text: text.slice(at, end), start: map.toCodePoint(at), end: map.toCodePoint(end) });
    taken.push([at, end]);
  };
  for (const m of text.matchAll(DATE)) {
    const g = m.groups ?? {};
    const month = MONTHS[(g.m1 ?? g.m2 ?? g.m3 ?? '').slice(0, 3).toLowerCase()] ?? 0;
    const day = Number(g.d1 ?? g.d2 ?? 0);
    const year = Number(g.y1 ?? g.y2 ?? g.y3 ?? 0);
    if (day > 31) continue;
    const date = { ...(year ? { year } : {}), month, ...(day ? { day } : {}) };
    push({ kind: 'date', value: year * 10000 + month * 100 + day, approximate: false, date }, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index;
    const end = at + m[0].replace(/\s+$/, '').length;
    if (taken.some(([s, e]) => at < e && end > s)) continue;
    const f = figureOf(m.groups ?? {}, text, at, end);
    if (f) push(f, at, end);
  }
  return figures.sort((a, b) => a.start - b.start);
}

function figureOf(g: Record<string, string | undefined>, text: string, at: number, end: number): Omit<Figure, 'start' | 'end' | 'text'> | undefined {
  const after = text.slice(end);
  const plain = g.num !== undefined && !g.cur && !g.scale && !g.short && !g.pct && !g.curword;
  // Times (`9:30`, `8 p.m.`) and ordinals or codes glued to letters (`1st`, `3D`) are not figures.
  if (plain && (/^:\d/.test(after) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/i.test(after) || /^\p{L}/u.test(after))) return undefined;
  let value = g.num !== undefined ? Number(g.num.replace(/,/g, '')) : wordsValue(g.words ?? '') * (SCALES[(g.wscale ?? '').toLowerCase()] ?? 1);
  value *= SCALES[(g.scale ?? g.short ?? '').toLowerCase()] ?? 1;
  const bound = g.hedge === undefined ? undefined : HEDGES[g.hedge.toLowerCase()];
  const hedged = { approximate: bound !== undefined, ...(bound ? { bound } : {}) };
  const currency = CURRENCIES[(g.cur ?? g.curword ?? '').trim().toLowerCase()];
  if (currency) return { kind: 'money', value, currency, ...hedged };
  if (g.pct) return { kind: 'percent', value, ...hedged, ...(/point/i.test(g.pct) ? { unit: 'percentage point' } : {}) };
  if (plain && bound === undefined && /^\d{4}$/.test(g.num ?? '') && value >= 1800 && value < 2200 && isYear(text, at, after)) {
    return { kind: 'date', value: value * 10000, approximate: false, date: { year: value } };
  }
  const unit = unitAfter(after);
  return { kind: 'count', value, ...hedged, ...(unit ? { unit } : {}) };
}

function wordsValue(words: string): number {
  return words
    .toLowerCase()
    .split('-')
    .reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0);
}

// `in 2025`, or a four-digit number followed by no noun, is a year; `2000 people` is a count.
function isYear(text: string, at: number, after: string): boolean {
  const before = /([\p{L}]+)\W*$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
  return (before !== undefined && YEAR_CUES.has(before)) || unitAfter(after) === undefined;
}

/** The noun a count counts: the next word, unless it is a function word; crudely singular. */
function unitAfter(after: string): string | undefined {
  const word = /^\s+(\p{L}[\p{L}\p{M}'’-]*)/u.exec(after)?.[1]?.toLowerCase();
  if (word === undefined || NOT_UNITS.has(word)) return undefined;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  return /[^s]s$/.test(word) && word.length > 3 ? word.slice(0, -1) : word;
}

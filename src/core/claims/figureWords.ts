/** Word tables of figure extraction: hedges, scales, currencies, months and number words. */
/** How a hedge bounds a figure: `about 1,150`, `more than 1,000`, `up to 2,000`. */
export type FigureBound = 'about' | 'atLeast' | 'atMost';

/** How each hedge word bounds the figure it precedes. */
export const HEDGES: Readonly<Record<string, FigureBound>> = {
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', 'approx.': 'about', nearly: 'about',
  almost: 'about', some: 'about', 'an estimated': 'about', estimated: 'about', 'close to': 'about', 'as many as': 'about',
  circa: 'about', '~': 'about',
  'more than': 'atLeast', over: 'atLeast', 'at least': 'atLeast', 'upwards of': 'atLeast', 'in excess of': 'atLeast',
  'less than': 'atMost', 'fewer than': 'atMost', under: 'atMost', 'up to': 'atMost', 'at most': 'atMost', 'no more than': 'atMost',
};

/** Multipliers written after a number (`12 million`, `$1.2bn`). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9,
};

/** Currency symbols and words, as ISO 4217 codes where the word is unambiguous. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD', us$: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', '¥': 'JPY', yen: 'JPY', kronor: 'SEK', krona: 'SEK',
  kroner: 'kroner', krone: 'kroner', franc: 'franc', francs: 'franc',
};

/** Month numbers by the first three letters of their English names. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Number words understood before a scale word (`nine hundred`, `twenty-five thousand`); bare ones are too ambiguous. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words after a count that are not what it counts (`1,200 had been`, `2,000 of them`). */
export const NOT_UNITS = new Set([
  'a', 'about', 'after', 'against', 'an', 'and', 'are', 'around', 'as', 'at', 'be', 'been', 'before', 'but', 'by', 'down',
  'each', 'for', 'from', 'had', 'has', 'have', 'in', 'into', 'is', 'it', 'last', 'more', 'not', 'of', 'on', 'or', 'over',
  'per', 'so', 'than', 'that', 'the', 'their', 'them', 'they', 'this', 'to', 'under', 'up', 'was', 'were', 'who', 'which',
  'will', 'with',
]);

/** Words just before a bare four-digit number that make it a year (`in 2025`, `since 1998`). */
export const YEAR_CUES = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'of', 'year', 'early', 'late', 'mid', 'before', 'after', 'during', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'through',
]);

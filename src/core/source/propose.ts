/**
 * What Edit Document Source proposes from the text itself: the headline as the
 * title, and the first dateline as the publication date. Texts copied from
 * web pages start with site furniture (outlet names in capitals, section
 * menus, "By ..." lines, player chrome), which is skipped.
 */
import { normalizeText } from '../text';
import { isBoilerplateLine, isSpeakerLabelLine } from '../transcript';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATELINE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}), (\d{4})\b/;
const ISO_DATE = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
// Lines that hold a date, a byline or a counter rather than a headline.
const NOT_HEADLINE = /^(?:by\s|published\b|updated\b|photo\b|gallery\b|listen\b|\d)/i;
const SCAN_LINES = 30;

/** The text's headline: the first line of at least four words that is not furniture, capitals only, a byline or a speaker turn. */
export function proposeTitle(raw: string): string | undefined {
  for (const line of normalizeText(raw).split('\n').slice(0, SCAN_LINES)) {
    const text = line.trim();
    if (text === '' || isBoilerplateLine(text) || isSpeakerLabelLine(text) || NOT_HEADLINE.test(text) || DATELINE.test(text)) continue;
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters !== '' && letters === letters.toUpperCase()) continue;
    if (text.split(/\s+/).length < 4) continue;
    return text.length > 200 ? `${[...text].slice(0, 199).join('')}…` : text;
  }
  return undefined;
}

/** The first date near the top of the text (`February 10, 2026`, `Feb. 10, 2026`, `2026-02-10`) as YYYY-MM-DD. */
export function proposePublished(raw: string): string | undefined {
  for (const line of normalizeText(raw).split('\n').slice(0, SCAN_LINES)) {
    const iso = ISO_DATE.exec(line);
    if (iso) return iso[0];
    const m = DATELINE.exec(line);
    if (!m) continue;
    const month = MONTHS.indexOf((m[1] as string).slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

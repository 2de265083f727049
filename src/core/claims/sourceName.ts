/**
 * How the claims board names a source: its outlet when the sidecar records one, else the
 * text's headline, else its file name. Headlines are found past the site furniture that
 * pasted web pages start with (skip links, player and menu lines, mastheads in capitals).
 */

const furniture = /^(skip to|listen|menu|search|sign in|log in|subscribe|donate|share|advertisement|photo|image|gallery|heard on|by\s)/i;
const speakerLabel = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]+(,\s*[A-ZÀ-ÖØ-Þ .'’-]+)?:/;
const maxLength = 90;

/** The first line that reads like a headline, or undefined. */
export function headlineOf(raw: string): string | undefined {
  for (const line of raw
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .slice(0, 40)) {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text === '' || furniture.test(text) || speakerLabel.test(text)) continue;
    if ((text.match(/[·|•]/g) ?? []).length >= 1) continue; // menus and reading tools
    const words = text.split(' ');
    if (words.length < 3) continue;
    if (text === text.toUpperCase() && words.length <= 5) continue; // a masthead
    const points = [...text];
    return points.length <= maxLength ? text : `${points.slice(0, maxLength - 1).join('')}…`;
  }
  return undefined;
}

/**
 * The name of a source on the board. `outlet` is the sidecar's outlet when it has one (the
 * exchange issue adds it); `fallback` is what to show when the text has no headline.
 */
export function sourceName(text: string, outlet: string | undefined, fallback: string): string {
  return outlet?.trim() || headlineOf(text) || fallback;
}

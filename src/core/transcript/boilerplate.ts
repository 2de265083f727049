/*
 * Closing boilerplate and the player/page chrome that comes along when a
 * transcript or an article is copied from a website. Mirrors the
 * `boilerplate` rules of `syntaxes/transcript.tmLanguage.json`; keep the two
 * in step (a unit test feeds both the same lines). Chrome words only count
 * when they stand alone on their line, so that prose such as "Download speeds
 * doubled" is never hidden. Rules that need the whole document (the masthead
 * before the headline, author bios after the end, lines repeated across an
 * outlet's files) are in `chrome.ts`.
 */
const COPYRIGHT = String.raw`(?:Copyright\s*(?:©|\([cC]\)|\d{4})|©\s*\d{4}|Transcript provided by\b)[^\r\n]*`;
const SHOW_WORD = String.raw`(?:[\p{Lu}\p{Nd}][^\s]*|&)`;
const CHROME = String.raw`(?:Heard on ${SHOW_WORD}(?: ${SHOW_WORD})*|\d+-Minute Listen|Download|Embed|Transcript|Playlist|Toggle more options)`;
// A photographer and an agency: `Ola Brandt/Meridian Wire`, `AP Photo/Ola Brandt`.
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’&\-]*(?: \p{Lu}[\p{L}\p{M}.'’&\-]*){0,3}`;
const PHOTO_CREDIT = String.raw`${CREDIT_NAME} ?/ ?${CREDIT_NAME}`;

const BOILERPLATE_AT = new RegExp(String.raw`[ \t]*(?:${COPYRIGHT}|(?:${CHROME}|${PHOTO_CREDIT})[ \t]*(?=[\r\n]|$))`, 'uy');

/*
 * Site furniture, matched case-insensitively against the whole trimmed line:
 * menus and share buttons, the player (`0:00 0:00`), "Up next" teasers,
 * reading tools ("4 min read", "Published: ... Updated: ..."), gallery
 * counters ("3 of 12"), photo credits and newsletter or app plugs.
 */
const BUTTONS = [
  'listen live',
  'live stream',
  'live radio',
  'listen',
  'now playing',
  'on air now',
  'donate',
  'sign in',
  'log in',
  'menu',
  'open menu',
  'close',
  'search',
  'skip to content',
  'skip to main content',
  'share',
  'share this story',
  'share this article',
  'share this page',
  'copy link',
  'link copied',
  'print',
  'email',
  'facebook',
  'twitter',
  'whatsapp',
  'linkedin',
  'advertisement',
  'read more',
  'related',
  'related stories',
  'more stories',
  'comments',
  'save',
  'save article',
  'follow',
  'listen to this article',
  'listen to this story',
  'listen to article',
  'read aloud',
  'reading mode',
  'font size',
  'text size',
  'aa',
  'a a',
  'a+ a-',
  'a- a+',
  'view comments',
  'show comments',
];
const TIMER = String.raw`-?\d{1,2}:\d{2}(?::\d{2})?`;
const FURNITURE_PARTS = [
  `(?:${BUTTONS.map((b) => b.replace(/[+]/g, '\\+')).join('|')})`,
  String.raw`up next(?:\s*[:|—–-].*)?`,
  String.raw`\d+\s*-?\s*min(?:ute)?s?\.? read`,
  String.raw`(?:published|updated|last updated|posted|modified)\s*:.*`,
  String.raw`(?:(?:image|photo|slide|picture)\s+)?\d+\s*(?:of|/)\s*\d+`,
  String.raw`(?:photo|photograph|image|picture|video|credit|photo credit|illustration|caption)s?\s*:\s*\S.*`,
  String.raw`(?:photo|photograph|image|illustration)s? (?:by|courtesy of) \S.*`,
  String.raw`(?:sign up|subscribe|get|download|install|follow us|join)\b.{0,80}\b(?:newsletters?|apps?|alerts|podcasts?|inbox)\b.*`,
  String.raw`${TIMER}(?:\s*/?\s*${TIMER})+|0:00`,
];
/** The furniture alternatives as one source, shared with the grammar test. */
export const FURNITURE_SOURCE = `(?:${FURNITURE_PARTS.join('|')})`;
const FURNITURE = new RegExp(String.raw`^[ \t]*${FURNITURE_SOURCE}[ \t]*$`, 'iu');

/**
 * Whether the line `[start, end)` of `text` is boilerplate (copyright,
 * "Transcript provided by …", or a stand-alone chrome line such as
 * `Embed`, `Heard on Morning Report`, `0:00 0:00` or `3 of 12`).
 */
export function isBoilerplateAt(text: string, start: number, end: number): boolean {
  BOILERPLATE_AT.lastIndex = start;
  const match = BOILERPLATE_AT.exec(text);
  if (match !== null && start + match[0].length >= end) return true;
  // Furniture lines are short; skip the regex on long prose lines.
  return end - start <= 200 && FURNITURE.test(text.slice(start, end));
}

/** Whether a single line (without its terminator) is boilerplate. */
export function isBoilerplateLine(line: string): boolean {
  return isBoilerplateAt(line, 0, line.length);
}

// The closing credit glued to the words before it: `... goodbye.Transcript provided by WVPR, Copyright WVPR.`
const INLINE_CREDIT = /(?:Transcript provided by\b|(?<![\p{L}\p{N}])(?:Copyright\s*(?:©|\([cC]\)|\d{4})|©\s*\d{4}))/u;

/**
 * Where a closing credit starts inside the line `[start, end)` when words
 * come before it on the same line ("… (SOUNDBITE OF MUSIC) Transcript
 * provided by WVPR, Copyright WVPR."), or `undefined`. The credit runs to the
 * end of the line.
 */
export function inlineCreditAt(text: string, start: number, end: number): number | undefined {
  const line = text.slice(start, end);
  // Cheap test first: parseTurns asks this of every line of long transcripts.
  if (!line.includes('©') && !line.includes('Copyright') && !line.includes('Transcript provided')) return undefined;
  const match = INLINE_CREDIT.exec(line);
  if (!match || line.slice(0, match.index).trim() === '') return undefined;
  return start + match.index;
}

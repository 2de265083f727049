/*
 * Closing boilerplate and the player/page chrome that comes along when a
 * transcript is copied from a broadcaster's website. Mirrors the
 * `boilerplate` rule of `syntaxes/transcript.tmLanguage.json`; keep the two in
 * step. Chrome words only count when they stand alone on their line, so that
 * prose such as "Download speeds doubled" is never hidden.
 */
const COPYRIGHT = String.raw`(?:Copyright\s*(?:©|\([cC]\)|\d{4})|©\s*\d{4}|Transcript provided by\b)[^\r\n]*`;
const SHOW_WORD = String.raw`(?:[\p{Lu}\p{Nd}][^\s]*|&)`;
const CHROME = String.raw`(?:Heard on ${SHOW_WORD}(?: ${SHOW_WORD})*|\d+-Minute Listen|Download|Embed|Transcript|Playlist|Toggle more options)`;

const BOILERPLATE_AT = new RegExp(String.raw`[ \t]*(?:${COPYRIGHT}|${CHROME}[ \t]*(?=[\r\n]|$))`, 'uy');

/**
 * Whether the line `[start, end)` of `text` is boilerplate (copyright,
 * "Transcript provided by …", or a stand-alone chrome line such as
 * `Embed` or `Heard on Morning Report`).
 */
export function isBoilerplateAt(text: string, start: number, end: number): boolean {
  BOILERPLATE_AT.lastIndex = start;
  const match = BOILERPLATE_AT.exec(text);
  return match !== null && start + match[0].length >= end;
}

/** Whether a single line (without its terminator) is boilerplate. */
export function isBoilerplateLine(line: string): boolean {
  return isBoilerplateAt(line, 0, line.length);
}

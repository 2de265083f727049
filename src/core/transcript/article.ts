/*
 * The outline of an article: its headline, its sections (short unpunctuated
 * lines between paragraphs, after the body has started) and the sources each
 * section quotes, plus the blocks of boilerplate to fold away. Offsets are
 * UTF-16 offsets into the text given.
 */
import { attributeSentences, type Attribution } from './attribution';
import { bodyStartIndex, docLines, headlineIndex, isSentenceLine, wordCount, type BoilerplateRange, type DocLine } from './chrome';
import { trimmedSentences } from './sentences';
import { matchSpeakerLabel } from './speaker-label';
import type { TextRange } from './types';

/** A source quoted in a section: its name as first written, every place it is named. */
export interface QuotedSource {
  name: string;
  kind: Attribution['kind'];
  mentions: TextRange[];
}

/** A section: the headline's (untitled) lead, or one under a subheading. */
export interface ArticleSection {
  /** The subheading; absent for the part under the headline. */
  title?: TextRange & { text: string };
  range: TextRange;
  sources: QuotedSource[];
}

/** A run of boilerplate lines with nothing but blank lines between them. */
export interface BoilerplateBlock extends TextRange {
  lines: number;
  first: string;
}

/** What {@link outlineArticle} finds. */
export interface ArticleOutline {
  headline?: TextRange & { text: string };
  sections: ArticleSection[];
  boilerplate: BoilerplateBlock[];
}

/** Groups boilerplate ranges (sorted) into blocks separated by text that is not boilerplate. */
export function boilerplateBlocks(text: string, ranges: readonly BoilerplateRange[]): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [];
  for (const r of ranges) {
    const last = blocks[blocks.length - 1];
    if (last && text.slice(last.end, r.start).trim() === '') {
      last.end = r.end;
      last.lines++;
    } else blocks.push({ start: r.start, end: r.end, lines: 1, first: text.slice(r.start, r.end).trim() });
  }
  return blocks;
}

const STAGE_LINE = /^\s*\(.*\)\s*$/u;
const DATE_LINE = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*,?\s+)?(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})/u;

/**
 * The outline of `text` given its boilerplate (from `findBoilerplate`).
 * Sources named by a surname only ("Reyes") are listed under the full name
 * seen before ("Elin Reyes").
 */
export function outlineArticle(text: string, boilerplate: readonly BoilerplateRange[]): ArticleOutline {
  const lines = docLines(text);
  const chromeLines = new Set<number>();
  let b = 0;
  lines.forEach((l, i) => {
    while (b < boilerplate.length && (boilerplate[b] as BoilerplateRange).end <= l.start) b++;
    const r = boilerplate[b];
    if (r && r.start <= l.start && r.end >= l.contentEnd) chromeLines.add(i);
  });
  const isChrome = (i: number): boolean => chromeLines.has(i);
  const body = bodyStartIndex(text, lines, isChrome);
  const headlineAt = headlineIndex(lines, body, isChrome);
  const headlineLine = lines[headlineAt];
  const contentLines = lines.map((l, i) => ({ l, i })).filter(({ i }) => !isChrome(i));
  const last = contentLines[contentLines.length - 1]?.l;
  const outline: ArticleOutline = { sections: [], boilerplate: boilerplateBlocks(text, boilerplate) };
  if (headlineLine) outline.headline = { start: headlineLine.start, end: headlineLine.contentEnd, text: headlineLine.text };
  if (!last || body < 0) return outline;
  const first = headlineLine ?? lines[body];
  if (!first) return outline;
  const titles = contentLines.filter(({ l, i }) => i > body && isSubheading(text, l));
  const starts = [first.start, ...titles.map(({ l }) => l.start)];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? lastContentEndBefore(contentLines, starts[k + 1] as number, start) : last.contentEnd;
    const section: ArticleSection = { range: { start, end }, sources: [] };
    const title = k > 0 ? titles[k - 1]?.l : undefined;
    if (title) section.title = { start: title.start, end: title.contentEnd, text: title.text };
    outline.sections.push(section);
  });
  addSources(
    text,
    outline,
    contentLines.filter(({ i }) => i >= body).map(({ l }) => l),
  );
  return outline;
}

function lastContentEndBefore(lines: ReadonlyArray<{ l: DocLine }>, before: number, floor: number): number {
  let end = floor;
  for (const { l } of lines) if (l.start < before) end = Math.max(end, l.contentEnd);
  return end;
}

/** A subheading: a short line without sentence punctuation, not a label, a stage direction, a byline or a date. */
function isSubheading(text: string, line: DocLine): boolean {
  const words = wordCount(line.text);
  return (
    words >= 1 &&
    words <= 10 &&
    !isSentenceLine(line.text) &&
    /^\s*\p{Lu}/u.test(line.text) &&
    !/[,;:]$/u.test(line.text) &&
    matchSpeakerLabel(text, line.start) === undefined &&
    !STAGE_LINE.test(line.text) &&
    !/^(?:By|From)\s/u.test(line.text.trim()) &&
    !DATE_LINE.test(line.text.trim())
  );
}

function addSources(text: string, outline: ArticleOutline, bodyLines: readonly DocLine[]): void {
  const sentences: TextRange[] = [];
  for (const l of bodyLines) {
    const label = matchSpeakerLabel(text, l.start);
    sentences.push(...trimmedSentences(text, label ? label.end : l.start, l.contentEnd));
  }
  const known: QuotedSource[] = [];
  attributeSentences(text, sentences).forEach((a) => {
    if (!a) return;
    const section = outline.sections.find((s) => a.source.start >= s.range.start && a.source.end <= s.range.end);
    if (!section) return;
    const name = canonicalName(a.source.text, known);
    let entry = section.sources.find((s) => s.name === name);
    if (!entry) {
      entry = { name, kind: a.kind, mentions: [] };
      section.sources.push(entry);
      if (!known.some((k) => k.name === name)) known.push(entry);
    }
    if (!entry.mentions.some((m) => m.start === a.source.start)) entry.mentions.push({ start: a.source.start, end: a.source.end });
  });
}

const TITLE_WORD = /^(?:Prof\.|Professor|Dr\.|Mr\.|Mrs\.|Ms\.|Minister|Prime Minister|President|Mayor|Gov\.|Sen\.)\s+/u;

/** "Reyes" or "Prof. Reyes" after "Prof. Elin Reyes": the fuller name already seen. */
export function canonicalName(source: string, known: readonly { name: string }[]): string {
  const bare = source.replace(TITLE_WORD, '').replace(/^the\s+/u, 'The ');
  const surname = bare.split(/\s+/u).pop() ?? bare;
  const match = known.find(
    (k) => k.name !== source && k.name.replace(TITLE_WORD, '').split(/\s+/u).pop() === surname && k.name.length > source.length && /^\p{Lu}/u.test(surname),
  );
  if (match) return match.name;
  const same = known.find((k) => k.name.toLowerCase() === source.toLowerCase());
  return same ? same.name : source;
}

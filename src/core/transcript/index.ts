/**
 * The transcript document model: speaker labels, name normalisation and turn
 * parsing. Pure TypeScript with no `vscode` dependency, so it runs in unit
 * tests and benchmarks as well as in the extension host. All offsets are
 * UTF-16 offsets into the string the caller passed in.
 */
export type { SpeakerIdentity, SpeakerLabel, TextRange, Turn } from './types';
export { isSpeakerLabelLine, matchSpeakerLabel, speakerLabelAt } from './speaker-label';
export { describeSpeaker, normalizeSpeakerName, titleCaseWord } from './speaker-name';
export { SpeakerResolver, normalizeSpeakers } from './speaker-resolver';
export { isBoilerplateAt, isBoilerplateLine } from './boilerplate';
export { parseTurns } from './turns';
export { FURNITURE_SOURCE, inlineCreditAt } from './boilerplate';
export {
  findBoilerplate,
  repeatedLines,
  lineKey,
  overlapsBoilerplate,
  docLines,
  bodyStartIndex,
  headlineIndex,
  wordCount,
  isSentenceLine,
  type BoilerplateRange,
  type BoilerplateReason,
  type BoilerplateOptions,
  type DocLine,
} from './chrome';
export { attributeSentence, attributeSentences, type Attribution } from './attribution';
export {
  outlineArticle,
  boilerplateBlocks,
  canonicalName,
  type ArticleOutline,
  type ArticleSection,
  type BoilerplateBlock,
  type QuotedSource,
} from './article';
export { reportedClauses, sentenceSpans, trimmedSentences } from './sentences';

/** Suggested annotations: speaker turns, registry entity mentions and candidate claims, all `proposed`. */
export { suggestAnnotations, isSuggested, SUGGESTED_ATTRIBUTE, type SuggestInput } from './suggest';
export { claimCandidates, type ClaimCandidate } from './sentences';
export { IntervalSet } from './intervals';
export { tagAllMentions, type TagMentionsInput } from './tagMentions';
export { isLearnableAlias } from './aliases';
export { linkedPeople, SpeakerEntities, type KnownPerson } from './speakerEntity';

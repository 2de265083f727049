/** Pure helpers of the tagging commands. */
export { trimSpan, slugify } from './spans';
export { createAnnotation, findSameSpan, type AnnotationFields, type CreateOptions } from './create';
export { attributionCandidates, resolveAttribution, type AttributionCandidate } from './attribution';
export { stepSpan, type SpanEdge, type SpanStep } from './resize';
export { attributionLabel, entityLabel } from './displayNames';

/**
 * Claim groups: a claim belongs to the group of the question it answers,
 * stored in its free attributes as `question` ("How many people were
 * detained?"), so the sidecar format needs no new field.
 */
import type { Annotation, ClaimAnnotation } from '../schema';

/** Attribute holding a claim's question. */
export const QUESTION_ATTRIBUTE = 'question';

/** A claim together with its document, so `by` and entity references can be resolved. */
export interface ClaimRef {
  /** The document's key (as used by the caller, e.g. a workspace-relative path). */
  key: string;
  claim: ClaimAnnotation;
  /** Every annotation of that document (the claim included). */
  annotations: readonly Annotation[];
}

/** The question a claim answers: its `question` attribute, trimmed; undefined when absent, blank or not a string. */
export function claimQuestion(annotation: Annotation): string | undefined {
  if (annotation.kind !== 'claim') return undefined;
  const value = annotation.attributes?.[QUESTION_ATTRIBUTE];
  if (typeof value !== 'string') return undefined;
  const question = value.replace(/\s+/g, ' ').trim();
  return question === '' ? undefined : question;
}

/**
 * `claim` filed under `question` (undefined or blank removes it), with
 * `modified` stamped; the claim itself when nothing changes.
 */
export function withQuestion(claim: ClaimAnnotation, question: string | undefined, now: Date = new Date()): ClaimAnnotation {
  const clean = question?.replace(/\s+/g, ' ').trim() || undefined;
  if (claim.attributes?.[QUESTION_ATTRIBUTE] === clean) return claim;
  const { [QUESTION_ATTRIBUTE]: _old, ...others } = claim.attributes ?? {};
  const attributes = clean === undefined ? others : { ...others, [QUESTION_ATTRIBUTE]: clean };
  const { attributes: _dropped, ...rest } = claim;
  return { ...rest, ...(Object.keys(attributes).length > 0 ? { attributes } : {}), modified: now.toISOString() };
}

/**
 * Counts of a file's annotations, worded for the status bar and the Annotations view.
 * Free of the vscode module: plain data in, plain text out.
 */
import type { Annotation, AnnotationKind } from '../schema';

export interface Summary {
  /** Drawn (non-orphaned) annotations of each kind. */
  readonly counts: Readonly<Record<AnnotationKind, number>>;
  /** Drawn annotations still proposed. */
  readonly toReview: number;
  readonly orphaned: number;
}

export function summarize(annotations: readonly Annotation[]): Summary {
  const counts = { claim: 0, speaker: 0, entity: 0 };
  let toReview = 0;
  let orphaned = 0;
  for (const annotation of annotations) {
    if (annotation.orphaned) {
      orphaned++;
      continue;
    }
    counts[annotation.kind]++;
    if (annotation.status === 'proposed') toReview++;
  }
  return { counts, toReview, orphaned };
}

const nouns: Record<AnnotationKind, [string, string]> = {
  claim: ['claim', 'claims'],
  speaker: ['speaker', 'speakers'],
  entity: ['entity', 'entities'],
};

/** `1 claim`, `2 entities`. */
export function countOf(kind: AnnotationKind, count: number): string {
  return `${count} ${nouns[kind][count === 1 ? 0 : 1]}`;
}

/** `3 claims · 2 speakers · 5 entities · 4 to review` (every kind, even at 0, so the layout never jumps). */
export function describeSummary(summary: Summary, withReview = true): string {
  const parts = (['claim', 'speaker', 'entity'] as const).map((kind) => countOf(kind, summary.counts[kind]));
  if (withReview) parts.push(`${summary.toReview} to review`);
  return parts.join(' · ');
}

/** Building new annotations from a span of the normalised text. */
import { newAnnotationId } from '../ids';
import { CodePointText, contextAround } from '../offsets';
import type { Annotation, AnnotationStatus, ClaimAnnotation, EntityAnnotation, SpeakerAnnotation } from '../schema';

/** The kind-specific fields of a new annotation. */
export type AnnotationFields =
  | Pick<ClaimAnnotation, 'kind' | 'claimType' | 'by' | 'note'>
  | Pick<SpeakerAnnotation, 'kind' | 'speaker' | 'role' | 'entity' | 'note'>
  | Pick<EntityAnnotation, 'kind' | 'type' | 'entity' | 'note'>;

export interface CreateOptions {
  /** Code point offsets into `text`. */
  readonly start: number;
  readonly end: number;
  readonly existingIds: ReadonlySet<string>;
  readonly status?: AnnotationStatus;
  readonly author?: string;
  readonly now?: Date;
}

/** A new annotation of `[start, end)` with its quote and re-anchoring context. */
export function createAnnotation(text: CodePointText, fields: AnnotationFields, options: CreateOptions): Annotation {
  const { start, end } = options;
  const quote = text.slice(start, end);
  const { prefix, suffix } = contextAround(text, start, end);
  const timestamp = (options.now ?? new Date()).toISOString();
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''));
  return {
    id: newAnnotationId(options.existingIds),
    ...defined,
    start,
    end,
    quote,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
    status: options.status ?? 'accepted',
    ...(options.author ? { author: options.author } : {}),
    created: timestamp,
    modified: timestamp,
  } as Annotation;
}

/** Whether an annotation of the same kind already covers exactly `[start, end)`. */
export function findSameSpan(annotations: readonly Annotation[], kind: Annotation['kind'], start: number, end: number): Annotation | undefined {
  return annotations.find((annotation) => annotation.kind === kind && annotation.start === start && annotation.end === end && !annotation.orphaned);
}

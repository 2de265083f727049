/**
 * The sidecar data model: this zod schema is the single source of truth for
 * what a `<text>.annotations.yaml` file may contain; the TypeScript types and
 * the JSON Schema shipped for editors are both derived from it.
 *
 * Regenerating `schemas/sidecar.schema.json` (the unit test
 * `sidecar-jsonschema` fails when it is stale):
 *
 *     npm run schema
 */
import * as z from 'zod/mini';
import { described, lazySchema } from './zodMini';

/** Sidecar format version this code reads and writes. */
export const SIDECAR_VERSION = 1;

/** Annotation ids: 8 characters, a lowercase letter then lowercase letters or digits. */
export const ANNOTATION_ID_PATTERN = /^[a-z][a-z0-9]{7}$/;

/** Web addresses in sidecars: http(s), no spaces or characters that break links. */
export const WEB_URL_PATTERN = /^https?:\/\/[^\s"<>\\^`{|}]+$/;
/** A publication date: `2026-11-21`, or a full ISO-8601 timestamp with an offset. */
export const PUBLISHED_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;
/** A BCP 47 language tag as news sites write them: `en`, `fr-CA`, `pt-BR`. */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

// The zod schemas are built on first use, not when the extension loads: a well-formed file is
// checked without them (sidecar/quickCheck.ts), so most sessions never need them at all.
function buildSchemas() {
  // Keys that could reach Object.prototype through naive object building downstream.
  const RESERVED_KEY_PATTERN = /^(?!(?:__proto__|constructor|prototype)$)/;

  const id = z.string().check(
    z.regex(ANNOTATION_ID_PATTERN, {
      error: 'expected an 8-character id: a lowercase letter, then lowercase letters or digits',
    }),
  );
  const offset = z.int({ error: 'expected a whole number' }).check(z.nonnegative({ error: 'expected a number >= 0' }));
  const timestamp = z.iso.datetime({ offset: true, error: 'expected an ISO-8601 timestamp such as 2026-11-21T10:00:00.000Z' });
  const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

  const webUrl = z.string().check(z.regex(WEB_URL_PATTERN, { error: 'expected an http:// or https:// address without spaces' }));

  // Fields every kind shares; the per-kind fields are spliced in by `annotationOf`.
  const common = {
    id: described(id, 'Unique id of this annotation within the sidecar (8 characters, starts with a letter).'),
    start: described(offset, 'Start offset in Unicode code points of the normalised text (BOM removed, CRLF/CR read as one line feed).'),
    end: described(offset, 'End offset (exclusive) in Unicode code points of the normalised text; must be greater than start.'),
    quote: described(z.string().check(z.minLength(1)), 'Exact text between start and end; used to detect and repair drift when the text changes.'),
    prefix: described(z.optional(z.string()), 'Up to 32 code points of text just before the quote, to re-anchor it after edits.'),
    suffix: described(z.optional(z.string()), 'Up to 32 code points of text just after the quote, to re-anchor it after edits.'),
    status: described(z.enum(['proposed', 'accepted', 'rejected']), 'Review status: proposed (default for new annotations), accepted or rejected.'),
    note: described(z.optional(z.string()), 'Free-text note from the annotator.'),
    attributes: described(
      z.optional(
        z.record(
          // Long keys are capped because YAML implicit keys must stay under 1024 characters.
          z
            .string()
            .check(
              z.minLength(1),
              z.maxLength(128, { error: 'attribute names are limited to 128 characters' }),
              z.regex(RESERVED_KEY_PATTERN, { error: 'reserved attribute name' }),
            ),
          attributeValue,
        ),
      ),
      'Extra project-specific attributes: a map of name to string, number, boolean or null.',
    ),
    author: described(z.optional(z.string()), 'Who created the annotation.'),
    created: described(z.optional(timestamp), 'When the annotation was created (ISO-8601).'),
    modified: described(z.optional(timestamp), 'When the annotation was last changed (ISO-8601).'),
    orphaned: described(
      z.optional(z.literal(true)),
      'Set when the annotated text is gone; the annotation is kept with its quote and not checked against the text.',
    ),
  };

  const nonEmpty = (): z.ZodMiniString<string> => z.string().check(z.minLength(1));

  const claimSchema = z.strictObject({
    ...common,
    kind: described(z.literal('claim'), 'A factual claim made in the text.'),
    claimType: described(z.optional(nonEmpty()), 'Kind of claim, e.g. statistic, quote, prediction.'),
    by: described(z.optional(id), 'Id of the speaker or entity annotation that makes this claim.'),
    verdict: described(
      z.optional(nonEmpty()),
      'A fact-checker\'s verdict on the claim, e.g. "False" or "Mostly true" (schema.org reviewRating alternateName).',
    ),
    reviewUrl: described(z.optional(webUrl), 'Address of the published fact check of this claim (schema.org ClaimReview url).'),
  });

  const speakerSchema = z.strictObject({
    ...common,
    kind: described(z.literal('speaker'), 'A speaker turn or byline.'),
    speaker: described(z.optional(nonEmpty()), 'Normalised speaker name, e.g. "Maria Okonjo".'),
    role: described(z.optional(nonEmpty()), 'Role of the speaker, e.g. host, guest, byline.'),
    entity: described(z.optional(nonEmpty()), 'Canonical entity id of the person speaking, shared with their entity mentions.'),
  });

  const entitySchema = z.strictObject({
    ...common,
    kind: described(z.literal('entity'), 'A named entity mention.'),
    type: described(nonEmpty(), 'Entity type (configurable; defaults are person, organization, location, event, other).'),
    entity: described(z.optional(nonEmpty()), 'Canonical entity id shared by all mentions of the same entity.'),
  });

  // One annotation (a union discriminated by `kind`).
  const annotationSchema = described(z.discriminatedUnion('kind', [claimSchema, speakerSchema, entitySchema]), 'One annotation of a span of the text.');

  // Where the text comes from: who published it, when, at which address, in which language.
  const documentSourceSchema = described(
    z.strictObject({
      outlet: described(z.optional(nonEmpty()), 'The outlet that published the text, e.g. "Varnholm Public Radio".'),
      title: described(z.optional(nonEmpty()), 'The headline or programme title.'),
      url: described(z.optional(webUrl), 'Address of the published text.'),
      published: described(
        z.optional(z.string().check(z.regex(PUBLISHED_PATTERN, { error: 'expected a date such as 2026-11-21 or an ISO-8601 timestamp' }))),
        'When the text was published: a date (2026-11-21) or an ISO-8601 timestamp.',
      ),
      language: described(
        z.optional(z.string().check(z.regex(LANGUAGE_PATTERN, { error: 'expected a language tag such as en or fr-CA' }))),
        'Language of the text as a BCP 47 tag, e.g. en, fr-CA.',
      ),
    }),
    'Where the annotated text was published (all fields optional).',
  );

  const sidecarSchema = described(
    z.strictObject({
      version: described(z.literal(SIDECAR_VERSION), 'Sidecar format version; this extension reads version 1.'),
      text: described(nonEmpty(), 'File name of the annotated text file, next to this sidecar.'),
      textHash: described(
        z.string().check(z.regex(/^fnv1a64:[0-9a-f]{16}$/, { error: 'expected fnv1a64: followed by 16 lowercase hex digits' })),
        'FNV-1a 64 hash of the normalised text when the annotations were saved (fnv1a64:<16 hex>).',
      ),
      source: z.optional(documentSourceSchema),
      annotations: described(z.array(annotationSchema), 'The annotations, sorted by start, end, id.'),
    }),
    'Annotations (claims, speakers, entities) of a news article or transcript.',
  );
  return { claimSchema, speakerSchema, entitySchema, attributeValue, annotationSchema, documentSourceSchema, sidecarSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= buildSchemas());

/** Schema of one annotation (a union discriminated by `kind`). */
export const annotationSchema = lazySchema(() => schemas().annotationSchema);
/** Where the text comes from: who published it, when, at which address, in which language. */
export const documentSourceSchema = lazySchema(() => schemas().documentSourceSchema, true);
/** Schema of a whole sidecar file. */
export const sidecarSchema = lazySchema(() => schemas().sidecarSchema);

/** A claim annotation. */
export type ClaimAnnotation = z.infer<Schemas['claimSchema']>;
/** A speaker annotation. */
export type SpeakerAnnotation = z.infer<Schemas['speakerSchema']>;
/** An entity annotation. */
export type EntityAnnotation = z.infer<Schemas['entitySchema']>;
/** An annotation that can point to a canonical entity: an entity mention or a speaker turn. */
export type LinkedAnnotation = EntityAnnotation | SpeakerAnnotation;
/** Any annotation; narrow on `kind`. */
export type Annotation = z.infer<Schemas['annotationSchema']>;
/** Kinds of annotation. */
export type AnnotationKind = Annotation['kind'];
/** Review status of an annotation. */
export type AnnotationStatus = Annotation['status'];
/** Value of one entry of `attributes`. */
export type AttributeValue = z.infer<Schemas['attributeValue']>;
/** The source of a document (`source:` of a sidecar). */
export type DocumentSource = z.infer<Schemas['documentSourceSchema']>;
/** The parsed content of a sidecar file. */
export type Sidecar = z.infer<Schemas['sidecarSchema']>;

/** Key order of an annotation in the canonical layout (also the set of known keys). */
export const ANNOTATION_KEYS = [
  'id',
  'kind',
  'type',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
  'entity',
  'speaker',
  'role',
  'claimType',
  'by',
  'verdict',
  'reviewUrl',
  'status',
  'note',
  'attributes',
  'author',
  'created',
  'modified',
  'orphaned',
] as const;

/** The canonical entity an annotation points to: an entity mention's, or the person of a speaker turn. */
export function linkedEntity(annotation: Annotation): string | undefined {
  return annotation.kind === 'claim' ? undefined : annotation.entity;
}

/** Top-level key order of the canonical layout. */
export const SIDECAR_KEYS = ['version', 'text', 'textHash', 'source', 'annotations'] as const;

/** Key order of `source:` in the canonical layout. */
export const SOURCE_KEYS = ['outlet', 'title', 'url', 'published', 'language'] as const;

/** JSON Schema (draft-07, which the Red Hat YAML extension understands best) generated from the zod schema. */
export function sidecarJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(schemas().sidecarSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, title: 'Transcript Annotator sidecar' };
}

/** Exact content of `schemas/sidecar.schema.json` (2-space JSON and a trailing newline). */
export function sidecarJsonSchemaText(): string {
  return JSON.stringify(sidecarJsonSchema(), null, 2) + '\n';
}

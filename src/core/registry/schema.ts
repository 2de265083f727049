/**
 * The entity registry: one `entities.annotations.yaml` at the root of each
 * workspace folder names the canonical entities that sidecars refer to with
 * `entity: <id>`. Like the sidecar schema, this zod schema is the single
 * source of truth for the file's shape.
 */
import * as z from 'zod/mini';
import { described, lazySchema } from '../zodMini';

/** Registry format version this code reads and writes. */
export const REGISTRY_VERSION = 1;

/** File name of the registry at the root of a workspace folder. */
export const REGISTRY_FILE_NAME = 'entities.annotations.yaml';

/**
 * Canonical entity ids: what `slugify` produces, i.e. lowercase letters and
 * digits joined by single hyphens. Letters outside Latin are allowed because
 * `slugify` keeps them for names with no Latin letters at all.
 */
export const ENTITY_ID_PATTERN = /^[\p{Ll}\p{Lm}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{N}]+)*$/u;

/** Longest name, alias, type or external id accepted (keeps hostile files bounded). */
export const MAX_NAME_LENGTH = 256;
/** Most aliases one entity may have. */
export const MAX_ALIASES = 100;

// Built on first use, as the sidecar's schemas (see ../schema.ts).
function buildSchemas() {
  const notBlank = /\S/;
  const limited = (): z.core.$ZodCheck<string> => z.maxLength(MAX_NAME_LENGTH, { error: `limited to ${MAX_NAME_LENGTH} characters` });
  const name = z.string().check(limited(), z.regex(notBlank, { error: 'expected a non-empty name' }));

  const entitySchema = z.strictObject({
    id: described(
      z
        .string()
        .check(
          z.regex(ENTITY_ID_PATTERN, { error: 'expected a lowercase id such as jean-luc-abadie (letters and digits joined by single hyphens)' }),
          limited(),
        ),
      'Canonical id that sidecars use in `entity:`, e.g. jean-luc-abadie.',
    ),
    name: described(name, 'Display name, e.g. "Jean-Luc Abadie".'),
    type: described(name, 'Entity type: person, organization, location, event, other or a configured type.'),
    aliases: described(
      z.optional(z.array(name).check(z.maxLength(MAX_ALIASES, { error: `at most ${MAX_ALIASES} aliases` }))),
      'Other ways the entity is written, e.g. "Abadie" or "the prime minister".',
    ),
    // Loose on purpose: a Wikidata QID (Q42), a prefixed id (wikidata:Q42) or a URL are all fine.
    externalId: described(
      z.optional(z.string().check(z.regex(/^\S+$/, { error: 'expected an identifier without spaces, such as Q42' }), limited())),
      'An identifier in an outside knowledge base, e.g. the Wikidata QID Q42.',
    ),
    note: described(z.optional(z.string()), 'Free-text note.'),
  });

  const registrySchema = described(
    z.strictObject({
      version: described(z.literal(REGISTRY_VERSION), 'Registry format version; this extension reads version 1.'),
      entities: described(z.array(entitySchema), 'The canonical entities, sorted by id.'),
    }),
    'Canonical entities shared by the annotations of a workspace folder.',
  );
  return { entitySchema, registrySchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= buildSchemas());

/** Schema of a whole registry file. */
export const registrySchema = lazySchema(() => schemas().registrySchema);

/** One canonical entity. */
export type RegistryEntity = z.infer<Schemas['entitySchema']>;
/** The parsed content of a registry file. */
export type EntityRegistry = z.infer<Schemas['registrySchema']>;

/** Top-level key order of the canonical layout. */
export const REGISTRY_KEYS = ['version', 'entities'] as const;
/** Key order of an entity in the canonical layout (also the set of known keys). */
export const ENTITY_KEYS = ['id', 'name', 'type', 'aliases', 'externalId', 'note'] as const;

/** An empty registry, for a workspace folder that has none yet. */
export function emptyRegistry(): EntityRegistry {
  return { version: REGISTRY_VERSION, entities: [] };
}

/** Whether a file name (or path) is the registry's; such a file is not a sidecar even though its name ends like one. */
export function isRegistryName(path: string): boolean {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1) === REGISTRY_FILE_NAME;
}

/**
 * JSON Schema (draft-07) of the registry, for the Red Hat YAML extension. The
 * manifest's `*.annotations.yaml` glob also matches the registry, so the VS
 * Code layer has to map `entities.annotations.yaml` to this schema instead.
 */
export function registryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(schemas().registrySchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, title: 'Transcript Annotator entity registry' };
}

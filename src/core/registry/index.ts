/** The workspace entity registry (`entities.annotations.yaml`): schema, loading, writing, edits and mention finding. */
export {
  REGISTRY_VERSION,
  REGISTRY_FILE_NAME,
  ENTITY_ID_PATTERN,
  MAX_NAME_LENGTH,
  MAX_ALIASES,
  REGISTRY_KEYS,
  ENTITY_KEYS,
  registrySchema,
  registryJsonSchema,
  emptyRegistry,
  isRegistryName,
  type EntityRegistry,
  type RegistryEntity,
} from './schema';
export { loadRegistry, type RegistryLoadResult } from './load';
export { validateRegistry, type RegistryValidation } from './validate';
export { writeRegistry, sameRegistry } from './canonical';
export { serializeRegistry, isCanonical } from './serialize';
export { editRegistryDocument } from './documentEdit';
export { RegistryError, cleanName, nameKey, namesOf, findEntity, lookupEntities, uniqueEntityId, sortEntities } from './names';
export { renameEntity, addAlias, ensureEntity, type RenameOptions, type EnsureResult } from './operations';
export { mergeEntities, rewriteEntityRefs, type MergeResult } from './merge';
export { findMentions, type Mention, type MentionOptions } from './mentions';

/** Choosing how to save the registry: canonical from scratch, or editing a hand-made file in place. */
import { yamlRead } from '../sidecar/yamlReader';
import { writeRegistry } from './canonical';
import { editRegistryDocument } from './documentEdit';
import type { EntityRegistry } from './schema';
import { validateRegistry } from './validate';

/**
 * Text of `registry` to save over `previousSource`. A canonical previous file
 * (which has no comments, by definition) is rewritten canonically; any other
 * is edited through the `yaml` Document API so comments and hand formatting
 * survive; a previous file that cannot be edited (broken YAML) is replaced.
 */
export function serializeRegistry(registry: EntityRegistry, previousSource?: string): string {
  if (previousSource === undefined) return writeRegistry(registry);
  const previous = previousSource.charCodeAt(0) === 0xfeff ? previousSource.slice(1) : previousSource;
  if (isCanonical(previous)) return writeRegistry(registry);
  return editRegistryDocument(previous, registry) ?? writeRegistry(registry);
}

/** Whether `source` is exactly the canonical text of the registry it holds. */
export function isCanonical(source: string): boolean {
  const read = yamlRead(source);
  const registry = read.problems.length === 0 ? validateRegistry(read.value).registry : undefined;
  return registry !== undefined && writeRegistry(registry) === source;
}

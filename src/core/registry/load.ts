/**
 * Loading the registry with positioned problems, through the sidecar's full
 * YAML reader and locator (registries are small, so there is no fast path).
 * The same guards apply as to sidecars: size limit, NUL bytes, YAML alias cap
 * and nesting depth. Never throws on any input.
 */
import { FILE_START, problemAt, type Problem } from '../problems';
import { MAX_SIDECAR_BYTES, utf8Length } from '../sidecar/load';
import { locateIssues, yamlLocator } from '../sidecar/locate';
import { yamlRead } from '../sidecar/yamlReader';
import { writeRegistry } from './canonical';
import type { EntityRegistry } from './schema';
import { validateRegistry } from './validate';

/** Result of {@link loadRegistry}. */
export interface RegistryLoadResult {
  /** Present only when there is no error (warnings allowed). */
  registry?: EntityRegistry;
  /** Every problem, lines and columns 0-based in UTF-16 units as for sidecars. */
  problems: Problem[];
  /** True when the source is exactly the canonical text, so rewriting it from scratch loses nothing. */
  canonical: boolean;
}

/** Parses and validates the text of `entities.annotations.yaml`. */
export function loadRegistry(source: string, options: { maxBytes?: number } = {}): RegistryLoadResult {
  const limit = options.maxBytes ?? MAX_SIDECAR_BYTES;
  const bytes = utf8Length(source, limit);
  if (bytes > limit) {
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
    return {
      problems: [problemAt(FILE_START, 'error', 'too-large', `entity registry is too large (${mb(bytes)} MB; limit ${mb(limit)} MB)`)],
      canonical: false,
    };
  }
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.indexOf('\0') !== -1) {
    return { problems: [problemAt(FILE_START, 'error', 'not-text', 'not a UTF-8 text file (it contains NUL characters)')], canonical: false };
  }
  const read = yamlRead(text);
  // The shared reader words its limits for sidecars.
  const problems = read.problems.map((p) => ({ ...p, message: p.message.replace(/^sidecar\b/, 'entity registry') }));
  if (problems.some((p) => p.severity === 'error')) return { problems, canonical: false };
  const validation = validateRegistry(read.value);
  problems.push(...locateIssues(validation.issues, yamlLocator(read)));
  if (validation.registry === undefined || problems.some((p) => p.severity === 'error')) return { problems, canonical: false };
  return { registry: validation.registry, problems, canonical: writeRegistry(validation.registry) === text };
}

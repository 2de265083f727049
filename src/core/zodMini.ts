/**
 * zod's small build (`zod/mini`) for the schemas: the full build gives every schema methods
 * such as `toJSONSchema()`, which drag the JSON Schema generator into the extension bundle
 * even though only `npm run schema` and the unit tests need it.
 */
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

// The full build loads the English messages by itself; zod/mini leaves that to its user, and
// validation errors quote these messages.
z.config(en());

/**
 * `schema` with a description for the JSON Schema, registered on a copy the way the full
 * build's `.describe()` does (the schema passed in keeps no description of its own).
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** A schema built on first use: what callers of the sidecar and registry schemas use of it. */
export interface LazySchema<T extends z.ZodMiniType> {
  /** The schema itself (built now if it was not yet). */
  readonly schema: T;
  readonly safeParse: T['safeParse'];
}

/** {@link LazySchema} of `build`'s schema; `withShape` also passes an object schema's `shape` on. */
export function lazySchema<T extends z.ZodMiniType>(build: () => T): LazySchema<T>;
export function lazySchema<T extends z.ZodMiniObject>(build: () => T, withShape: true): LazySchema<T> & { readonly shape: T['shape'] };
export function lazySchema<T extends z.ZodMiniType>(build: () => T, withShape = false): LazySchema<T> {
  const lazy = {
    get schema(): T {
      return build();
    },
    safeParse: ((value: unknown) => build().safeParse(value)) as T['safeParse'],
  };
  if (withShape) Object.defineProperty(lazy, 'shape', { get: () => (build() as unknown as z.ZodMiniObject).shape });
  return lazy;
}

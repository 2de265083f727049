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

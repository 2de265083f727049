/** Generating annotation ids. */
import { ANNOTATION_ID_PATTERN } from './schema';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHABET = LETTERS + '0123456789';

/**
 * A fresh id not in `existing`. The first character is always a letter so the
 * id can never be read as a number, boolean or null by any YAML reader.
 * `random` returns numbers in [0, 1), like Math.random (injectable for tests).
 */
export function newAnnotationId(existing: ReadonlySet<string>, random: () => number = Math.random): string {
  // 26 * 36^7 ids: a collision loop this long means `random` is broken.
  for (let attempt = 0; attempt < 1000; attempt++) {
    let id = pick(LETTERS, random);
    for (let i = 1; i < 8; i++) id += pick(ALPHABET, random);
    if (!existing.has(id)) return id;
  }
  throw new Error('could not generate a unique annotation id (is the random source constant?)');
}

function pick(alphabet: string, random: () => number): string {
  const i = Math.min(alphabet.length - 1, Math.floor(random() * alphabet.length));
  return alphabet.charAt(i);
}

/** Whether `id` has the shape of an annotation id. */
export function isAnnotationId(id: string): boolean {
  return ANNOTATION_ID_PATTERN.test(id);
}

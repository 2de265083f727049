/**
 * All occurrences of many strings in one pass over a text (Rabin-Karp with a
 * bit filter): re-anchoring looks for the few annotations it could not find
 * near their predicted position (a moved paragraph) all at once, because a
 * native search per annotation costs ~0.3 ms per MB of text, and an index of
 * the whole text costs more to build than one such pass.
 */

/** Units hashed at each text position; every key must be at least this long. */
export const GRAM = 16;

const BASE = 0x01000193;
// BASE to the power GRAM - 1: the weight of the unit leaving the rolling window.
const DROP = Array.from({ length: GRAM - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1);
const FILTER_BITS = 20;

/**
 * For each key (at least GRAM units), the UTF-16 starts of its occurrences in
 * `text`, ascending, at most `limit` per key.
 */
export function findAll(text: string, keys: readonly string[], limit = 1000): number[][] {
  const found = keys.map((): number[] => []);
  // Each key is recognised by the hash of its middle GRAM units (a key often starts with a common phrase).
  const byHash = new Map<number, { key: number; offset: number }[]>();
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  keys.forEach((key, k) => {
    if (key.length < GRAM) throw new RangeError(`key shorter than ${GRAM} units`);
    const offset = (key.length - GRAM) >> 1;
    let h = 0;
    for (let i = offset; i < offset + GRAM; i++) h = (Math.imul(h, BASE) + key.charCodeAt(i)) | 0;
    const entries = byHash.get(h) ?? [];
    entries.push({ key: k, offset });
    byHash.set(h, entries);
    const bit = h >>> (32 - FILTER_BITS);
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
  });
  if (keys.length === 0) return found;
  const hits = candidates(text, filter);
  for (let c = 0; c < hits.length; c += 2) {
    const at = hits[c] as number;
    for (const { key, offset } of byHash.get(hits[c + 1] as number) ?? []) {
      const p = at - offset;
      const list = found[key] as number[];
      if (p >= 0 && list.length < limit && text.startsWith(keys[key] as string, p)) list.push(p);
    }
  }
  return found;
}

// Start and hash of every GRAM-unit substring whose hash passes the filter. The text is hashed
// in chunks by a small call-free function: after a few chunks the engine has optimised it, where
// one long loop would run unoptimised for much of a cold first call.
function candidates(text: string, filter: Uint32Array): number[] {
  const out: number[] = [];
  let h = 0;
  for (let i = 0; i < Math.min(text.length, GRAM - 1); i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  for (let from = GRAM - 1; from < text.length; from += CHUNK) h = chunk(text, filter, from, Math.min(text.length, from + CHUNK), h, out);
  return out;
}

const CHUNK = 1 << 14;

// Rolls the hash over text[from, to), given the hash of the GRAM - 1 units before `from`; returns it for the next chunk.
function chunk(text: string, filter: Uint32Array, from: number, to: number, hash: number, out: number[]): number {
  let h = hash;
  for (let i = from; i < to; i++) {
    h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    const bit = h >>> (32 - FILTER_BITS);
    if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0) out.push(i - GRAM + 1, h);
    // Drop the unit leaving the window before the next one comes in.
    h = (h - Math.imul(text.charCodeAt(i - GRAM + 1), DROP)) | 0;
  }
  return h;
}

// Units of a short quote's head that {@link countOnce} hashes.
const HEAD = 4;

/**
 * For each quote, where it starts if it occurs exactly once in `text`: one
 * pass for all quotes of at least {@link HEAD} units (hashing each position's
 * first units, with a bit filter), a native search for shorter ones.
 */
export function findLone(text: string, quotes: readonly string[]): (number | undefined)[] {
  const first = quotes.map((): number => -1);
  const seen = quotes.map(() => 0);
  const byHash = new Map<number, number[]>();
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  const head = (s: string, at: number): number => {
    let h = 0;
    for (let i = at; i < at + HEAD; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
    return h;
  };
  quotes.forEach((q, k) => {
    if (q.length < HEAD) {
      for (let p = text.indexOf(q); p !== -1 && seen[k]! < 2; p = text.indexOf(q, p + 1)) [first[k], seen[k]] = [p, seen[k]! + 1];
      return;
    }
    const h = head(q, 0);
    const list = byHash.get(h) ?? [];
    list.push(k);
    byHash.set(h, list);
    const bit = h >>> (32 - FILTER_BITS);
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
  });
  if (byHash.size > 0) {
    const drop = Array.from({ length: HEAD - 1 }).reduce<number>((x) => Math.imul(x, BASE), 1);
    let h = 0;
    for (let i = 0; i < Math.min(text.length, HEAD - 1); i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    for (let i = HEAD - 1; i < text.length; i++) {
      h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
      const bit = h >>> (32 - FILTER_BITS);
      if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0) {
        const at = i - HEAD + 1;
        for (const k of byHash.get(h) ?? []) {
          if (seen[k]! < 2 && text.startsWith(quotes[k] as string, at)) [first[k], seen[k]] = [at, seen[k]! + 1];
        }
      }
      h = (h - Math.imul(text.charCodeAt(i - HEAD + 1), drop)) | 0;
    }
  }
  return quotes.map((_, k) => (seen[k] === 1 ? first[k] : undefined));
}

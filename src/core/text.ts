/**
 * Decoding, normalising and hashing annotated text files.
 *
 * The normalised text is what Python's `open(f, encoding='utf-8-sig').read()`
 * returns: one leading BOM removed, CRLF and lone CR each read as `\n`. All
 * annotation offsets are code point offsets into that string.
 */

/** Result of {@link decodeText}: the raw text (BOM kept) or why it is not text. */
export type DecodeResult = { ok: true; raw: string } | { ok: false; error: string };

/**
 * Decodes file bytes as strict UTF-8. A leading BOM is kept in `raw` so that
 * the string matches the file byte for byte (OffsetMap and normalizeText both
 * understand it). NUL bytes or invalid UTF-8 mean "not a text file".
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.indexOf(0) !== -1) {
    return { ok: false, error: 'not a UTF-8 text file (it contains NUL bytes; is it binary?)' };
  }
  try {
    return { ok: true, raw: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not a UTF-8 text file (invalid UTF-8 byte sequence)' };
  }
}

/** Removes one leading BOM and turns every CRLF or lone CR into `\n`. */
export function normalizeText(raw: string): string {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return body.indexOf('\r') === -1 ? body : body.replace(/\r\n?/g, '\n');
}

/**
 * `fnv1a64:<16 hex>`: standard 64-bit FNV-1a over the UTF-8 bytes of the
 * normalised text, so any FNV library reproduces it, e.g. in Python:
 * `h=0xcbf29ce484222325; for b in s.encode(): h=((h^b)*0x100000001b3)%2**64`.
 * UTF-8 is produced on the fly from code points (a lone surrogate hashes as
 * U+FFFD, as an encoder would write it), avoiding a 1 MB copy.
 */
export function hashText(normalized: string): string {
  // A save hashes the same long text more than once (the new textHash, then the verification
  // of what is written): comparing it to the last one costs a fraction of hashing it again.
  if (normalized.length >= MEMO_MIN && normalized === lastHashed?.text) return lastHashed.hash;
  const hash = fnv1a64(normalized);
  if (normalized.length >= MEMO_MIN) lastHashed = { text: normalized, hash };
  return hash;
}

const MEMO_MIN = 64 * 1024;
let lastHashed: { text: string; hash: string } | undefined;

function fnv1a64(normalized: string): string {
  // 64-bit state in four 16-bit limbs so every product stays a small integer;
  // prime = 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40).
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const n = normalized.length;
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    let c = normalized.charCodeAt(i);
    let count = 1;
    if (c < 0x80) {
      // ASCII (the bulk of news text) is mixed in directly; same steps as below.
      h0 ^= c;
      const t0 = h0 * 0x1b3;
      const t1 = h1 * 0x1b3 + (t0 >>> 16);
      const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
      h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
      h0 = t0 & 0xffff;
      h1 = t1 & 0xffff;
      h2 = t2 & 0xffff;
      continue;
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = normalized.charCodeAt(i + 1);
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else {
          c = 0xfffd;
        }
      }
      count = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      for (let k = count - 1; k > 0; k--) {
        bytes[k] = 0x80 | (c & 0x3f);
        c >>= 6;
      }
      bytes[0] = (count === 2 ? 0xc0 : count === 3 ? 0xe0 : 0xf0) | c;
    }
    for (let k = 0; k < count; k++) {
      h0 ^= bytes[k] as number;
      const t0 = h0 * 0x1b3;
      let t1 = h1 * 0x1b3;
      let t2 = h2 * 0x1b3 + (h0 << 8);
      const t3 = h3 * 0x1b3 + (h1 << 8);
      t1 += t0 >>> 16;
      h0 = t0 & 0xffff;
      t2 += t1 >>> 16;
      h1 = t1 & 0xffff;
      h3 = (t3 + (t2 >>> 16)) & 0xffff;
      h2 = t2 & 0xffff;
    }
  }
  const hex = (x: number): string => x.toString(16).padStart(4, '0');
  return 'fnv1a64:' + hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

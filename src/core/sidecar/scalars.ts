/**
 * Scalar styles of the canonical layout, shared by the writer and the fast
 * reader so that what one writes plain the other reads back identically.
 *
 * A string is written plain only if every YAML 1.1 and 1.2 reader takes it as
 * that same string: it starts with an ASCII letter, uses a small punctuation
 * set without `#` or `: `, does not end with a space, and is not one of the 1.1
 * words read as booleans or null. Everything else (timestamps and anything
 * starting with a digit included) is a JSON string, which is valid YAML
 * double-quoted syntax with the same meaning.
 */

const PLAIN = /^[A-Za-z](?:[A-Za-z0-9 _.,;:!?'()&+\-/@%=*]*[A-Za-z0-9_.,;!?'()&+\-/@%=*])?$/;
const RESERVED_WORD = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

/** Whether `s` may be written as a plain scalar value (`:` only when not followed by a space). */
export function isPlainSafe(s: string): boolean {
  return PLAIN.test(s) && s.indexOf(': ') < 0 && (s.length > 5 || !RESERVED_WORD.test(s));
}

/** Whether `s` may be written as a plain mapping key: as a value, and without any `:`. */
export function isPlainKey(s: string): boolean {
  return s.indexOf(':') < 0 && isPlainSafe(s);
}

/** A mapping key in the canonical style. */
export function formatKey(s: string): string {
  return isPlainKey(s) ? s : quoteString(s);
}

// JSON leaves these raw; YAML 1.1 reads U+0085/2028/2029 as line breaks and
// the others are not printable YAML characters, so they are escaped as \uXXXX.
const NOT_YAML_SAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

// Characters that need any escaping (JSON's or ours); most strings have none.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/** JSON double-quoted form of `s`, made safe for YAML 1.1 and 1.2 readers. */
export function quoteString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  const json = JSON.stringify(s);
  NOT_YAML_SAFE.lastIndex = 0;
  return NOT_YAML_SAFE.test(json) ? json.replace(NOT_YAML_SAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) : json;
}

/** A string scalar in the canonical style. */
export function formatString(s: string): string {
  return isPlainSafe(s) ? s : quoteString(s);
}

/** A number scalar that every reader parses back to the same double (finite numbers only). */
export function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/** Any attribute value in the canonical style. */
export function formatScalar(v: string | number | boolean | null): string {
  if (typeof v === 'string') return formatString(v);
  if (typeof v === 'number') return formatNumber(v);
  return String(v);
}

const SIMPLE_QUOTED = /^"[^"\\\u0000-\u001f]*"$/;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?$/;

/** Sentinel: the text is not a scalar this reader understands exactly. */
export const UNKNOWN: unique symbol = Symbol('unknown scalar');

/**
 * Reads a scalar written in one of the styles above, or returns UNKNOWN for
 * anything else (the caller then defers to the full YAML parser).
 */
export function parseScalar(text: string): string | number | boolean | null | typeof UNKNOWN {
  const c = text.charCodeAt(0);
  if (c === 34 /* " */) {
    const last = text.length - 1;
    if (last < 1 || text.charCodeAt(last) !== 34) return UNKNOWN;
    // Without escapes, inner quotes or control characters the content is the string itself.
    if (SIMPLE_QUOTED.test(text)) return text.slice(1, last);
    try {
      const v: unknown = JSON.parse(text);
      return typeof v === 'string' ? v : UNKNOWN;
    } catch {
      return UNKNOWN;
    }
  }
  if ((c >= 48 && c <= 57) || c === 45 /* - */) return NUMBER.test(text) ? Number(text) : UNKNOWN;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  return isPlainSafe(text) ? text : UNKNOWN;
}

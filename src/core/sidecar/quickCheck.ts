/**
 * A fast "certainly valid" check of a sidecar value against the zod schema, for the common
 * case of a well-formed file. It may say no to a value zod accepts (zod then decides and
 * words the problems); it must never say yes to a value zod rejects. A property test holds
 * the two together; change them together.
 */
import { ANNOTATION_ID_PATTERN, LANGUAGE_PATTERN, PUBLISHED_PATTERN, SIDECAR_VERSION, WEB_URL_PATTERN, type Sidecar } from '../schema';

const COMMON = ['id', 'kind', 'start', 'end', 'quote', 'prefix', 'suffix', 'status', 'note', 'attributes', 'author', 'created', 'modified', 'orphaned'];
// A Map, not an object: a kind such as "__proto__" must find nothing.
const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['claim', new Set([...COMMON, 'claimType', 'by', 'verdict', 'reviewUrl'])],
  ['speaker', new Set([...COMMON, 'speaker', 'role', 'entity'])],
  ['entity', new Set([...COMMON, 'type', 'entity'])],
]);
const STATUSES = new Set(['proposed', 'accepted', 'rejected']);
const HASH = /^fnv1a64:[0-9a-f]{16}$/;
// Only the exact form toISOString writes; anything else is left to zod.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

type Rec = Record<string, unknown>;
// Plain objects only: zod hands back plain copies of anything else, so those go through zod.
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);
const offset = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const id = (v: unknown): boolean => typeof v === 'string' && ANNOTATION_ID_PATTERN.test(v);
let lastTimestamp = '';
const timestamp = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  // `created` and `modified` are often equal, and neighbours often share them.
  if (v === lastTimestamp) return true;
  if (!TIMESTAMP.test(v)) return false;
  const digits = (from: number, count: number): number => {
    let n = 0;
    for (let i = from; i < from + count; i++) n = n * 10 + v.charCodeAt(i) - 48;
    return n;
  };
  const year = digits(0, 4);
  const month = digits(5, 2);
  const day = digits(8, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= days && digits(11, 2) <= 23 && digits(14, 2) <= 59 && digits(17, 2) <= 59;
  if (valid) lastTimestamp = v;
  return valid;
};
const attributeValue = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const attributes = (v: unknown): boolean =>
  isRecord(v) && Object.keys(v).every((key) => key.length > 0 && key.length <= 128 && !RESERVED.has(key) && attributeValue(v[key]));

function annotationValid(a: unknown): boolean {
  if (!isRecord(a) || typeof a.kind !== 'string') return false;
  const allowed = ALLOWED.get(a.kind);
  if (!allowed || !Object.keys(a).every((key) => allowed.has(key) && a[key] !== undefined)) return false;
  if (!(id(a.id) && offset(a.start) && offset(a.end) && nonEmpty(a.quote) && typeof a.status === 'string' && STATUSES.has(a.status))) return false;
  const strings = [a.prefix, a.suffix, a.note, a.author].every((v) => optional(v, (s) => typeof s === 'string'));
  const common =
    strings &&
    optional(a.attributes, attributes) &&
    optional(a.created, timestamp) &&
    optional(a.modified, timestamp) &&
    optional(a.orphaned, (v) => v === true);
  if (!common) return false;
  if (a.kind === 'claim') return optional(a.claimType, nonEmpty) && optional(a.by, id) && optional(a.verdict, nonEmpty) && optional(a.reviewUrl, webUrl);
  if (a.kind === 'speaker') return optional(a.speaker, nonEmpty) && optional(a.role, nonEmpty) && optional(a.entity, nonEmpty);
  return nonEmpty(a.type) && optional(a.entity, nonEmpty);
}

const matches =
  (pattern: RegExp) =>
  (v: unknown): boolean =>
    typeof v === 'string' && pattern.test(v);
const webUrl = matches(WEB_URL_PATTERN);
const SOURCE_CHECKS: ReadonlyMap<string, (v: unknown) => boolean> = new Map([
  ['outlet', nonEmpty],
  ['title', nonEmpty],
  ['url', webUrl],
  ['published', matches(PUBLISHED_PATTERN)],
  ['language', matches(LANGUAGE_PATTERN)],
]);
const sourceValid = (v: unknown): boolean => isRecord(v) && Object.keys(v).every((key) => SOURCE_CHECKS.get(key)?.(v[key]) === true);

/** True only when `value` is a sidecar the zod schema accepts as it is. */
export function quickValid(value: unknown): value is Sidecar {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  const hasSource = keys.includes('source');
  if (keys.length !== (hasSource ? 5 : 4) || !['version', 'text', 'textHash', 'annotations'].every((key) => keys.includes(key))) return false;
  if (hasSource && !sourceValid(value.source)) return false;
  if (value.version !== SIDECAR_VERSION || !nonEmpty(value.text) || typeof value.textHash !== 'string' || !HASH.test(value.textHash)) return false;
  return Array.isArray(value.annotations) && value.annotations.every(annotationValid);
}

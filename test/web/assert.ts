/**
 * `node:assert/strict` for the web worker extension host, where Node's module does not exist:
 * the web test bundle (test/launcher/webTests.ts) resolves `node:assert/strict` to this file.
 * It holds the assertions the integration suites use, with Node's strict semantics
 * (`Object.is` for primitives, prototypes and own enumerable keys compared, Map and Set by
 * content); test/unit/web-assert.test.ts holds it to Node's own on the same pairs of values.
 */

/** Thrown by a failed assertion, as Node's AssertionError is. */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly code = 'ERR_ASSERTION';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
    readonly operator?: string,
  ) {
    super(message);
  }
}

type Message = string | Error | undefined;

function fail(message: Message, fallback: string, actual?: unknown, expected?: unknown, operator?: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected, operator);
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (value instanceof Map) return `Map(${JSON.stringify([...value.entries()], replacer)})`;
  if (value instanceof Set) return `Set(${JSON.stringify([...value.values()], replacer)})`;
  try {
    return JSON.stringify(value, replacer, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function replacer(_key: string, value: unknown): unknown {
  if (value === undefined) return '<undefined>';
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Map) return { '<Map>': [...value.entries()] };
  if (value instanceof Set) return { '<Set>': [...value.values()] };
  return value;
}

/** Node's `isDeepStrictEqual`, for the kinds of values tests compare. */
export function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  return deepEqualInner(a, b, new Map());
}

function deepEqualInner(a: unknown, b: unknown, seen: Map<object, object>): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  // A cycle compares equal where it closes on the same pair.
  if (seen.get(a) === b) return true;
  seen.set(a, b);

  if (a instanceof Date) return Object.is(a.getTime(), (b as Date).getTime()) && ownKeysEqual(a, b, seen);
  if (a instanceof RegExp)
    return a.source === (b as RegExp).source && a.flags === (b as RegExp).flags && a.lastIndex === (b as RegExp).lastIndex && ownKeysEqual(a, b, seen);
  if (a instanceof Error && (a.message !== (b as Error).message || a.name !== (b as Error).name)) return false;
  if (isBoxed(a)) return Object.is((a as { valueOf(): unknown }).valueOf(), (b as { valueOf(): unknown }).valueOf()) && ownKeysEqual(a, b, seen);
  if (ArrayBuffer.isView(a)) {
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array((b as ArrayBufferView).buffer, (b as ArrayBufferView).byteOffset, (b as ArrayBufferView).byteLength);
    if (x.length !== y.length || x.some((byte, i) => byte !== y[i])) return false;
    return ownKeysEqual(a, b, seen, (key) => !/^\d+$/.test(key));
  }
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    for (const [key, value] of a) {
      if (other.has(key)) {
        if (!deepEqualInner(value, other.get(key), seen)) return false;
        continue;
      }
      // Object keys match by content, as Node does, when no identical key exists.
      if (typeof key !== 'object' || key === null) return false;
      let matched = false;
      for (const [otherKey, otherValue] of other) {
        if (
          typeof otherKey === 'object' &&
          otherKey !== null &&
          !a.has(otherKey) &&
          deepEqualInner(key, otherKey, new Map(seen)) &&
          deepEqualInner(value, otherValue, new Map(seen))
        ) {
          matched = true;
          break;
        }
      }
      if (!matched) return false;
    }
    return ownKeysEqual(a, b, seen);
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    if (a.size !== other.size) return false;
    const unmatched = [...other].filter((value) => !a.has(value));
    for (const value of a) {
      if (other.has(value)) continue;
      if (typeof value !== 'object' || value === null) return false;
      const index = unmatched.findIndex((candidate) => deepEqualInner(value, candidate, new Map(seen)));
      if (index < 0) return false;
      unmatched.splice(index, 1);
    }
    return ownKeysEqual(a, b, seen);
  }
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  return ownKeysEqual(a, b, seen);
}

function isBoxed(value: object): boolean {
  return value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt || value instanceof Symbol;
}

function ownKeysEqual(a: object, b: object, seen: Map<object, object>, include: (key: string) => boolean = () => true): boolean {
  const keysA = enumerableOwnKeys(a).filter((key) => typeof key !== 'string' || include(key));
  const keysB = enumerableOwnKeys(b).filter((key) => typeof key !== 'string' || include(key));
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
    if (!deepEqualInner((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key], seen)) return false;
  }
  return true;
}

function enumerableOwnKeys(value: object): PropertyKey[] {
  return Reflect.ownKeys(value).filter((key) => Object.prototype.propertyIsEnumerable.call(value, key));
}

function ok(value: unknown, message?: Message): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}

function equal(actual: unknown, expected: unknown, message?: Message): void {
  if (!Object.is(actual, expected))
    fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected, 'strictEqual');
}

function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
}

function deepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (!isDeepStrictEqual(actual, expected))
    fail(message, `Expected values to be strictly deep-equal:\nactual:   ${show(actual)}\nexpected: ${show(expected)}`, actual, expected, 'deepStrictEqual');
}

function notDeepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isDeepStrictEqual(actual, expected))
    fail(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected, 'notDeepStrictEqual');
}

function match(actual: string, pattern: RegExp, message?: Message): void {
  if (typeof actual !== 'string' || !pattern.test(actual))
    fail(message, `The input did not match the regular expression ${String(pattern)}. Input:\n${show(actual)}`, actual, pattern, 'match');
}

function doesNotMatch(actual: string, pattern: RegExp, message?: Message): void {
  if (typeof actual !== 'string' || pattern.test(actual))
    fail(message, `The input was expected to not match the regular expression ${String(pattern)}. Input:\n${show(actual)}`, actual, pattern, 'doesNotMatch');
}

/** What `rejects` may check the rejection against: a pattern, an error class or a validator. */
type Expected = RegExp | (new (...args: never[]) => unknown) | ((error: unknown) => boolean);

function isErrorClass(value: unknown): value is new (...args: never[]) => unknown {
  return typeof value === 'function' && (value === Error || value.prototype instanceof Error);
}

async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: Expected | Message, message?: Message): Promise<void> {
  let rejected = false;
  let reason: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    rejected = true;
    reason = error;
  }
  const text = typeof expected === 'string' ? expected : message;
  if (!rejected) fail(text, `Missing expected rejection${typeof text === 'string' ? `: ${text}` : '.'}`, undefined, expected, 'rejects');
  if (expected instanceof RegExp) {
    const shown = reason instanceof Error ? reason.message : String(reason);
    if (!expected.test(shown)) fail(message, `The rejection did not match ${String(expected)}: ${show(shown)}`, reason, expected, 'rejects');
  } else if (isErrorClass(expected)) {
    if (!(reason instanceof expected)) fail(message, `The rejection was not a ${expected.name}: ${String(reason)}`, reason, expected, 'rejects');
  } else if (typeof expected === 'function' && !expected(reason)) {
    fail(message, `The rejection was not the one expected: ${String(reason)}`, reason, expected, 'rejects');
  }
}

function failNow(message?: Message): never {
  return fail(message, 'Failed');
}

const methods = {
  AssertionError,
  ok,
  equal,
  strictEqual: equal,
  notEqual,
  notStrictEqual: notEqual,
  deepEqual,
  deepStrictEqual: deepEqual,
  notDeepEqual,
  notDeepStrictEqual: notDeepEqual,
  match,
  doesNotMatch,
  rejects,
  fail: failNow,
};

/** The strict assertions under the names of `node:assert/strict`; callable itself as `ok`. */
type StrictAssert = ((value: unknown, message?: Message) => asserts value) & typeof methods & { strict: StrictAssert };

const assert = Object.assign((value: unknown, message?: Message): void => ok(value, message), methods) as StrictAssert;
assert.strict = assert;

export default assert;

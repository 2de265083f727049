import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sidecarSchema } from '../../src/core';
import { quickValid } from '../../src/core/sidecar/quickCheck';
import { sampleSidecar } from './sidecar-fixtures';

// Values around the edges of every rule: right and wrong types, empty, reserved, malformed.
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    'aclm0001',
    'Aclm0001',
    '8e324300',
    'proposed',
    'accepted',
    'nonsense',
    'claim',
    'speaker',
    'entity',
    'person',
    '2026-11-21T10:00:00.000Z',
    '2026-02-29T10:00:00.000Z',
    '2024-02-29T10:00:00.000Z',
    '2026-11-21T10:00:00Z',
    '2026-13-01T00:00:00.000Z',
    'fnv1a64:0123456789abcdef',
    'fnv1a64:XYZ',
    '__proto__',
    'https://news.example/fact-check',
    'http://x',
    'https://a b',
    'ftp://x',
    'False',
    'en',
    'fr-CA',
    'e',
    '2026-11-21',
    '2026-02-30',
    '2026-11-21T08:00:00+01:00',
    '2026-11-21T25:00:00Z',
  ),
  fc.constantFrom(0, 1, -1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, true, false, null, undefined),
  fc.constant({}),
  fc.constant([]),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 400 }),
);
const keys = fc.constantFrom(
  'id',
  'kind',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
  'status',
  'note',
  'attributes',
  'author',
  'created',
  'modified',
  'orphaned',
  'claimType',
  'by',
  'verdict',
  'reviewUrl',
  'speaker',
  'role',
  'type',
  'entity',
  'extra',
  '__proto__',
);
const attributes = fc.dictionary(fc.oneof(fc.constantFrom('', '__proto__', 'constructor', 'x'.repeat(129), 'source'), fc.string({ maxLength: 3 })), anyValue, {
  maxKeys: 3,
});

/** A document source with valid, invalid and unknown fields. */
const source = fc.oneof(
  fc.dictionary(fc.constantFrom('outlet', 'title', 'url', 'published', 'language', 'extra', '__proto__'), anyValue, { maxKeys: 4 }),
  anyValue,
);

/** A valid annotation with a few fields changed, added or removed. */
const mutated = fc.tuple(fc.nat(4), fc.array(fc.tuple(keys, fc.oneof(anyValue, attributes), fc.boolean()), { maxLength: 3 })).map(([which, edits]) => {
  const base = { ...(sampleSidecar().annotations[which % sampleSidecar().annotations.length] as Record<string, unknown>) };
  for (const [key, value, remove] of edits) {
    if (remove) delete base[key];
    else Object.defineProperty(base, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return base;
});

describe('The quick sidecar check', () => {
  it('accepts the well-formed sample, exactly as the schema reads it', () => {
    const sidecar = sampleSidecar();
    assert.equal(quickValid(sidecar), true);
    const parsed = sidecarSchema.safeParse(sidecar);
    assert.ok(parsed.success);
    assert.deepEqual(parsed.data, sidecar);
  });

  it('never accepts what the zod schema rejects, across random mutations of valid annotations', () => {
    let quickYes = 0;
    fc.assert(
      fc.property(
        fc.array(mutated, { maxLength: 3 }),
        fc.oneof(fc.constant(1), anyValue),
        fc.option(source, { nil: undefined }),
        (annotations, version, src) => {
          const value: Record<string, unknown> = { ...sampleSidecar(), version, annotations };
          if (src !== undefined) value.source = src;
          if (quickValid(value)) {
            quickYes++;
            const parsed = sidecarSchema.safeParse(value);
            assert.ok(parsed.success, JSON.stringify(value));
            assert.deepEqual(parsed.data, value);
          }
        },
      ),
      { numRuns: 3000 },
    );
    assert.ok(quickYes > 50, `the check said yes ${quickYes} times, so both sides were exercised`);
  });

  it('leaves unknown keys, bad timestamps and reserved attribute names to the schema', () => {
    const [first] = sampleSidecar().annotations;
    const cases: Array<Record<string, unknown>> = [
      { ...first, extra: 1 },
      { ...first, created: '2026-02-30T10:00:00.000Z' },
      { ...first, attributes: JSON.parse('{"__proto__": 1}') },
      { ...first, start: 1.5 },
    ];
    for (const annotation of cases) assert.equal(quickValid({ ...sampleSidecar(), annotations: [annotation] }), false, JSON.stringify(annotation));
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fastRead, loadSidecar, sortedAnnotations, writeCanonical, yamlRead, type Annotation, type Sidecar } from '../../src/core';
import { TEXT } from './sidecar-fixtures';

// Strings YAML readers like to reinterpret, and characters that break naive emitters.
const TRICKY = [
  '',
  ' ',
  '123',
  '-5',
  '0.5',
  '1e5',
  '0x1F',
  '0o17',
  '+1',
  '.inf',
  '-.inf',
  '.nan',
  'true',
  'True',
  'false',
  'null',
  'Null',
  '~',
  'yes',
  'no',
  'Yes',
  'NO',
  'on',
  'off',
  'y',
  'n',
  '=',
  '<<',
  '2026-11-21T10:00:00.000Z',
  '2026-11-21',
  '12:30',
  '1:20',
  '- item',
  '? key',
  ': value',
  'a: b',
  'a:b',
  'a #b',
  '#x',
  'a#b',
  "it's",
  "'quoted'",
  '"dq"',
  '[1, 2]',
  '{a: 1}',
  '&anchor',
  '*alias',
  '!tag',
  '|',
  '>',
  '%YAML',
  '@at',
  '`tick',
  '  leading',
  'trailing  ',
  'tab\there',
  'line\nbreak',
  'cr\rhere',
  'crlf\r\n',
  'back\\slash',
  '\\/',
  'nul\0byte',
  'del\u007f',
  'nel\u0085',
  'ls\u2028ps\u2029',
  'bom\ufeff',
  'e\u0301',
  '🚢 ship',
  '\ud83d\ude00',
  'lone \ud800 high',
  'lone \udc00 low',
  'Müller',
  'ü',
  '\ufffe\uffff',
  'MARIA OKONJO',
  'jean-luc-abadie',
];

const anyChar = fc.oneof(
  fc.constantFrom(...'abz AZ09:#-?\'"\\\t\n\r{}[],&*!|>%@`~.'.split('')),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const str = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: anyChar, maxLength: 12 }),
  fc.tuple(fc.constantFrom(...TRICKY), fc.constantFrom(...TRICKY)).map(([a, b]) => a + b),
);
const key = str.filter((k) => k !== '__proto__' && k.length < 40);
const attrValue = fc.oneof(str, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));

const annotation = fc.record(
  {
    id: str,
    kind: str,
    type: str,
    start: fc.nat(),
    end: fc.nat(),
    quote: str,
    prefix: str,
    suffix: str,
    entity: str,
    speaker: str,
    role: str,
    claimType: str,
    by: str,
    verdict: str,
    reviewUrl: str,
    status: str,
    note: str,
    attributes: fc.dictionary(key, attrValue, { maxKeys: 4 }),
    author: str,
    created: str,
    modified: str,
    orphaned: fc.boolean(),
  },
  { requiredKeys: ['id', 'kind', 'start', 'end', 'quote', 'status'] },
);
const documentSource = fc.record({ outlet: str, title: str, url: str, published: str, language: str }, { requiredKeys: [] });
const sidecar = fc.record(
  { version: fc.oneof(fc.constant(1), fc.nat()), text: str, textHash: str, source: documentSource, annotations: fc.array(annotation, { maxLength: 5 }) },
  { requiredKeys: ['version', 'text', 'textHash', 'annotations'] },
);

// fast-check builds null-prototype records; the readers build ordinary objects.
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
}

function expected(s: Sidecar): unknown {
  return plain({ ...s, annotations: sortedAnnotations(s.annotations) });
}

describe('the fast reader and the full YAML reader', () => {
  it('read every canonical file the writer produces to the same value as the original', () => {
    fc.assert(
      fc.property(sidecar, (generated) => {
        const s = generated as unknown as Sidecar;
        const source = writeCanonical(s);
        const fast = fastRead(source);
        const full = yamlRead(source);
        assert.deepEqual(full.problems, []);
        assert.ok(fast, 'fast reader gave up on canonical output:\n' + source);
        assert.deepStrictEqual(fast.value, expected(s));
        assert.deepStrictEqual(full.value, expected(s));
      }),
      { numRuns: Number(process.env.SIDECAR_RUNS ?? 400) },
    );
  });

  it('agree on any mutation of a canonical file that the fast reader still accepts', () => {
    const sample = writeCanonical({
      version: 1,
      text: 'a.txt',
      textHash: 'h',
      source: { outlet: 'Varnholm Radio', published: '2026-11-21' },
      annotations: [{ id: 'abcdefgh', kind: 'claim', start: 1, end: 2, quote: 'q "x"', status: 'proposed', attributes: { k: 1, 'l m': 'v' } }],
    });
    const insert = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '#',
      '# c',
      ':',
      ': ',
      '-',
      '- ',
      '"',
      "'",
      '\\',
      '\n',
      '\r\n',
      '&a ',
      '*a',
      '!!str ',
      '[',
      '{',
      '|',
      '>',
      '~',
      '0',
      '\u2028',
      '\u0085',
      '\u007f',
      '"x"',
      'e',
    );
    fc.assert(
      fc.property(fc.nat({ max: sample.length }), insert, fc.nat({ max: 3 }), (at, piece, drop) => {
        const source = sample.slice(0, at) + piece + sample.slice(at + drop);
        const fast = fastRead(source);
        if (fast === undefined) return;
        const full = yamlRead(source);
        assert.deepEqual(
          full.problems.filter((p) => p.severity === 'error'),
          [],
          source,
        );
        assert.deepStrictEqual(fast.value, full.value, source);
      }),
      { numRuns: 10 * Number(process.env.SIDECAR_RUNS ?? 300) },
    );
  });

  it('agree on hand-written quoted strings with raw characters the writer would have escaped', () => {
    for (const raw of ['tab\there', 'del\u007f', 'nel\u0085', 'ls\u2028ps', 'bom\ufeff', 'x\\u0041', 'a \\"b\\" c']) {
      const source = `version: 1\ntext: "${raw}"\ntextHash: h\nannotations: []\n`;
      const fast = fastRead(source);
      const full = yamlRead(source);
      if (fast) assert.deepStrictEqual(fast.value, full.value, raw);
    }
  });

  it('leave anything outside the canonical layout to the full reader', () => {
    const head = 'version: 1\ntext: a.txt\ntextHash: h\nannotations:\n  - id: abcdefgh\n';
    for (const tail of [
      `    s${'x'.repeat(68)}t: 1\n`, // same first/last letter as a known key, longer
      '    statu: x\n',
      '    status : x\n',
      '    status:  x\n',
      '    status: x # c\n',
      '    status: &a x\n',
      "    status: 'x'\n",
      '    status: |\n      x\n',
      '   status: x\n',
      '\tstatus: x\n',
      '    status: x\r\n',
      '    id: abcdefgh\n',
      '    note: >\n      x\n',
      '    attributes:\n      k: [1]\n',
      '    attributes:\n       k: 1\n',
    ]) {
      assert.equal(fastRead(head + tail), undefined, JSON.stringify(tail));
    }
    assert.ok(fastRead(head + '    status: x\n'));
  });

  it('locate problems at the same positions whichever reader read the file', () => {
    const base: Annotation = { id: 'a0000000', kind: 'entity', type: 'person', start: 0, end: 12, quote: 'MARIA OKONJO', status: 'proposed' };
    const variants = fc.record({
      id: fc.constantFrom('a0000000', 'b0000000', 'Bad-id', '12345678'),
      kind: fc.constantFrom('claim', 'speaker', 'entity', 'opinion'),
      start: fc.integer({ min: 0, max: 400 }),
      end: fc.integer({ min: 0, max: 400 }),
      quote: fc.constantFrom('MARIA OKONJO', 'maria', ''),
      status: fc.constantFrom('proposed', 'accepted', 'maybe'),
      by: fc.option(fc.constantFrom('a0000000', 'b0000000', 'zzzzzzzz'), { nil: undefined }),
      orphaned: fc.option(fc.constant(true), { nil: undefined }),
      attributes: fc.option(fc.dictionary(fc.constantFrom('constructor', 'ok', 'x y'), fc.constantFrom<string | number>('v', 1)), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(variants, { maxLength: 4 }), fc.constantFrom(1, 2), (list, version) => {
        const annotations = [base, ...list].map((a) => Object.fromEntries(Object.entries({ ...base, ...a }).filter(([, v]) => v !== undefined)));
        const source = writeCanonical({ version, text: 'harbor-strike.txt', textHash: 'fnv1a64:0000000000000000', annotations } as unknown as Sidecar);
        const options = { textFileName: 'harbor-strike.txt' };
        const viaFast = loadSidecar(source, TEXT, options);
        const viaFull = loadSidecar(source, TEXT, { ...options, fullParser: true });
        assert.deepStrictEqual(viaFast.problems, viaFull.problems, source);
        assert.deepStrictEqual(viaFast.sidecar, viaFull.sidecar);
      }),
      { numRuns: Number(process.env.SIDECAR_RUNS ?? 300) },
    );
  });
});

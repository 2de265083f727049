import assert from 'node:assert/strict';
import { loadSidecar, sameAnnotations, serializeSidecar, type Annotation, type Sidecar } from '../../src/core';
import { sampleAnnotations, sampleSidecar, TEXT } from './sidecar-fixtures';

const load = (source: string): ReturnType<typeof loadSidecar> => loadSidecar(source, TEXT, { textFileName: 'harbor-strike.txt' });

describe('serializeSidecar in the canonical layout', () => {
  it('writes fixed key order, sorted annotations, quoted ambiguous strings and a trailing newline', () => {
    const [speaker] = sampleAnnotations();
    const out = serializeSidecar({ ...sampleSidecar([speaker as Annotation]), textHash: 'fnv1a64:0123456789abcdef' });
    assert.equal(
      out,
      [
        'version: 1',
        'text: harbor-strike.txt',
        'textHash: fnv1a64:0123456789abcdef',
        'annotations:',
        '  - id: k7q2m9xa',
        '    kind: speaker',
        '    start: 0',
        '    end: 12',
        '    quote: MARIA OKONJO',
        '    prefix: ""',
        '    suffix: ", BYLINE: The harbor strike 🚢 en"',
        '    speaker: Maria Okonjo',
        '    role: byline',
        '    status: accepted',
        '    author: maria',
        '    created: "2026-11-21T10:00:00.000Z"',
        '    modified: "2026-11-21T10:05:00.000Z"',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty annotation list as annotations: []', () => {
    assert.match(serializeSidecar(sampleSidecar([])), /\nannotations: \[\]\n$/);
  });

  it('is byte-identical for the same annotations in any order', () => {
    const a = sampleSidecar();
    const b = sampleSidecar(sampleAnnotations().reverse());
    assert.equal(serializeSidecar(a), serializeSidecar(b));
    assert.equal(serializeSidecar(a), serializeSidecar(a));
  });

  it('orders annotations by start, then end, then id', () => {
    const base = sampleAnnotations()[1] as Annotation;
    const list = [
      { ...base, id: 'zzzzzzzz', start: 5, end: 9 },
      { ...base, id: 'bbbbbbbb', start: 5, end: 7 },
      { ...base, id: 'aaaaaaaa', start: 5, end: 7 },
      { ...base, id: 'cccccccc', start: 1, end: 30 },
    ];
    const ids = [...serializeSidecar(sampleSidecar(list)).matchAll(/- id: (\w+)/g)].map((m) => m[1]);
    assert.deepEqual(ids, ['cccccccc', 'aaaaaaaa', 'bbbbbbbb', 'zzzzzzzz']);
  });

  it('reads back what it wrote through the fast path, as canonical and without problems', () => {
    const source = serializeSidecar(sampleSidecar());
    const result = load(source);
    assert.deepEqual(result.problems, []);
    assert.equal(result.canonical, true);
    assert.equal(result.textHashMatches, true);
    assert.ok(result.sidecar && sameAnnotations(result.sidecar.annotations, sampleAnnotations()));
  });

  it('reproduces a canonical source byte for byte when saving what was loaded', () => {
    const source = serializeSidecar(sampleSidecar());
    const loaded = load(source).sidecar as Sidecar;
    assert.equal(serializeSidecar(loaded, source), source);
  });

  it('reports a changed text through textHashMatches without failing the load', () => {
    const source = serializeSidecar({ ...sampleSidecar(), textHash: 'fnv1a64:0000000000000000' });
    const result = load(source);
    assert.ok(result.sidecar);
    assert.equal(result.textHashMatches, false);
  });
});

describe('serializeSidecar over a hand-edited sidecar', () => {
  const handEdited = [
    '# Annotations for the harbor strike story.',
    '# Reviewed by the desk on Friday.',
    'version: 1',
    'text: harbor-strike.txt',
    `textHash: ${sampleSidecar().textHash}`,
    'annotations:',
    '  # The byline: keep this speaker first.',
    ...serializeSidecar(sampleSidecar())
      .split('\n')
      .slice(4, -1)
      .map((line) => (line === '    role: byline' ? '    role: byline  # as printed' : line)),
    '',
  ].join('\n');

  it('keeps top-of-file and annotation comments when another annotation changes and one is added', () => {
    const before = load(handEdited);
    assert.equal(before.canonical, false);
    const annotations = (before.sidecar as Sidecar).annotations.map((a) => (a.id === 'p3vw8cnz' ? { ...a, status: 'rejected' as const } : a));
    const added: Annotation = { id: 'n3wspkr1', kind: 'entity', type: 'organization', start: 40, end: 41, quote: '🚢', status: 'proposed' };
    const next = { ...(before.sidecar as Sidecar), annotations: [...annotations, added] };
    const out = serializeSidecar(next, handEdited);
    assert.match(out, /^# Annotations for the harbor strike story\.\n# Reviewed by the desk on Friday\.\n/);
    assert.match(out, /# The byline: keep this speaker first\.\n {2}- id: k7q2m9xa/);
    assert.match(out, /role: byline # as printed/);
    const after = load(out);
    assert.deepEqual(after.problems, []);
    assert.ok(after.sidecar && sameAnnotations(after.sidecar.annotations, next.annotations));
    const ids = [...out.matchAll(/- id: (\w+)/g)].map((m) => m[1]);
    assert.deepEqual(ids, ['k7q2m9xa', 'n3wspkr1', 'c0ffee42', 'p3vw8cnz']);
  });

  it('deletes removed annotations and their fields but keeps comments of the others', () => {
    const before = load(handEdited).sidecar as Sidecar;
    const next = { ...before, annotations: before.annotations.filter((a) => a.id !== 'c0ffee42') };
    const out = serializeSidecar(next, handEdited);
    assert.doesNotMatch(out, /c0ffee42/);
    assert.match(out, /# Reviewed by the desk/);
    assert.ok(sameAnnotations((load(out).sidecar as Sidecar).annotations, next.annotations));
  });

  it('keeps a header comment over an otherwise canonical sidecar and rewrites the rest canonically', () => {
    const source = '# hand-written header\n' + serializeSidecar(sampleSidecar());
    const result = load(source);
    assert.equal(result.canonical, false);
    assert.deepEqual(result.problems, []);
    assert.equal(serializeSidecar(result.sidecar as Sidecar, source), source);
  });

  it('edits a hand-formatted sidecar (other key order, flow map, single quotes) into one that reloads exactly', () => {
    const source = [
      'annotations:',
      "- {id: c0ffee42, kind: claim, start: 76, end: 100, quote: '2,000 workers walked out', status: proposed}",
      '- id: k7q2m9xa   # speaker',
      '  status: accepted',
      "  quote: 'MARIA OKONJO'",
      '  start: 0',
      '  end: 12',
      '  kind: speaker',
      'version: 1',
      'text: harbor-strike.txt',
      `textHash: ${sampleSidecar().textHash}`,
      '',
    ].join('\n');
    const before = load(source);
    assert.deepEqual(before.problems, []);
    const sidecar = before.sidecar as Sidecar;
    const next = { ...sidecar, annotations: sidecar.annotations.map((a) => ({ ...a, status: 'rejected' as const, attributes: { 'a: b': 1, yes: 'no' } })) };
    const out = serializeSidecar(next, source);
    assert.match(out, /# speaker/);
    assert.ok(sameAnnotations((load(out).sidecar as Sidecar).annotations, next.annotations));
    const emptied = serializeSidecar({ ...sidecar, annotations: [] }, source);
    assert.deepEqual((load(emptied).sidecar as Sidecar).annotations, []);
  });

  it('falls back to a canonical write when the previous source is not valid YAML', () => {
    const out = serializeSidecar(sampleSidecar(), 'version: [1\n');
    assert.equal(out, serializeSidecar(sampleSidecar()));
  });
});

describe('sameAnnotations', () => {
  it('ignores order but sees any field change, attributes included', () => {
    const a = sampleAnnotations();
    assert.equal(sameAnnotations(a, sampleAnnotations().reverse()), true);
    const changed = sampleAnnotations();
    (changed[2] as Annotation).attributes = { checked: true, source: 'press release', weight: 2 };
    assert.equal(sameAnnotations(a, changed), false);
    assert.equal(sameAnnotations(a, a.slice(1)), false);
    assert.equal(
      sameAnnotations(
        a,
        sampleAnnotations().map((x) => ({ ...x, note: 'n' })),
      ),
      false,
    );
  });
});

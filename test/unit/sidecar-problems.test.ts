import assert from 'node:assert/strict';
import { loadSidecar, serializeSidecar, type LoadOptions, type LoadResult, type Problem } from '../../src/core';
import { sampleSidecar, TEXT } from './sidecar-fixtures';

/*
 * Line numbers refer to the canonical sample (0-based):
 *  0 version: 1                 17   - id: c0ffee42          32   - id: p3vw8cnz
 *  1 text: harbor-strike.txt    18     kind: claim           33     kind: entity
 *  3 annotations:               19     start: 76             35     start: 120
 *  4   - id: k7q2m9xa           20     end: 100              36     end: 135
 *  7     end: 12                21     quote: "2,000 wor…"   37     quote: Jean-Luc Abadie
 *                               24     claimType: statistic  41     status: proposed
 *                               25     by: k7q2m9xa
 *                               26     status: proposed
 *                               28     attributes:
 *                               29       checked: false
 */
const LINES = serializeSidecar(sampleSidecar()).split('\n');

/** The sample with some lines replaced (null deletes, an array inserts several). */
function edited(changes: Record<number, string | string[] | null>): string {
  return LINES.flatMap((line, i) => {
    const change = changes[i];
    return change === undefined ? [line] : change === null ? [] : change;
  }).join('\n');
}

/** Loads through the fast path and the full parser, checks they agree, and returns the problems. */
function problems(source: string, options: LoadOptions = { textFileName: 'harbor-strike.txt' }, text: string | null = TEXT): LoadResult {
  return check(source, text ?? undefined, options);
}

function check(source: string, text: string | undefined, options: LoadOptions): LoadResult {
  const fast = loadSidecar(source, text, options);
  const full = loadSidecar(source, text, { ...options, fullParser: true });
  assert.deepStrictEqual(fast.problems, full.problems, 'fast and full paths disagree');
  return fast;
}

function at(line: number, column: number, endLine: number, endColumn: number, severity: Problem['severity'], code: string, message: string): Problem {
  return { severity, code, message, line, column, endLine, endColumn };
}

describe('loadSidecar problems and their exact positions', () => {
  it('reports nothing for the valid sample', () => {
    const result = problems(LINES.join('\n'));
    assert.deepEqual(result.problems, []);
    assert.ok(result.sidecar);
  });

  it('reports a YAML syntax error at the parser position and returns no sidecar', () => {
    const result = problems(edited({ 20: ['    end: 100', '    end: 101'] }));
    assert.deepEqual(result.problems, [at(21, 4, 21, 5, 'error', 'yaml-syntax', 'YAML syntax error: Map keys must be unique')]);
    assert.equal(result.sidecar, undefined);
  });

  it('reports an unclosed flow sequence as a syntax error', () => {
    const result = problems(edited({ 19: '    start: [76' }));
    assert.ok(result.problems.every((p) => p.code === 'yaml-syntax' && p.severity === 'error'));
    assert.deepEqual(
      result.problems[0],
      at(20, 4, 20, 5, 'error', 'yaml-syntax', 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'),
    );
  });

  it('reports an unsupported version at the version value with a clear message', () => {
    assert.deepEqual(problems(edited({ 0: 'version: 2' })).problems, [
      at(0, 9, 0, 10, 'error', 'unsupported-version', 'unsupported sidecar version 2; this extension reads version 1'),
    ]);
  });

  it('reports a negative offset at the value of end', () => {
    assert.deepEqual(problems(edited({ 20: '    end: -1' })).problems, [at(20, 9, 20, 11, 'error', 'schema', 'end: expected a number >= 0')]);
  });

  it('reports a string where a number belongs at the quoted value', () => {
    assert.deepEqual(problems(edited({ 19: '    start: "76"' })).problems, [at(19, 11, 19, 15, 'error', 'schema', 'start: expected a whole number')]);
  });

  it('reports an unknown status and an unknown kind at their values', () => {
    assert.deepEqual(problems(edited({ 26: '    status: maybe' })).problems, [
      at(26, 12, 26, 17, 'error', 'schema', 'status: expected one of proposed, accepted, rejected (found "maybe")'),
    ]);
    assert.deepEqual(problems(edited({ 18: '    kind: opinion' })).problems, [
      at(18, 10, 18, 17, 'error', 'schema', 'kind: expected one of claim, speaker, entity (found "opinion")'),
    ]);
  });

  it('reports a missing required key on the first line of the annotation', () => {
    assert.deepEqual(problems(edited({ 21: null })).problems, [at(17, 4, 17, 16, 'error', 'missing-key', 'annotation: missing required key "quote"')]);
  });

  it('reports a missing top-level key on the first line of the file', () => {
    assert.deepEqual(problems(edited({ 2: null })).problems, [at(0, 0, 0, 10, 'error', 'missing-key', 'sidecar: missing required key "textHash"')]);
  });

  it('reports a misspelt key at the key, with a suggestion', () => {
    assert.deepEqual(problems(edited({ 24: '    claimTyp: statistic' })).problems, [
      at(24, 4, 24, 12, 'error', 'unknown-key', 'unknown key "claimTyp" (did you mean "claimType"?)'),
    ]);
  });

  it('reports a field of another kind (type on a claim) as an unknown key', () => {
    assert.deepEqual(problems(edited({ 18: ['    kind: claim', '    type: person'] })).problems, [
      at(19, 4, 19, 8, 'error', 'unknown-key', 'key "type" does not belong on a claim annotation'),
    ]);
  });

  it('reports a duplicate id at the second occurrence', () => {
    assert.deepEqual(problems(edited({ 32: '  - id: k7q2m9xa' })).problems, [at(32, 8, 32, 16, 'error', 'duplicate-id', 'duplicate annotation id k7q2m9xa')]);
  });

  it('reports an end beyond the text at the end value', () => {
    assert.deepEqual(problems(edited({ 36: '    end: 9999' })).problems, [
      at(36, 9, 36, 13, 'error', 'offset-out-of-range', 'end 9999 is beyond the end of the text (177 code points)'),
    ]);
  });

  it('reports an empty span across its start and end values', () => {
    assert.deepEqual(problems(edited({ 36: '    end: 120' })).problems, [
      at(35, 11, 36, 12, 'error', 'empty-span', 'empty span: start and end are both 120 (end is exclusive, so end must be greater than start)'),
    ]);
  });

  it('reports reversed offsets across start and end', () => {
    assert.deepEqual(problems(edited({ 35: '    start: 136' })).problems, [at(35, 11, 36, 12, 'error', 'reversed-span', 'start 136 is after end 135')]);
  });

  it('reports a quote that does not match the text, showing expected and found', () => {
    assert.deepEqual(problems(edited({ 37: '    quote: Jean-Luc Abbadie' })).problems, [
      at(37, 11, 37, 27, 'error', 'quote-mismatch', 'quote does not match the text at 120-135: expected "Jean-Luc Abbadie", found "Jean-Luc Abadie"'),
    ]);
  });

  it('truncates long quotes in the mismatch message', () => {
    const long = 'x'.repeat(100);
    const [problem] = problems(edited({ 37: `    quote: ${long}` })).problems;
    assert.equal(problem?.message, `quote does not match the text at 120-135: expected "${'x'.repeat(40)}…", found "Jean-Luc Abadie"`);
  });

  it('only warns about an orphaned annotation and does not check it against the text', () => {
    const result = problems(edited({ 36: '    end: 9999', 37: '    quote: Jean-Luc Abbadie', 41: ['    status: proposed', '    orphaned: true'] }));
    assert.deepEqual(result.problems, [at(42, 14, 42, 18, 'warning', 'orphaned', 'orphaned annotation "Jean-Luc Abbadie" (text no longer found)')]);
    assert.ok(result.sidecar, 'warnings still give a sidecar');
  });

  it('reports by pointing at a missing id or at a claim', () => {
    assert.deepEqual(problems(edited({ 25: '    by: zzzzzzzz' })).problems, [
      at(25, 8, 25, 16, 'error', 'bad-reference', 'by: no annotation with id zzzzzzzz in this sidecar'),
    ]);
    assert.deepEqual(problems(edited({ 25: '    by: c0ffee42' })).problems, [
      at(25, 8, 25, 16, 'error', 'bad-reference', 'by: c0ffee42 is a claim annotation; it must be a speaker or an entity'),
    ]);
  });

  it('accepts by pointing at an entity', () => {
    assert.deepEqual(problems(edited({ 25: '    by: p3vw8cnz' })).problems, []);
  });

  it('reports a missing text file at the text value', () => {
    const result = problems(LINES.join('\n'), { textFileName: 'harbor-strike.txt' }, null);
    assert.deepEqual(result.problems, [at(1, 6, 1, 23, 'error', 'text-missing', 'text file "harbor-strike.txt" not found next to the sidecar')]);
    assert.equal(result.sidecar, undefined);
  });

  it('warns when text names another file than the one the sidecar belongs to', () => {
    const result = problems(LINES.join('\n'), { textFileName: 'dir/other.txt' });
    assert.deepEqual(result.problems, [
      at(1, 6, 1, 23, 'warning', 'text-name-mismatch', 'text is "harbor-strike.txt" but this sidecar belongs to "other.txt"'),
    ]);
    assert.ok(result.sidecar);
  });

  it('reports reserved attribute names at the key', () => {
    assert.deepEqual(problems(edited({ 29: '      __proto__: 1' })).problems, [
      at(29, 6, 29, 15, 'error', 'schema', 'attributes: "__proto__" is a reserved attribute name'),
    ]);
    assert.deepEqual(problems(edited({ 29: '      constructor: 1' })).problems, [
      at(29, 6, 29, 17, 'error', 'schema', 'attributes.constructor: invalid attribute name (reserved attribute name)'),
    ]);
  });

  it('reports an attribute value that is not a scalar at the value', () => {
    assert.deepEqual(problems(edited({ 29: '      checked: [1, 2]' })).problems, [
      at(29, 15, 29, 21, 'error', 'schema', 'attributes.checked: expected a string, number, boolean or null'),
    ]);
  });

  it('reports an empty file and a non-mapping document at the start', () => {
    assert.deepEqual(problems('').problems, [
      at(0, 0, 0, 0, 'error', 'schema', 'a sidecar must be a YAML mapping with version, text, textHash and annotations'),
    ]);
    assert.deepEqual(problems('- a\n').problems, [
      at(0, 0, 0, 3, 'error', 'schema', 'a sidecar must be a YAML mapping with version, text, textHash and annotations'),
    ]);
  });

  it('counts columns in UTF-16 units after dropping a BOM, with CRLF line ends', () => {
    const source = '\ufeff' + edited({ 26: '    status: maybe' }).replace(/\n/g, '\r\n');
    const result = problems(source);
    assert.deepEqual(result.problems, [at(26, 12, 26, 17, 'error', 'schema', 'status: expected one of proposed, accepted, rejected (found "maybe")')]);
    assert.equal(result.canonical, false);
  });
});

describe('A sidecar whose text changed under it', () => {
  const text = 'Police detained 1,150 people.';
  const source = [
    'version: 1',
    'text: t.txt',
    'textHash: "fnv1a64:0000000000000000"',
    'annotations:',
    '  - id: aclm0001',
    '    kind: claim',
    '    start: 16',
    '    end: 21',
    '    quote: "1,150"',
    '    status: accepted',
    '',
  ].join('\n');

  it('is offered for re-anchoring when quotes no longer match, and is not valid', () => {
    const result = loadSidecar(source, `Yesterday, ${text}`);
    assert.equal(result.sidecar, undefined);
    assert.equal(result.stale?.annotations[0]?.quote, '1,150');
    assert.deepEqual(
      result.problems.map((p) => p.code),
      ['quote-mismatch'],
    );
  });

  it('is not offered for re-anchoring when the sidecar itself is broken', () => {
    const broken = source.replace('kind: claim', 'kind: claim\n    by: anon0001');
    const result = loadSidecar(broken, `Yesterday, ${text}`);
    assert.equal(result.stale, undefined);
  });

  it('is simply valid when the text still matches', () => {
    const result = loadSidecar(source, text);
    assert.equal(result.stale, undefined);
    assert.equal(result.sidecar?.annotations.length, 1);
  });
});

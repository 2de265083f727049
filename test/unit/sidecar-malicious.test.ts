import assert from 'node:assert/strict';
import { checkSidecarSize, decodeText, loadSidecar, serializeSidecar } from '../../src/core';
import { sampleSidecar, TEXT } from './sidecar-fixtures';

const codes = (source: string): string[] => loadSidecar(source, TEXT).problems.map((p) => p.code);

describe('loadSidecar on hostile input', () => {
  afterEach(() => {
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
  });

  it('refuses a billion-laughs alias bomb with a problem', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
      .concat(
        'bcdefghij'.split('').map(
          (c, i) =>
            `${c}: &${c} [${Array(9)
              .fill('*' + 'abcdefghij'[i])
              .join(',')}]`,
        ),
      )
      .join('\n');
    const result = loadSidecar(bomb + '\n', TEXT);
    assert.deepEqual(
      result.problems.map((p) => p.code),
      ['alias-limit'],
    );
    assert.equal(result.sidecar, undefined);
  });

  it('reports 100,000 nested brackets as too deep instead of overflowing the stack', () => {
    assert.deepEqual(codes('annotations: ' + '['.repeat(100_000)), ['too-deep']);
    assert.deepEqual(codes('{'.repeat(100_000)), ['too-deep']);
  });

  it('finishes on deeply indented block nesting', () => {
    const deep = Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n');
    assert.ok(codes(deep).length > 0);
  });

  it('refuses a 50 MB sidecar quickly with its size and the limit', () => {
    const result = loadSidecar('#'.repeat(50 * 1024 * 1024), TEXT);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      ['sidecar is too large (50.0 MB; limit 20 MB)'],
    );
    assert.equal(checkSidecarSize(50 * 1024 * 1024)?.message, 'sidecar is too large (50.0 MB; limit 20 MB)');
    assert.equal(checkSidecarSize(1000), undefined);
  });

  it('counts the size in UTF-8 bytes, not UTF-16 units', () => {
    const result = loadSidecar('é'.repeat(8 * 1024 * 1024), TEXT, { maxBytes: 10 * 1024 * 1024 });
    assert.deepEqual(
      result.problems.map((p) => p.message),
      ['sidecar is too large (16.0 MB; limit 10 MB)'],
    );
  });

  it('rejects __proto__ and constructor keys anywhere without polluting prototypes', () => {
    const lines = serializeSidecar(sampleSidecar()).split('\n');
    const withTop = ['__proto__:', '  polluted: yes', ...lines].join('\n');
    assert.deepEqual(codes(withTop), ['unknown-key']);
    const inItem = lines.map((l) => (l === '    kind: claim' ? '    kind: claim\n    __proto__: {polluted: 1}' : l)).join('\n');
    assert.deepEqual(codes(inItem), ['unknown-key']);
    const inAttributes = lines.map((l) => (l === '      checked: false' ? '      __proto__: polluted\n      constructor: x' : l)).join('\n');
    assert.deepEqual(codes(inAttributes), ['schema', 'schema']);
    const flow = lines
      .map((l) => (l === '    attributes:' ? '    attributes: {"__proto__": {"polluted": 1}}' : l))
      .filter((l) => !l.startsWith('      '))
      .join('\n');
    assert.deepEqual(codes(flow), ['schema']);
  });

  it('reports a binary file as not a UTF-8 text file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    const decoded = decodeText(bytes);
    assert.equal(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.error, /^not a UTF-8 text file/);
    assert.deepEqual(codes('version: 1\u0000\u0001\n'), ['not-text']);
  });

  it('caps the number of syntax errors reported for garbage', () => {
    const garbage = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i % 3)}- : ] } "${i}`).join('\n');
    const found = codes(garbage);
    assert.ok(found.length > 0 && found.length <= 20, `got ${found.length}`);
  });

  it('never throws, whatever the input', () => {
    for (const source of ['%YAML 1.1\n---\nversion: 1\n', '--- !!binary AAAA\n', 'a: !!js/function x\n', '? [a]\n: b\n', '---\n---\n', '*x\n', '&a a: *a\n']) {
      assert.doesNotThrow(() => loadSidecar(source, TEXT), source);
      assert.ok(loadSidecar(source, TEXT).problems.length > 0, source);
    }
  });
});

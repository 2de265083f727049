import assert from 'node:assert/strict';
import { isSidecarName, newAnnotationId, sidecarNameFor, textNameForSidecar } from '../../src/core';
import { parse } from 'yaml';

describe('sidecar file names', () => {
  it('puts the sidecar beside the text file under its full name', () => {
    assert.equal(sidecarNameFor('harbor-strike.txt'), 'harbor-strike.txt.annotations.yaml');
    assert.equal(sidecarNameFor('/news/2026/harbor-strike.txt'), '/news/2026/harbor-strike.txt.annotations.yaml');
  });

  it('recovers the text file name from a sidecar name and rejects other names', () => {
    assert.equal(textNameForSidecar('harbor-strike.txt.annotations.yaml'), 'harbor-strike.txt');
    assert.equal(textNameForSidecar('C:\\news\\a.txt.annotations.yaml'), 'C:\\news\\a.txt');
    assert.equal(textNameForSidecar('harbor-strike.txt'), undefined);
    assert.equal(textNameForSidecar('.annotations.yaml'), undefined);
    assert.equal(textNameForSidecar('dir/.annotations.yaml'), undefined);
    assert.equal(textNameForSidecar('a.txt.annotations.yml'), undefined);
    assert.equal(isSidecarName('a.txt.annotations.yaml'), true);
    assert.equal(isSidecarName('a.txt'), false);
  });
});

describe('newAnnotationId', () => {
  it('makes 8-character ids that start with a letter and read as strings in YAML', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = newAnnotationId(seen);
      assert.match(id, /^[a-z][a-z0-9]{7}$/);
      assert.equal(typeof parse(`id: ${id}`).id, 'string');
      seen.add(id);
    }
    assert.equal(seen.size, 2000);
  });

  it('skips ids that already exist', () => {
    const values = [0, 0, 0, 0, 0, 0, 0, 0, 0.99, 0, 0, 0, 0, 0, 0, 0];
    const random = (): number => values.shift() ?? 0;
    assert.equal(newAnnotationId(new Set(['aaaaaaaa']), random), '9aaaaaaa'.replace('9', 'z'));
  });

  it('gives up with an error when the random source is stuck', () => {
    assert.throws(() => newAnnotationId(new Set(['aaaaaaaa']), () => 0), /could not generate a unique annotation id/);
  });
});

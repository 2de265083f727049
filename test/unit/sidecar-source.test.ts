import assert from 'node:assert/strict';
import { fastRead, loadSidecar, sameSidecar, serializeSidecar, sidecarSchema, writeCanonical, type Sidecar } from '../../src/core';
import { quickValid } from '../../src/core/sidecar/quickCheck';
import { sampleSidecar, TEXT } from './sidecar-fixtures';

const SOURCE = {
  outlet: 'Varnholm Public Radio',
  title: 'Harbor strike enters third day',
  url: 'https://wvpr.example/2026/11/21/strike',
  published: '2026-11-21',
  language: 'en',
};
const withSource = (source: Sidecar['source'] = SOURCE): Sidecar => ({ ...sampleSidecar(), source });

describe('The document source of a sidecar', () => {
  it('is written after textHash in field order, read back by the fast reader and passed by the quick check', () => {
    const text = writeCanonical(withSource({ language: 'en', outlet: 'Varnholm Public Radio', published: '2026-11-21T06:00:00-05:00' }));
    assert.ok(text.includes('\nsource:\n  outlet: Varnholm Public Radio\n  published: "2026-11-21T06:00:00-05:00"\n  language: en\nannotations:\n'), text);
    const fast = fastRead(text);
    assert.ok(fast, 'the fast reader took the canonical file');
    assert.deepEqual(fast.value.source, { outlet: 'Varnholm Public Radio', published: '2026-11-21T06:00:00-05:00', language: 'en' });
    assert.equal(quickValid(fast.value), true);
    const loaded = loadSidecar(text, TEXT, { textFileName: 'harbor-strike.txt' });
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.canonical, true);
    assert.ok(
      loaded.sidecar && sameSidecar(loaded.sidecar, withSource({ outlet: 'Varnholm Public Radio', published: '2026-11-21T06:00:00-05:00', language: 'en' })),
    );
    assert.ok(writeCanonical(withSource({})).includes('\nsource: {}\nannotations:'));
  });

  it('reports a bad address, date or language and an unknown key at its line, the same whichever reader read the file', () => {
    const text = writeCanonical(withSource({ outlet: 'WVPR', url: 'wvpr.example/strike', published: '2026-13-01', language: 'english' })).replace(
      '  language: english\n',
      '  language: english\n  author: Maria\n',
    );
    const fast = loadSidecar(text, TEXT);
    const full = loadSidecar(text, TEXT, { fullParser: true });
    assert.deepEqual(fast.problems, full.problems);
    const lines = text.split('\n');
    const byLine = fast.problems.map((p) => [lines[p.line]?.trim().split(':')[0], p.code]);
    assert.deepEqual(byLine, [
      ['url', 'schema'],
      ['published', 'schema'],
      ['language', 'schema'],
      ['author', 'unknown-key'],
    ]);
    assert.match(fast.problems[0]?.message ?? '', /http:\/\/ or https:\/\//);
  });

  it('is rejected by the quick check whenever zod rejects it', () => {
    for (const source of [{ url: 'ftp://x' }, { title: '' }, { outlet: 3 }, { extra: 'x' }, 'WVPR', { published: '21/11/2026' }]) {
      const value = { ...sampleSidecar(), source };
      assert.equal(sidecarSchema.safeParse(value).success, false, JSON.stringify(source));
      assert.equal(quickValid(value), false, JSON.stringify(source));
    }
  });

  it('is edited in place in a hand-written sidecar, keeping its comments, and removed when cleared', () => {
    const hand = writeCanonical(sampleSidecar()).replace('annotations:\n', '# checked by the desk\nannotations:\n');
    const added = serializeSidecar(withSource({ outlet: 'WVPR', title: 'Strike: day three' }), hand);
    assert.ok(added.includes('# checked by the desk'), added);
    assert.deepEqual(loadSidecar(added, TEXT).sidecar?.source, { outlet: 'WVPR', title: 'Strike: day three' });
    const changed = serializeSidecar(withSource({ title: 'Strike: day three', url: 'https://wvpr.example/s' }), added);
    assert.deepEqual(loadSidecar(changed, TEXT).sidecar?.source, { title: 'Strike: day three', url: 'https://wvpr.example/s' });
    const cleared = serializeSidecar(sampleSidecar(), changed);
    assert.equal(loadSidecar(cleared, TEXT).sidecar?.source, undefined);
    assert.ok(cleared.includes('# checked by the desk') && !cleared.includes('\nsource:'));
  });

  it('counts as a change: sameSidecar tells sidecars apart by their source', () => {
    assert.equal(sameSidecar(withSource(), withSource()), true);
    assert.equal(sameSidecar(withSource(), withSource({ ...SOURCE, title: 'Other' })), false);
    assert.equal(sameSidecar(withSource(), sampleSidecar()), false);
  });
});

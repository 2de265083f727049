import assert from 'node:assert/strict';
import { decodeText, hashText, normalizeText } from '../../src/core';

// Reference FNV-1a 64 over UTF-8 bytes with BigInt, independent of the two-lane implementation.
function referenceHash(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(s)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return 'fnv1a64:' + h.toString(16).padStart(16, '0');
}

describe('decodeText', () => {
  it('decodes UTF-8 and keeps a leading BOM in the raw string', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0x0d, 0x0a]);
    assert.deepEqual(decodeText(bytes), { ok: true, raw: '\ufeffhé\r\n' });
  });

  it('rejects a file with NUL bytes as not a UTF-8 text file', () => {
    const result = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /^not a UTF-8 text file/);
  });

  it('rejects invalid UTF-8 as not a UTF-8 text file', () => {
    const result = decodeText(new Uint8Array([0x61, 0xff, 0xfe, 0x62]));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /^not a UTF-8 text file \(invalid UTF-8/);
  });

  it('decodes an empty file to an empty string', () => {
    assert.deepEqual(decodeText(new Uint8Array()), { ok: true, raw: '' });
  });
});

describe('normalizeText', () => {
  it('removes one leading BOM and turns CRLF and lone CR into LF, like Python utf-8-sig text mode', () => {
    assert.equal(normalizeText('\ufeff\ufeffa\r\nb\rc\n\r\r\nd'), '\ufeffa\nb\nc\n\n\nd');
  });

  it('returns text without BOM or CR unchanged', () => {
    const s = 'plain text\nwith lines 🚢';
    assert.equal(normalizeText(s), s);
  });
});

describe('hashText', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    assert.equal(hashText(''), 'fnv1a64:cbf29ce484222325');
    assert.equal(hashText('a'), 'fnv1a64:af63dc4c8601ec8c');
    assert.equal(hashText('foobar'), 'fnv1a64:85944171f73967e8');
  });

  it('hashes the UTF-8 bytes of every code point, astral ones included', () => {
    for (const s of ['é', 'Ωmega', '€ 2,000', 'harbor 🚢 strike', '\u{10ffff}\u0800\u07ff\u0080', 'e\u0301']) {
      assert.equal(hashText(s), referenceHash(s), s);
    }
  });

  it('hashes a lone surrogate like the U+FFFD an encoder would write', () => {
    assert.equal(hashText('a\ud800b'), referenceHash('a\ufffdb'));
  });

  it('distinguishes texts that differ in one character', () => {
    assert.notEqual(hashText('strike at the harbor'), hashText('strike at the harbour'));
  });
});

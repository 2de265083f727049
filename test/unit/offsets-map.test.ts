import assert from 'node:assert/strict';
import { CodePointText, contextAround, normalizeText, OffsetMap, sliceCodePoints } from '../../src/core';

/**
 * Independent model of the offsets contract: walk the raw string unit by unit
 * and record, for every UTF-16 offset, the code point offset of the
 * normalised text (a position inside a CRLF, a surrogate pair or after the
 * BOM maps to the position before it).
 */
function model(raw: string): { toCp: number[]; toUnit: number[] } {
  const toCp: number[] = [];
  const toUnit: number[] = [];
  let cp = 0;
  let i = 0;
  if (raw.startsWith('\ufeff')) {
    toCp.push(0);
    i = 1;
  }
  while (i < raw.length) {
    toUnit[cp] = i;
    const c = raw.codePointAt(i) as number;
    const width = raw.startsWith('\r\n', i) ? 2 : c > 0xffff ? 2 : 1;
    for (let k = 0; k < width; k++) toCp.push(cp);
    i += width;
    cp++;
  }
  toCp.push(cp);
  toUnit[cp] = raw.length;
  return { toCp, toUnit };
}

const SAMPLES: Record<string, string> = {
  ascii: 'Harbor strike enters third day.\nUnion says 2,000.',
  emoji: 'Ship 🚢 and flag 🇫🇷 at dock 🏗️.',
  combining: 'Cafe\u0301 owner Jose\u0301 said',
  crlf: 'Line one\r\nLine two\r\n\r\nLast',
  loneCr: 'old mac\rline\r\rend',
  bom: '\ufeffMARIA OKONJO, BYLINE\r\nThe port 🚢',
  mixed: '\ufeff\r\n🚢\r\r\ne\u0301\n\ud83d\ude00x\r',
  onlyBom: '\ufeff',
  empty: '',
};

describe('OffsetMap', () => {
  for (const [name, raw] of Object.entries(SAMPLES)) {
    it(`maps every UTF-16 offset and every code point offset of the ${name} sample like the reference model`, () => {
      const map = new OffsetMap(raw);
      const { toCp, toUnit } = model(raw);
      assert.equal(map.codePointLength, Array.from(normalizeText(raw)).length);
      for (let u = 0; u <= raw.length; u++) assert.equal(map.toCodePoint(u), toCp[u], `toCodePoint(${u})`);
      for (let c = 0; c <= map.codePointLength; c++) assert.equal(map.toUtf16(c), toUnit[c], `toUtf16(${c})`);
    });
  }

  it('slices the same text from the raw string as Python slicing of the normalised text', () => {
    const raw = SAMPLES.mixed as string;
    const points = Array.from(normalizeText(raw));
    const map = new OffsetMap(raw);
    for (let s = 0; s <= points.length; s++) {
      for (let e = s; e <= points.length; e++) {
        const fromRaw = normalizeText(raw.slice(map.toUtf16(s), map.toUtf16(e)).replace(/^\ufeff/, ''));
        assert.equal(fromRaw, points.slice(s, e).join(''), `[${s}:${e}]`);
      }
    }
  });

  it('gives the same code point offsets whether or not the editor stripped the BOM', () => {
    const withBom = new OffsetMap('\ufeffa🚢\r\nb');
    const without = new OffsetMap('a🚢\r\nb');
    assert.equal(withBom.codePointLength, without.codePointLength);
    for (let c = 0; c <= without.codePointLength; c++) assert.equal(withBom.toUtf16(c), without.toUtf16(c) + 1);
  });

  it('maps an offset inside a CRLF or a surrogate pair to the position before it', () => {
    const map = new OffsetMap('a\r\nb🚢c');
    assert.equal(map.toCodePoint(2), 1); // between CR and LF
    assert.equal(map.toCodePoint(5), 3); // between the halves of 🚢
  });

  it('counts a combining mark as its own code point', () => {
    const map = new OffsetMap('e\u0301x');
    assert.equal(map.codePointLength, 3);
    assert.equal(map.toUtf16(2), 2);
  });

  it('takes the identity path for text without BOM, CR or astral characters', () => {
    assert.equal(new OffsetMap('plain é text\n').isIdentity, true);
    assert.equal(new OffsetMap('lone\rCR keeps one unit per code point').isIdentity, true);
    assert.equal(new OffsetMap('crlf\r\n').isIdentity, false);
    assert.equal(new OffsetMap('\ufeffbom').isIdentity, false);
  });

  it('clamps offsets outside the text', () => {
    const map = new OffsetMap('a🚢');
    assert.equal(map.toCodePoint(-5), 0);
    assert.equal(map.toCodePoint(99), 2);
    assert.equal(map.toUtf16(99), 3);
    assert.equal(map.toUtf16(-1), 0);
  });
});

describe('CodePointText and sliceCodePoints', () => {
  it('slices by code points like Array.from on a text with emoji and combining marks', () => {
    const text = normalizeText(SAMPLES.emoji as string) + (SAMPLES.combining as string);
    const points = Array.from(text);
    const indexed = new CodePointText(text);
    assert.equal(indexed.length, points.length);
    for (let s = 0; s <= points.length; s++) {
      for (let e = s; e <= points.length; e++) {
        const expected = points.slice(s, e).join('');
        assert.equal(indexed.slice(s, e), expected);
        assert.equal(sliceCodePoints(text, s, e), expected);
      }
    }
  });

  it('keeps a second BOM (not stripped by normalisation) as an ordinary code point', () => {
    const text = normalizeText('\ufeff\ufeffab');
    assert.equal(new CodePointText(text).length, 3);
    assert.equal(sliceCodePoints(text, 1, 3), 'ab');
  });

  it('slices many quotes out of a large text quickly enough to validate 10,000 annotations', () => {
    const text = 'Port 🚢 strike, day 3. '.repeat(50_000);
    const indexed = new CodePointText(text);
    for (let i = 0; i < 10_000; i++) {
      const start = (i * 97) % (indexed.length - 30);
      assert.equal(indexed.slice(start, start + 30).length >= 30, true);
    }
  });
});

describe('contextAround', () => {
  it('returns up to n code points on each side, in code points', () => {
    const text = '🚢🚢🚢 MARIA OKONJO 🏗️🏗️';
    const start = Array.from('🚢🚢🚢 ').length;
    const end = start + 'MARIA OKONJO'.length;
    assert.deepEqual(contextAround(text, start, end, 2), { prefix: '🚢 ', suffix: ' 🏗' });
    assert.deepEqual(contextAround(text, start, end), { prefix: '🚢🚢🚢 ', suffix: ' 🏗️🏗️' });
  });

  it('defaults to 32 code points and stops at the ends of the text', () => {
    const text = 'x'.repeat(40) + 'QUOTE' + 'y'.repeat(40);
    const { prefix, suffix } = contextAround(text, 40, 45);
    assert.equal(prefix, 'x'.repeat(32));
    assert.equal(suffix, 'y'.repeat(32));
    assert.deepEqual(contextAround('ab', 0, 2), { prefix: '', suffix: '' });
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeInline, escapeMultiline, truncate } from '../../src/core/markdown/escape';

/** What is left of escaped text once every backslash escape and entity is taken out: must hold no markup character. */
const residue = (escaped: string): string => escaped.replace(/\\[!-/:-@[-`{-~]/g, '').replace(/&(amp|lt|gt);/g, '');
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

describe('Hover escaping (core/markdown/escape)', () => {
  it('turns a markdown link to one of our commands into inert text', () => {
    const hostile = '[Remove all](command:transcriptAnnotator.removeAnnotation?%5B%7B%22id%22%3A%22x%22%7D%5D "click")';
    const escaped = escapeInline(hostile);
    assert.equal(
      escaped,
      '\\[Remove all\\]\\(command\\:transcriptAnnotator\\.removeAnnotation\\?\\%5B\\%7B\\%22id\\%22\\%3A\\%22x\\%22\\%7D\\%5D \\"click\\"\\)',
    );
    assert.ok(!escaped.includes('](') && !escaped.includes('command:'));
  });

  it('leaves no autolink, bare URL scheme, e-mail or image', () => {
    for (const text of [
      '<https://evil.example/x>',
      'https://evil.example/x',
      'desk@newsroom.example',
      '![pixel](https://evil.example/p.png)',
      'www.evil.example',
    ]) {
      const escaped = escapeInline(text);
      assert.ok(!/<|:\/\/|[^\\]@|!\[/.test(escaped), `${text} -> ${escaped}`);
    }
  });

  it('writes HTML as entities, so no tag, comment or entity survives', () => {
    assert.equal(escapeInline('<img src=x onerror="alert(1)">'), '&lt;img src\\=x onerror\\=\\"alert\\(1\\)\\"&gt;');
    assert.equal(escapeInline('<!-- hidden --> &amp; &#60;'), '&lt;\\!\\-\\- hidden \\-\\-&gt; &amp;amp\\; &amp;\\#60\\;');
  });

  it('escapes theme icons, emphasis, code spans, headings and tables', () => {
    assert.equal(escapeInline('$(trash) **bold** `code` # head | a |'), '\\$\\(trash\\) \\*\\*bold\\*\\* \\`code\\` \\# head \\| a \\|');
  });

  it('keeps a transcript turn, curly quotes, accents and emoji readable', () => {
    assert.equal(escapeInline('MARIA OKONJO, BYLINE: “About 1,150 people” — Ålesund 🚢'), 'MARIA OKONJO\\, BYLINE\\: “About 1\\,150 people” — Ålesund 🚢');
  });

  it('puts one line on one line, and keeps a note’s lines as markdown line breaks', () => {
    assert.equal(escapeInline('  two\r\nlines\tand  tabs '), 'two lines and tabs');
    assert.equal(escapeMultiline('first line\r\n\r\n[link](x)\nlast'), 'first line  \n\\[link\\]\\(x\\)  \nlast');
  });

  it('leaves no unescaped ASCII punctuation, angle bracket or ampersand for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        for (const escaped of [escapeInline(text), ...escapeMultiline(text).split('  \n')]) {
          const left = residue(escaped);
          assert.ok(!ASCII_PUNCTUATION.test(left) && !/[<>&]/.test(left), JSON.stringify([text, escaped]));
          assert.ok(!/[\r\n]/.test(escaped));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('truncates by code point, never splitting an emoji or a surrogate pair', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('🚢🚢🚢🚢', 3), '🚢🚢…');
    assert.equal([...truncate('a'.repeat(50), 10)].length, 10);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (text, max) => {
        const cut = truncate(text, max);
        assert.ok([...cut].length <= Math.max(max, [...text].length <= max ? [...text].length : 0));
        assert.ok(!/[\ud800-\udbff]$/.test(cut.replace(/…$/, '')), 'no lone high surrogate at the cut');
      }),
    );
  });
});

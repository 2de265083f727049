import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../src/core/claims/figures';
import { findBoilerplate, parseTurns, repeatedLines, type BoilerplateRange } from '../../src/core/transcript';

const ROOT = path.resolve(__dirname, '../../..');
const fixture = (name: string): string => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'webcopy', name), 'utf8');
const texts = (text: string, ranges: readonly BoilerplateRange[], reason?: string): string[] =>
  ranges.filter((r) => reason === undefined || r.reason === reason).map((r) => text.slice(r.start, r.end));

describe('boilerplate of web-copied documents', () => {
  it('takes the short unpunctuated lines before the headline for the masthead, and keeps the headline and byline', () => {
    const text = fixture('radio-chrome.txt');
    const found = findBoilerplate(text);
    assert.deepEqual(texts(text, found, 'masthead'), ['WVPR', 'News', 'Music']);
    assert.deepEqual(texts(text, found, 'furniture').slice(0, 4), ['Skip to main content', 'Listen Live', 'Donate', 'Menu']);
    const all = texts(text, found);
    for (const kept of ['Ferry crews join Varnholm dock strike as talks stall', 'Maria Okonjo', 'February 11, 2026 5:04 AM ET'])
      assert.ok(!all.includes(kept), kept);
    assert.ok(!all.some((line) => line.includes('BYLINE') || line.includes('REYES')), 'no speaker turn');
  });

  it('finds the credit glued to a stage direction, and the bio and teaser after it', () => {
    const text = fixture('radio-chrome.txt');
    const found = findBoilerplate(text);
    assert.deepEqual(texts(text, found, 'credit'), ['Transcript provided by Brightline Verbatim, Copyright WVPR.']);
    assert.deepEqual(texts(text, found).slice(-2), [
      'Maria Okonjo is a correspondent covering labor and the waterfront for WVPR.',
      'Up next: Harbor pilots weigh a walkout',
    ]);
  });

  it('finds an article’s masthead, reading tools, gallery counter, credits, plugs and bio', () => {
    const text = fixture('wire-chrome.txt');
    const found = texts(text, findBoilerplate(text));
    assert.deepEqual(found, [
      'Meridian Wire',
      'World',
      'Europe',
      'Business',
      'Search',
      '4 min read',
      'Published: Feb. 10, 2026 Updated: Feb. 10, 2026',
      'A A',
      'Listen to this article',
      'Share',
      '3 of 12',
      'Ola Brandt/Meridian Wire',
      'Sign up for the Meridian Morning newsletter',
      'Get the Meridian Wire app',
      '© 2026 Meridian Wire. All rights reserved.',
      'Nils Ortega is a Meridian Wire reporter based in Varnholm.',
    ]);
  });

  it('never hides the text after a copyright line near the top', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of the report says the port stayed shut all day long.`).join('\n\n');
    const text = `Port report\n© 2026 Example Radio\n\n${body}\n`;
    assert.deepEqual(texts(text, findBoilerplate(text)), ['© 2026 Example Radio']);
  });

  it('marks lines repeated across an outlet’s files, but not shared sentences or speaker labels', () => {
    const a = 'Meridian Morning\nMore from Meridian Wire\n\nPolice detained 1,150 people on Monday, the interior ministry said.\nOKONJO: Yes.\n';
    const b =
      'More from Meridian Wire\nA different story about ferries, with a sentence of its own here.\nPolice detained 1,150 people on Monday, the interior ministry said.\nOKONJO: Yes.\n';
    const repeated = repeatedLines([a, b]);
    assert.ok(repeated.has('More from Meridian Wire'));
    const found = findBoilerplate(a, { repeatedLines: repeated });
    assert.deepEqual(texts(a, found, 'repeated'), ['More from Meridian Wire']);
    assert.ok(!texts(a, found).some((line) => line.startsWith('Police') || line.startsWith('OKONJO')));
  });

  it('ends a speaker turn before a credit glued to its last line, with CRLF', () => {
    const text =
      'HOST: Welcome.\r\nOKONJO: For WVPR News, I’m Maria Okonjo.Transcript provided by WVPR, Copyright WVPR.\r\nMaria Okonjo is a correspondent for WVPR.\r\n';
    const turns = parseTurns(text);
    assert.deepEqual(
      turns.map((t) => text.slice(t.start, t.end)),
      ['HOST: Welcome.', 'OKONJO: For WVPR News, I’m Maria Okonjo.'],
    );
    const found = findBoilerplate(text);
    assert.deepEqual(texts(text, found), ['Transcript provided by WVPR, Copyright WVPR.', 'Maria Okonjo is a correspondent for WVPR.']);
  });

  it('counts offsets in UTF-16 code units, emoji and BOM included', () => {
    const text = '\uFEFF🎧 Live\nShare\nDockworkers shut the port in Varnholm 🚢 today\nThe union said 1,200 people marched on the harbor in the rain.\n';
    const found = findBoilerplate(text);
    assert.deepEqual(texts(text, found), ['\uFEFF🎧 Live', 'Share']);
  });

  it('reads figures glued to words as figures', () => {
    assert.deepEqual(
      extractFigures('some-3,100 workers, a 2,400-strong crowd, a 40%-rise').map((f) => f.text),
      ['3,100', '2,400', '40%'],
    );
    assert.deepEqual(extractFigures('COVID-19 and B-52'), []);
  });
});

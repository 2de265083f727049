import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { FURNITURE_SOURCE, isBoilerplateLine } from '../../src/core/transcript';
import { GRAMMAR_PATH, ROOT, scopedRuns, transcriptGrammar } from './grammar-harness';

const BOILERPLATE = 'comment.line.boilerplate.transcript';
const STAGE = 'comment.block.stage-direction.transcript';
const QUOTE = 'string.quoted.double.transcript';
const NUMBER = 'constant.numeric.transcript';
const LABEL = 'meta.speaker-label.transcript';

function fixtureLines(name: string): string[] {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'webcopy', name), 'utf8').split('\n');
}

describe('transcript grammar on web-copied text', () => {
  let grammar: IGrammar;
  const runs = (line: string, scope: string): string[] => scopedRuns(grammar, [line], scope)[0] ?? [];

  before(async () => {
    grammar = await transcriptGrammar();
  });

  describe('page chrome', () => {
    const chrome = [
      '0:00 0:00',
      '0:00 / 4:32',
      '0:00',
      'Up next',
      'Up Next: Harbor pilots weigh a walkout',
      '4 min read',
      '5-minute read',
      'Published: Feb. 10, 2026 Updated: Feb. 10, 2026',
      'Updated: 11:42 GMT',
      '3 of 12',
      'Photo 3 of 12',
      '3/12',
      'Ola Brandt/Meridian Wire',
      'AP Photo/Ola Brandt',
      'Photo: Ola Brandt for Meridian Wire',
      'Photograph by Ola Brandt',
      'Sign up for the Meridian Morning newsletter',
      'Get the Meridian Wire app',
      'Download the WVPR app for breaking news alerts',
      'Listen Live',
      'Skip to main content',
      'Font size',
      'Reading mode',
      'A A',
      'Listen to this article',
      'Share',
      'Advertisement',
      '  Donate  ',
    ];
    for (const line of chrome) {
      it(`marks "${line}" as boilerplate, in the grammar and in the parser`, () => {
        assert.deepEqual(runs(line, BOILERPLATE), [line]);
        assert.equal(isBoilerplateLine(line), true);
      });
    }

    const prose = [
      'Up next, the minister spoke to the crowd.',
      'Sign up rates rose 4% in January.',
      '3 of the 12 ferries sailed.',
      'Published reports put the count at 1,200.',
      '10:15',
      'Share prices fell 3%.',
      'Download speeds doubled last year.',
      'Listen, we are not leaving.',
      'Photo opportunities were rare.',
      'He and/or she left.',
    ];
    for (const line of prose) {
      it(`leaves the sentence "${line}" alone, in the grammar and in the parser`, () => {
        assert.deepEqual(runs(line, BOILERPLATE), []);
        assert.equal(isBoilerplateLine(line), false);
      });
    }

    it('uses the same furniture patterns as the parser', () => {
      const raw = fs.readFileSync(GRAMMAR_PATH, 'utf8');
      assert.ok(raw.includes(JSON.stringify(`(?i:${FURNITURE_SOURCE})`).slice(1, -1)), 'the grammar embeds FURNITURE_SOURCE');
    });
  });

  describe('the closing credit glued to a line', () => {
    it('is boilerplate after a stage direction with no space between', () => {
      const line = '(SOUNDBITE OF MUSIC)Transcript provided by Brightline Verbatim, Copyright WVPR.';
      assert.deepEqual(runs(line, STAGE), ['(SOUNDBITE OF MUSIC)']);
      assert.deepEqual(runs(line, BOILERPLATE), ['Transcript provided by Brightline Verbatim, Copyright WVPR.']);
    });

    it('is boilerplate after the last speaker’s words, the label kept', () => {
      const line = 'OKONJO: For WVPR News, I’m Maria Okonjo.Transcript provided by WVPR, Copyright WVPR.';
      assert.deepEqual(runs(line, LABEL), ['OKONJO:']);
      assert.deepEqual(runs(line, BOILERPLATE), ['Transcript provided by WVPR, Copyright WVPR.']);
    });

    it('is boilerplate inside a quotation left open', () => {
      const line = 'OKONJO: “We stay, 1,200 of us. Transcript provided by WVPR, Copyright WVPR.';
      assert.deepEqual(runs(line, BOILERPLATE), ['Transcript provided by WVPR, Copyright WVPR.']);
      assert.deepEqual(runs(line, NUMBER), ['1,200']);
    });

    it('is boilerplate after a copyright sign mid-line', () => {
      assert.deepEqual(runs('Thanks for listening. © 2026 WVPR', BOILERPLATE), ['© 2026 WVPR']);
    });

    for (const line of ['The transcript provided by the court was long.', 'Copyright law is complex, she said.', 'A Copyright 2026 notice.']) {
      it(`does not take "${line}" for a credit`, () => {
        assert.deepEqual(runs(line, BOILERPLATE), line.startsWith('A Copyright') ? ['Copyright 2026 notice.'] : []);
      });
    }
  });

  describe('figures glued to words', () => {
    const cases: Array<[string, string[]]> = [
      ['Reyes speaks for some-3,100 ferry workers.', ['3,100']],
      ['We are 2,400-strong.', ['2,400']],
      ['It was a 40%-rise on Sunday.', ['40%']],
      ['A near-1,000 turnout, an over-12.5% swing.', ['1,000', '12.5%']],
      ['COVID-19, B-52 and F-16 stay words.', []],
    ];
    for (const [line, expected] of cases) {
      it(`scopes ${JSON.stringify(expected)} in "${line}"`, () => {
        assert.deepEqual(runs(line, NUMBER), expected);
      });
    }
  });

  describe('stage directions and parentheticals', () => {
    it('scopes a song title inside a stage direction as a quote', () => {
      for (const line of [`(SOUNDBITE OF THE NIGHTJARS' "LOW TIDE")`, '(SOUNDBITE OF SONG, “HARBOR LIGHTS”)']) {
        assert.deepEqual(runs(line, STAGE), [line]);
        assert.deepEqual(runs(line, QUOTE), [line.match(/["“][^"”]+["”]/)?.[0]]);
      }
    });

    for (const line of [
      'VARNHOLM (MERIDIAN WIRE) — About 1,150 people were detained.',
      'The union (DOCKWORKERS UNITED) disputed it.',
      'Members (FRANCE, SPAIN) agreed.',
    ]) {
      it(`does not colour the article’s own parenthetical in "${line}" as a stage direction`, () => {
        assert.deepEqual(runs(line, STAGE), []);
      });
    }

    for (const [line, direction] of [
      ['OKONJO: (SOUNDBITE OF CROWD CHANTING) They kept going.', '(SOUNDBITE OF CROWD CHANTING)'],
      ['They left. (CROSSTALK OF VOICES)', '(CROSSTALK OF VOICES)'],
      ['(SOUNDBITE OF ARCHIVED RECORDING)', '(SOUNDBITE OF ARCHIVED RECORDING)'],
    ] as const) {
      it(`still marks ${direction} where a transcript puts it`, () => {
        assert.deepEqual(runs(line, STAGE), [direction]);
      });
    }
  });

  describe('the web-copied fixtures', () => {
    it('scopes the radio page’s player and credit lines as boilerplate and its turns as prose', () => {
      const lines = fixtureLines('radio-chrome.txt');
      const marked = scopedRuns(grammar, lines, BOILERPLATE);
      const whole = lines.filter((line, i) => line !== '' && marked[i]?.[0] === line);
      for (const expected of [
        'Skip to main content',
        'Listen Live',
        'Donate',
        'Menu',
        'Heard on Morning Report',
        '0:00 0:00',
        '4-Minute Listen',
        'Up next: Harbor pilots weigh a walkout',
      ]) {
        assert.ok(whole.includes(expected), `${expected} is boilerplate`);
      }
      assert.ok(!whole.some((line) => line.includes('BYLINE') || line.startsWith('Ferry crews')), 'no turn or headline is boilerplate');
      const glued = lines.findIndex((line) => line.startsWith('(SOUNDBITE OF MUSIC)Transcript'));
      assert.deepEqual(marked[glued], ['Transcript provided by Brightline Verbatim, Copyright WVPR.']);
      const song = lines.findIndex((line) => line.includes('LOW TIDE'));
      assert.deepEqual(scopedRuns(grammar, lines, QUOTE)[song], ['"LOW TIDE"']);
      const numbers = scopedRuns(grammar, lines, NUMBER).flat();
      for (const figure of ['1,200', '40%', '2,400', '3,100']) assert.ok(numbers.includes(figure), `${figure} is a figure`);
    });

    it('scopes the wire page’s reading tools, gallery counter, photo credit and plugs as boilerplate', () => {
      const lines = fixtureLines('wire-chrome.txt');
      const marked = scopedRuns(grammar, lines, BOILERPLATE);
      const whole = lines.filter((line, i) => line !== '' && marked[i]?.[0] === line);
      for (const expected of [
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
      ]) {
        assert.ok(whole.includes(expected), `${expected} is boilerplate`);
      }
      assert.deepEqual(scopedRuns(grammar, lines, STAGE).flat(), []);
    });
  });
});

import assert from 'node:assert/strict';
import { extractFigures, type Figure } from '../../src/core/claims';

const brief = (f: Figure): unknown[] => [f.kind, f.value, f.text, f.approximate];

describe('Figures stated in a claim', () => {
  it('reads counts with thousands separators and the noun they count', () => {
    const [figure] = extractFigures('Police detained 1,150 people');
    assert.deepEqual(figure && brief(figure), ['count', 1150, '1,150', false]);
    assert.equal(figure?.unit, 'people');
    assert.equal(extractFigures('2,000 workers')[0]?.unit, 'worker');
  });

  it('marks hedged figures as approximate and records how they bound the value', () => {
    const figures = extractFigures('about 1,150, more than 1,000 and up to 300; nearly 75%');
    assert.deepEqual(
      figures.map((f) => [f.text, f.approximate, f.bound]),
      [
        ['about 1,150', true, 'about'],
        ['more than 1,000', true, 'atLeast'],
        ['up to 300', true, 'atMost'],
        ['nearly 75%', true, 'about'],
      ],
    );
  });

  it('reads scales, decimals, percentages and money with its currency', () => {
    const figures = extractFigures('costs 12 million euros, a 4.5 percent raise, 75% of members, $1.2 billion, €3m');
    assert.deepEqual(
      figures.map((f) => [f.kind, f.value, f.currency ?? null]),
      [
        ['money', 12e6, 'EUR'],
        ['percent', 4.5, null],
        ['percent', 75, null],
        ['money', 1.2e9, 'USD'],
        ['money', 3e6, 'EUR'],
      ],
    );
  });

  it('reads a few number words before a scale word, but not bare ones', () => {
    const figures = extractFigures('nine hundred arrests, twenty-five thousand marchers, one older man');
    assert.deepEqual(
      figures.map((f) => [f.value, f.text]),
      [
        [900, 'nine hundred'],
        [25000, 'twenty-five thousand'],
      ],
    );
  });

  it('reads dates with abbreviated or full month names, with or without a year', () => {
    const figures = extractFigures('on Monday, Feb. 9, then February 10, 2026 and 9 March, and since 2019');
    assert.deepEqual(
      figures.map((f) => [f.kind, f.text, f.date]),
      [
        ['date', 'Feb. 9', { month: 2, day: 9 }],
        ['date', 'February 10, 2026', { year: 2026, month: 2, day: 10 }],
        ['date', '9 March', { month: 3, day: 9 }],
        ['date', '2019', { year: 2019 }],
      ],
    );
  });

  it('ignores times, ordinals, numbered speakers and numbers inside names', () => {
    assert.deepEqual(extractFigures('At 9:30, 8 p.m. and 6 a.m., the 1st vote, PERSON #1, COVID-19 and v2.1'), []);
  });

  it('gives code point offsets, so an emoji before a figure counts as one', () => {
    const text = '🚢 about 1,150 people';
    const [figure] = extractFigures(text);
    assert.deepEqual([figure?.start, figure?.end], [2, 13]);
    assert.equal(Array.from(text).slice(figure?.start, figure?.end).join(''), 'about 1,150');
  });
});

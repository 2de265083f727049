import assert from 'node:assert/strict';
import { contextAround, sliceCodePoints, type Annotation } from '../../src/core';
import { reanchor } from '../../src/core/anchor';

// The two reports of issue 13, as examples: a paragraph moved past newly inserted ones orphaned its
// speaker label and a name; a corrected figure came back a few characters short.
const TEXT = [
  'TOMAS WIELAND, HOST: Good morning. Engineers in Kessling say the flood barrier gave way late Sunday night.',
  'ANA REYES, BYLINE: Tomas, the water was already over the footpath. The city says 5,500 homes had lost power by midnight.',
  'WIELAND: And the barrier itself?',
  'REYES: The chief engineer, Dorota Halloway, told me three of the panels near the old tannery buckled.',
  'WIELAND: Who is being blamed?',
  'REYES: Depends who you ask.',
  '',
].join('\n\n');

function at(quote: string, after = ''): Annotation {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(after + quote) + after.length)).length;
  const end = start + Array.from(quote).length;
  return {
    id: `a${quote.replace(/\W/g, '').slice(0, 7).toLowerCase().padEnd(7, 'x')}`,
    kind: 'entity',
    type: 'other',
    start,
    end,
    quote,
    ...contextAround(TEXT, start, end),
    status: 'accepted',
  };
}

const moved = 'REYES: The chief engineer, Dorota Halloway, told me three of the panels near the old tannery buckled.\n\n';
const label = at('REYES', 'barrier itself?\n\n');
const name = at('Dorota Halloway');
const figure = at('5,500 homes had lost power');

describe('reanchor on editorial changes (examples of issue 13)', () => {
  it('keeps the label and the name of a paragraph moved down past inserted paragraphs, with their status', () => {
    const text = TEXT.replace(moved, '') + 'NEW PARAGRAPH: Inserted by the editor.\n\nANOTHER: And one more.\n\n' + moved;
    const { annotations, report } = reanchor([label, name], text);
    assert.deepEqual(report.orphaned, []);
    assert.deepEqual(report.needsReview, []);
    for (const a of annotations) {
      assert.equal(a.status, 'accepted');
      assert.equal(sliceCodePoints(text, a.start, a.end), a.quote);
      assert.ok(a.start > text.indexOf('ANOTHER'));
    }
  });

  it('re-attaches a claim whose figure was corrected over its whole new extent, also when a later paragraph moved', () => {
    for (const text of [TEXT.replace('5,500', '8,500'), (TEXT.replace(moved, '') + moved).replace('5,500', '8,500')]) {
      const {
        annotations: [out],
        report,
      } = reanchor([figure, label, name], text);
      assert.deepEqual(report.needsReview, [figure.id]);
      assert.equal(out?.quote, '8,500 homes had lost power');
      assert.equal(out?.status, 'proposed');
      assert.equal(
        out?.attributes?.['reanchored'],
        `approximate match (score ${/score (\d\.\d\d)/.exec(String(out?.attributes?.['reanchored']))?.[1]}), was "5,500 homes had lost power"`,
      );
    }
  });
});

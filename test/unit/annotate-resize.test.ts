import assert from 'node:assert/strict';
import { stepSpan, SpanEdge, SpanStep } from '../../src/core/annotate';

const text = '“Prime minister Jean-Luc Abadie 🚢 said 1,150 people” left.';
const points = Array.from(text);

/** The text of the span after one step from the span covering `quote`. */
function step(quote: string, edge: SpanEdge, direction: SpanStep): string | undefined {
  const start = points.indexOf(Array.from(quote)[0] as string, Array.from(text.slice(0, text.indexOf(quote))).length);
  const span = stepSpan(points, { start, end: start + Array.from(quote).length }, edge, direction);
  return span && points.slice(span.start, span.end).join('');
}

describe('Growing and shrinking a span by a word', () => {
  it('grows over the space before it to take the whole previous word, hyphenated names as one word', () => {
    assert.equal(step('Abadie', 'start', 'grow'), 'Jean-Luc Abadie');
    assert.equal(step('Jean-Luc Abadie', 'start', 'grow'), 'minister Jean-Luc Abadie');
  });

  it('grows at the end past an emoji (a single code point) and punctuation to the next word', () => {
    assert.equal(step('Abadie', 'end', 'grow'), 'Abadie 🚢 said');
  });

  it('takes the rest of a word when the span starts or ends inside it', () => {
    assert.equal(step('badie', 'start', 'grow'), 'Abadie');
    assert.equal(step('Jean-L', 'end', 'grow'), 'Jean-Luc');
  });

  it('shrinks by a word at either end and keeps at least one word', () => {
    assert.equal(step('Jean-Luc Abadie', 'start', 'shrink'), 'Abadie');
    assert.equal(step('Jean-Luc Abadie', 'end', 'shrink'), 'Jean-Luc');
    assert.equal(step('Abadie', 'start', 'shrink'), undefined);
    assert.equal(step('Abadie', 'end', 'shrink'), undefined);
  });

  it('stops at the edges of the text', () => {
    assert.equal(step('Prime', 'start', 'grow'), undefined);
    assert.equal(step('left', 'end', 'grow'), undefined);
  });

  it('counts a figure with a thousands separator as two words joined by punctuation', () => {
    assert.equal(step('1', 'end', 'grow'), '1,150');
  });
});

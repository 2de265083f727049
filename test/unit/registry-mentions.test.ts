import assert from 'node:assert/strict';
import { findMentions, type Mention } from '../../src/core/registry';

/** The mentioned text, sliced by code points as Python would (checks the offsets are code points). */
function quotes(text: string, mentions: readonly Mention[]): string[] {
  const points = Array.from(text);
  return mentions.map((m) => points.slice(m.start, m.end).join(''));
}

describe('Finding entity mentions', () => {
  it('finds whole words only', () => {
    const text = 'Abadie spoke. Abadiesque rhetoric, MacAbadie and Abadie2 are not him; Abadie is.';
    const found = findMentions(text, ['Abadie']);
    assert.deepEqual(
      found.map((m) => m.start),
      [0, 70],
    );
    assert.deepEqual(quotes(text, found), ['Abadie', 'Abadie']);
  });

  it('finds a name before a possessive written with a curly or a straight apostrophe', () => {
    const text = "Abadie’s office and Abadie's aides";
    assert.deepEqual(quotes(text, findMentions(text, ['Abadie'])), ['Abadie', 'Abadie']);
  });

  it('matches a name with a straight apostrophe in text with a curly one, and the other way round', () => {
    const text = 'the Varnholm Dockworkers’ Union said';
    assert.deepEqual(quotes(text, findMentions(text, ["Varnholm Dockworkers' Union"])), ['Varnholm Dockworkers’ Union']);
    assert.deepEqual(quotes("O'Brien", findMentions("O'Brien", ['O’Brien'])), ["O'Brien"]);
  });

  it('prefers the longest name and never returns overlapping mentions', () => {
    const text = 'Prime Minister Jean-Luc Abadie met Abadie’s deputy.';
    const found = findMentions(text, ['Abadie', 'Jean-Luc Abadie', 'Luc']);
    assert.deepEqual(quotes(text, found), ['Jean-Luc Abadie', 'Abadie']);
    assert.deepEqual(
      found.map((m) => m.index),
      [1, 0],
    );
  });

  it('counts code points, so an emoji before a mention shifts it by one', () => {
    const text = '🚢🚢 Ramírez met Ramírez 🚢 at the quay';
    const found = findMentions(text, ['Ramírez']);
    assert.deepEqual(
      found.map((m) => [m.start, m.end]),
      [
        [3, 10],
        [15, 22],
      ],
    );
    assert.deepEqual(quotes(text, found), ['Ramírez', 'Ramírez']);
  });

  it('finds accented names whether the text composes the accent or uses a combining mark', () => {
    const text = 'Ramírez and Rami\u0301rez, not Ramirez';
    const found = findMentions(text, ['Ramírez']);
    assert.deepEqual(quotes(text, found), ['Ramírez', 'Rami\u0301rez']);
    assert.deepEqual(
      found.map((m) => [m.start, m.end]),
      [
        [0, 7],
        [12, 20],
      ],
    );
  });

  it('does not take a letter followed by a combining accent for the end of a word', () => {
    assert.deepEqual(
      findMentions('Jose\u0301 and Jose', ['Jose']).map((m) => m.start),
      [10],
    );
  });

  it('matches a name broken across a line or with several spaces', () => {
    const text = 'gathered on Harbor\nSquare and Harbor  Square';
    assert.deepEqual(quotes(text, findMentions(text, ['Harbor Square'])), ['Harbor\nSquare', 'Harbor  Square']);
  });

  it('is case-sensitive unless asked otherwise', () => {
    const text = 'The Union and the union; UNION.';
    assert.deepEqual(quotes(text, findMentions(text, ['Union'])), ['Union']);
    assert.deepEqual(quotes(text, findMentions(text, ['Union'], { ignoreCase: true })), ['Union', 'union', 'UNION']);
  });

  it('finds names that start or end with punctuation, without requiring a word boundary there', () => {
    const text = 'the (RED) campaign and AT&T.';
    assert.deepEqual(quotes(text, findMentions(text, ['(RED)', 'AT&T'])), ['(RED)', 'AT&T']);
  });

  it('finds nothing for blank names or in empty text', () => {
    assert.deepEqual(findMentions('Abadie', ['', '   ']), []);
    assert.deepEqual(findMentions('', ['Abadie']), []);
  });
});

import assert from 'node:assert/strict';
import { contextAround, type Annotation } from '../../src/core';
import { reanchor } from '../../src/core/anchor';

// Placements that rest on one side of the context (README, "Re-anchoring rules", rule 4): a short
// quote whose whole stored side agrees past a blank line, and a quote near its neighbours with
// one side broken.

function annotate(text: string, quote: string, id: string, nth = 0): Annotation {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, quote);
  const start = Array.from(text.slice(0, at)).length;
  const end = start + Array.from(quote).length;
  return { id, kind: 'entity', type: 'other', start, end, quote, ...contextAround(text, start, end), status: 'accepted' };
}

const outcome = (report: ReturnType<typeof reanchor>['report'], id: string): string =>
  (Object.entries(report).find(([, ids]) => ids.includes(id)) as [string, string[]])[0];

describe('reanchor: placements on one side of the context', () => {
  const page =
    'Schedule\nPodcasts\n\nA mediator for the port?\n\nCoastal Morning\n\nFeb. 13, 2026\n\n0:00 / 6:40\n\nLENA HOLT, HOST: Good morning. The ferry crews voted overnight.\n';

  it('keeps a year in a dateline whose day was corrected: its whole suffix agrees past the blank line', () => {
    const list = [annotate(page, '2026', 'd0000001'), annotate(page, 'Coastal Morning', 'd0000002'), annotate(page, 'LENA HOLT', 'd0000003')];
    const { annotations, report } = reanchor(list, page.replace('Feb. 13, 2026', 'Feb. 20, 2026'));
    assert.equal(outcome(report, 'd0000001'), 'unchanged');
    assert.equal((annotations[0] as Annotation).status, 'accepted');
  });

  it('never puts a speaker label whose turn was deleted silently on the next turn of the same speaker', () => {
    const turns = [
      'WIELAND: How many people are in the shelters tonight, and who is counting them?',
      'REYES: The Red Cross told me 1,240 people slept in the sports hall on Mill Street.',
      'REYES: Thank you, Tomas. We will be back after the news at the top of the hour.',
      '(SOUNDBITE OF MUSIC)',
    ];
    const before = turns.join('\n\n') + '\n';
    const label = annotate(before, 'REYES', 'l0000001', 0);
    const figure = annotate(before, '1,240 people', 'l0000002');
    const closing = annotate(before, 'Thank you, Tomas', 'l0000003');
    const after = [turns[0], turns[2], turns[3]].join('\n\n') + '\n';
    const { annotations, report } = reanchor([label, figure, closing], after);
    assert.ok(!['unchanged', 'moved'].includes(outcome(report, 'l0000001')), `the deleted turn's label was ${outcome(report, 'l0000001')}`);
    const placed = annotations[0] as Annotation;
    if (!placed.orphaned) assert.equal(placed.status, 'proposed', 'placed only for review');
    assert.equal(outcome(report, 'l0000003'), 'moved');
  });

  it('keeps a quote moved with the edit inside the annotation right before it (its end moved as this one did)', () => {
    const wire =
      'VARNHOLM (Meridian Wire) — About 1,150 people have been detained, the Interior Ministry said.\n\nUnion leader Sigrid Lindqvist called the arrests a scandal and promised more strikes.\n\nPrime Minister Jean-Luc Abadie said the port would reopen on Thursday.\n';
    const quotes = [
      'About 1,150 people have been detained',
      'Interior Ministry',
      'Sigrid Lindqvist',
      'called the arrests a scandal',
      'Jean-Luc Abadie',
      'the port would reopen on Thursday',
    ];
    const list = quotes.map((q, i) => annotate(wire, q, `w000000${i}`));
    const edited = `CORRECTION: An earlier version misstated the ministry's figure.\n\n${wire}`
      .replace('called the arrests a scandal', 'called the mass arrests a scandal')
      .replace('the port would reopen on Thursday', 'talks would resume next week');
    const { annotations, report } = reanchor(list, edited);
    assert.deepEqual(report.moved, ['w0000000', 'w0000001', 'w0000002', 'w0000004']);
    assert.deepEqual(report.needsReview, ['w0000003']);
    assert.deepEqual(report.orphaned, ['w0000005']);
    const abadie = annotations[4] as Annotation;
    assert.equal(Array.from(edited).slice(abadie.start, abadie.end).join(''), 'Jean-Luc Abadie');
  });
});

import assert from 'node:assert/strict';
import type { Annotation, ClaimAnnotation } from '../../src/core';
import { claimQuestion, keywordsOf, suggestGroups, withQuestion, type ClaimRef } from '../../src/core/claims';

let serial = 0;
function claim(quote: string, extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  serial++;
  return {
    id: `c${String(serial).padStart(7, '0')}`,
    kind: 'claim',
    start: serial * 100,
    end: serial * 100 + quote.length,
    quote,
    status: 'accepted',
    ...extra,
  };
}

const okonjo: Annotation = { id: 'spk00001', kind: 'speaker', start: 0, end: 12, quote: 'MARIA OKONJO', speaker: 'Maria Okonjo', status: 'accepted' };
const solberg: Annotation = {
  id: 'ent00001',
  kind: 'entity',
  type: 'person',
  start: 0,
  end: 14,
  quote: 'Katrin Solberg',
  entity: 'katrin-solberg',
  status: 'accepted',
};

// Four sources: the detention figures conflict; two also report a pay raise; the rest stands alone.
function documents(): Record<string, Annotation[]> {
  return {
    'wvpr.txt': [
      okonjo,
      claim('the Varnholm Metropolitan Police said 1,200 people had been detained and 14 officers had been hurt', { by: 'spk00001' }),
      claim('Nordhavn offered a 4.5 percent raise spread over two years', { by: 'spk00001' }),
      claim('Last week, 75 percent of members voted to strike', { by: 'spk00001' }),
    ],
    'dispatch.txt': [claim('Police said 900 people were arrested in the square')],
    'meridian.txt': [
      solberg,
      claim('About 1,150 people who ignored repeated orders to disperse have been detained', { by: 'ent00001' }),
      claim('The union is seeking a 9% raise'),
    ],
    'coastal.txt': [claim('2,000 people were taken into custody on Monday night'), claim('41 vessels were anchored offshore')],
  };
}

function refs(docs: Record<string, Annotation[]>): ClaimRef[] {
  return Object.entries(docs).flatMap(([key, annotations]) =>
    annotations.filter((a): a is ClaimAnnotation => a.kind === 'claim').map((c) => ({ key, claim: c, annotations })),
  );
}

const quotesOf = (docs: Record<string, Annotation[]>, ids: ReadonlyArray<{ id: string }>): string[] =>
  ids.map(
    ({ id }) =>
      Object.values(docs)
        .flat()
        .find((a) => a.id === id)
        ?.quote.slice(0, 24) ?? '?',
  );

describe('Claim groups by question', () => {
  it('reads and sets the question of a claim in its attributes', () => {
    const c = claim('x', { attributes: { checked: true } });
    const asked = withQuestion(c, '  How many people   were detained? ', new Date('2026-11-21T10:00:00Z'));
    assert.deepEqual(asked.attributes, { checked: true, question: 'How many people were detained?' });
    assert.equal(claimQuestion(asked), 'How many people were detained?');
    assert.equal(asked.modified, '2026-11-21T10:00:00.000Z');
    assert.equal(withQuestion(asked, 'How many people were detained?'), asked);
    assert.deepEqual(withQuestion(asked, '').attributes, { checked: true });
    assert.equal(claimQuestion(claim('y', { attributes: { question: 42 } })), undefined);
  });

  it('treats the words reporters vary for one event as one concept', () => {
    const [a, b, c] = ['were detained', 'were arrested', 'taken into custody'].map(keywordsOf);
    assert.ok(a?.has('detain') && b?.has('detain') && c?.has('detain'));
  });

  it('suggests grouping the detention figures of every source under one proposed question', () => {
    const docs = documents();
    const suggestions = suggestGroups(refs(docs));
    const detained = suggestions[0];
    assert.equal(detained?.question, 'How many people were detained?');
    assert.equal(detained?.existing, false);
    assert.equal(detained?.kind, 'count');
    assert.ok(detained?.keywords.includes('detain'));
    assert.deepEqual(detained && quotesOf(docs, detained.claims).sort(), [
      '2,000 people were taken ',
      'About 1,150 people who i',
      'Police said 900 people w',
      'the Varnholm Metropolita',
    ]);
  });

  it('groups the pay raises separately and leaves claims that share nothing alone', () => {
    const docs = documents();
    const suggestions = suggestGroups(refs(docs));
    assert.equal(suggestions.length, 2);
    const raise = suggestions[1];
    assert.equal(raise?.kind, 'percent');
    assert.equal(raise?.question, 'What percentage (pay)?');
    assert.deepEqual(raise && quotesOf(docs, raise.claims), ['Nordhavn offered a 4.5 p', 'The union is seeking a 9']);
  });

  it('proposes an existing question for claims that join a group, and nothing for a group already complete', () => {
    const docs = documents();
    const question = 'How many were held?';
    const ask = (key: string, index: number): void => {
      const list = docs[key] as Annotation[];
      list[index] = withQuestion(list[index] as ClaimAnnotation, question);
    };
    ask('wvpr.txt', 1);
    ask('dispatch.txt', 0);
    const joining = suggestGroups(refs(docs))[0];
    assert.equal(joining?.question, question);
    assert.equal(joining?.existing, true);
    ask('meridian.txt', 1);
    ask('coastal.txt', 0);
    assert.ok(suggestGroups(refs(docs)).every((s) => s.question !== question));
  });

  it('links claims through a shared canonical entity even without figures', () => {
    const abadie: Annotation = {
      id: 'ent00009',
      kind: 'entity',
      type: 'person',
      start: 0,
      end: 6,
      quote: 'Abadie',
      entity: 'jean-luc-abadie',
      status: 'accepted',
    };
    const a = [abadie, claim('Abadie called the strike unlawful', { by: 'ent00009' })];
    const b = [{ ...abadie }, claim('Abadie says the strike is unlawful and must end', { by: 'ent00009' })];
    const [suggestion] = suggestGroups(refs({ 'a.txt': a, 'b.txt': b }));
    assert.deepEqual(suggestion?.entities, ['jean-luc-abadie']);
    assert.equal(suggestion?.claims.length, 2);
  });

  it('does not group a crowd estimate with detentions just because both cite the police', () => {
    const docs = { 'a.txt': [claim('Police put the crowd at 8,000 people')], 'b.txt': [claim('Police said 1,200 people were detained')] };
    assert.deepEqual(suggestGroups(refs(docs)), []);
  });

  it('never groups claims of one document on their own, nor rejected claims', () => {
    const same = { 'a.txt': [claim('1,200 people were detained'), claim('Police detained 1,200 people')] };
    assert.deepEqual(suggestGroups(refs(same)), []);
    const rejected = { 'a.txt': [claim('1,200 people were detained')], 'b.txt': [claim('900 people were detained', { status: 'rejected' })] };
    assert.deepEqual(suggestGroups(refs(rejected)), []);
  });
});

import assert from 'node:assert/strict';
import { normalizeText, type Annotation } from '../../src/core';
import { recognizeEntities } from '../../src/core/suggest/entities';
import { suggestAnnotations } from '../../src/core/suggest';
import { attributeSentence, attributeSentences, trimmedSentences } from '../../src/core/transcript';

const source = (sentence: string): string | undefined => attributeSentence(sentence, 0, sentence.length)?.source.text;

describe('Attribution of reported speech', () => {
  const cases: Array<[string, string, 'person' | 'organization']> = [
    ['Katrin Solberg said 1,150 people had been detained.', 'Katrin Solberg', 'person'],
    ['The count was far too low, said Prof. Reyes.', 'Prof. Reyes', 'person'],
    ['About 300 will face charges, according to the interior ministry.', 'the interior ministry', 'organization'],
    ['Jean-Luc Abadie, the prime minister, told reporters the strike was unlawful.', 'Jean-Luc Abadie', 'person'],
    ['At the terminal, the minister says that 1,200 people were detained.', 'the minister', 'person'],
    ['“We will not leave,” Ana Reyes said.', 'Ana Reyes', 'person'],
    ['"About 1,150 people have been detained," said Katrin Solberg, a spokesperson for the Interior Ministry.', 'Katrin Solberg', 'person'],
    ['The Interior Ministry says 1,200 were held.', 'The Interior Ministry', 'organization'],
    ['Prof. Elin Reyes of Aldermark University said the count was low.', 'Prof. Elin Reyes', 'person'],
  ];
  for (const [sentence, expected, kind] of cases) {
    it(`finds ${expected} in "${sentence}"`, () => {
      const found = attributeSentence(sentence, 0, sentence.length);
      assert.equal(found?.source.text, expected);
      assert.equal(found?.kind, kind);
    });
  }

  for (const sentence of ['The union began its strike at 6 a.m. on Monday.', 'Police described a 3,000-strong crowd.', 'She said most had been released.']) {
    it(`names no source in "${sentence}" on its own`, () => {
      assert.equal(source(sentence), undefined);
    });
  }

  it('gives a pronoun the source of the sentence before it', () => {
    const text = 'Katrin Solberg said 1,150 people were held. She said most had been released.';
    const found = attributeSentences(text, trimmedSentences(text, 0, text.length));
    assert.deepEqual(
      found.map((a) => a?.source.text),
      ['Katrin Solberg', 'Katrin Solberg'],
    );
  });

  it('gives the appositive name to a sentence where the source acts and then speaks', () => {
    assert.equal(source('The arbiter, Tove Lindahl, arrived at 9 o’clock and said she expected talks to last a week.'), 'Tove Lindahl');
    // A comma-free stretch only: a second clause with its own subject is not crossed.
    assert.equal(source('The arbiter, Tove Lindahl, arrived late; the union said 40 had left.'), 'the union');
  });

  it('gives "she" the person the sentence before was about, not an older source', () => {
    const text = 'The port authority says 30 ships are waiting. Ana Reyes chairs the Ferry Workers’ Federation. She told me her members are 2,400-strong.';
    const found = attributeSentences(text, trimmedSentences(text, 0, text.length));
    assert.deepEqual(
      found.map((a) => a?.source.text),
      ['The port authority', undefined, 'Ana Reyes'],
    );
    assert.equal(found[2]?.kind, 'person');
  });

  it('keeps the older source for "they", and for "she" once the subject is two sentences back', () => {
    const they = 'The port authority says 30 ships are waiting. Ana Reyes chairs the federation. They said the queue would grow.';
    assert.equal(attributeSentences(they, trimmedSentences(they, 0, they.length))[2]?.source.text, 'The port authority');
    const far = 'Katrin Solberg said 1,150 were held. Ana Reyes chairs the federation. The ferries stopped. Boats waited. She said most were released.';
    assert.equal(attributeSentences(far, trimmedSentences(far, 0, far.length))[4]?.source.text, 'Katrin Solberg');
  });
});

describe('Entities without a registry', () => {
  const text =
    'VARNHOLM (MERIDIAN WIRE) — Prof. Elin Reyes of Aldermark University met Katrin Solberg in Harbor Square. Reyes said the Varnholm Dockworkers’ Union had 4,800 members in Varnholm.';
  const found = recognizeEntities(text, () => false, trimmedSentences(text, 0, text.length));

  it('types people, organisations and places, without titles, possessives or all-caps datelines', () => {
    assert.deepEqual(
      found.map((e) => [text.slice(e.start, e.end), e.type]),
      [
        ['Elin Reyes', 'person'],
        ['Aldermark University', 'organization'],
        ['Katrin Solberg', 'person'],
        ['Harbor Square', 'location'],
        ['Reyes', 'person'],
        ['Varnholm Dockworkers’ Union', 'organization'],
        ['Varnholm', 'location'],
      ],
    );
  });

  it('links a surname to the full name seen before', () => {
    assert.equal(found.find((e) => text.slice(e.start, e.end) === 'Reyes')?.name, 'Elin Reyes');
  });
});

describe('Suggested claims of reported speech', () => {
  const raw =
    'MARIA OKONJO, BYLINE: At the ferry terminal, the interior ministry says that 1,200 people were detained.\n\nOKONJO: The count was far too low, said Prof. Reyes.\n\n3 of 12\n';
  const text = normalizeText(raw);
  const maria: Annotation = { id: 'mariaaaa', kind: 'speaker', start: 0, end: 12, quote: 'MARIA OKONJO', speaker: 'Maria Okonjo', status: 'accepted' };
  const out = suggestAnnotations({ normalizedText: text, rawText: raw, annotations: [maria], now: new Date('2026-12-01T00:00:00Z') });
  const byId = new Map(out.map((a) => [a.id, a]));

  it('gives the claim to the quoted source, proposed as an entity, not to the reporter', () => {
    const claims = out.filter((a) => a.kind === 'claim');
    assert.deepEqual(
      claims.map((c) => [c.quote, c.kind === 'claim' && c.by ? byId.get(c.by)?.quote : c.kind === 'claim' ? c.by : undefined]),
      [
        ['At the ferry terminal, the interior ministry says that 1,200 people were detained', 'interior ministry'],
        ['The count was far too low, said Prof. Reyes', 'Reyes'],
      ],
    );
    const ministry = out.find((a) => a.quote === 'interior ministry');
    assert.ok(ministry?.kind === 'entity' && ministry.type === 'organization' && ministry.status === 'proposed');
  });

  it('types a claim with a figure as a statistic and never proposes a gallery counter', () => {
    const claims = out.filter((a) => a.kind === 'claim');
    assert.deepEqual(
      claims.map((c) => (c.kind === 'claim' ? (c.claimType ?? null) : null)),
      ['statistic', null],
    );
    assert.ok(!out.some((a) => a.quote.includes('3 of 12')));
  });
});

describe('Attribution: more forms, and a margin on the target (issue 19)', () => {
  const cases: Array<[string, string]> = [
    ['“Nobody wants the islands to go dark,” Lindqvist said.', 'Lindqvist'],
    ['“The union says no,” Ana Reyes told the Post.', 'Ana Reyes'],
    ['Figures from the Kaldmark Statistics Office show that 4,350 people live there.', 'the Kaldmark Statistics Office'],
    ['The union wants 9% over two years.', 'The union'],
    ['Opposition leader Karin Strand called on him to appoint a mediator.', 'Karin Strand'],
    ['The opposition Social Democrats accused him of ignoring the islands.', 'Social Democrats'],
    ['The federation’s chair, Ana Reyes, had asked for three days.', 'Ana Reyes'],
  ];
  for (const [sentence, expected] of cases) {
    it(`finds ${expected} in "${sentence}"`, () => assert.equal(source(sentence), expected));
  }

  it('splits a sentence reporting two sources into two claims, each with its own source', () => {
    const text = 'Meanwhile the interior ministry now puts the number detained at 1,180, and the Varnholm Dockworkers’ Union says 1,400.\n';
    const out = suggestAnnotations({ normalizedText: text, rawText: text, annotations: [], now: new Date('2026-12-01T00:00:00Z') });
    const quote = (id: string | undefined): string | undefined => out.find((a) => a.id === id)?.quote;
    const claims = out.filter((a) => a.kind === 'claim').map((c) => [c.quote, c.kind === 'claim' ? quote(c.by) : undefined]);
    assert.deepEqual(claims, [
      ['Meanwhile the interior ministry now puts the number detained at 1,180', 'interior ministry'],
      ['the Varnholm Dockworkers’ Union says 1,400', 'Varnholm Dockworkers’ Union'],
    ]);
  });

  it('keeps a sentence whole when only one clause reports', () => {
    const text = 'The ministry says 1,180 were held, and the talks resume on Monday.\n';
    const out = suggestAnnotations({ normalizedText: text, rawText: text, annotations: [], kinds: ['claim'], now: new Date('2026-12-01T00:00:00Z') });
    assert.deepEqual(
      out.map((a) => a.quote),
      ['The ministry says 1,180 were held, and the talks resume on Monday'],
    );
  });
});

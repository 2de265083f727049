import assert from 'node:assert/strict';
import { hashText, loadSidecar, normalizeText, serializeSidecar, type Annotation } from '../../src/core';
import { createAnnotation } from '../../src/core/annotate';
import { CodePointText } from '../../src/core/offsets';
import type { EntityRegistry } from '../../src/core/registry';
import { isSuggested, suggestAnnotations, tagAllMentions } from '../../src/core/suggest';

// BOM, CRLF and an emoji before everything, so UTF-16 and code point offsets differ throughout.
const RAW = [
  '\ufeffVarnholm strike 🚢',
  '',
  'MARIA OKONJO, BYLINE: Police say they detained 1,200 people. Abadie’s office said nothing.',
  '',
  'RAMÍREZ, HOST: What happened next? Feb. 9 was a Monday.',
  '',
  'OKONJO: Jean-Luc Abadie called it unlawful. About 8,000 marched.',
  '',
  '(LAUGHTER)',
  '',
  'Copyright © 2026 WVPR. All rights reserved, said nobody.',
  '',
].join('\r\n');
const TEXT = normalizeText(RAW);
const REGISTRY: EntityRegistry = {
  version: 1,
  entities: [
    { id: 'jean-luc-abadie', name: 'Jean-Luc Abadie', type: 'person', aliases: ['Abadie'] },
    { id: 'varnholm', name: 'Varnholm', type: 'location' },
  ],
};
const NOW = new Date('2026-11-21T10:00:00.000Z');
const points = Array.from(TEXT);
const cut = (a: { start: number; end: number }): string => points.slice(a.start, a.end).join('');

function existing(kind: 'speaker' | 'entity' | 'claim', quote: string, status: Annotation['status'], ids: Set<string>): Annotation {
  assert.ok(TEXT.includes(quote), quote);
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
  const fields = kind === 'speaker' ? { kind, speaker: 'Maria Okonjo' } : kind === 'entity' ? { kind, type: 'person' } : { kind };
  const a = createAnnotation(new CodePointText(TEXT), fields, { start, end: start + Array.from(quote).length, existingIds: ids, status, now: NOW });
  ids.add(a.id);
  return a;
}

const summary = (list: readonly Annotation[]): string[] => list.map((a) => `${a.kind}: ${cut(a)}`);

describe('Suggested annotations', () => {
  it('proposes speaker turns, registry mentions and claims carrying figures or attributions', () => {
    const suggested = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], registry: REGISTRY, now: NOW });
    assert.deepEqual(summary(suggested), [
      'entity: Varnholm',
      'speaker: MARIA OKONJO',
      'claim: Police say they detained 1,200 people',
      'entity: Abadie',
      'claim: Abadie’s office said nothing',
      'speaker: RAMÍREZ',
      'speaker: OKONJO',
      'entity: Jean-Luc Abadie',
      // "called it unlawful" is his position (issue 19): a claim of his.
      'claim: Jean-Luc Abadie called it unlawful',
      'claim: About 8,000 marched',
    ]);
  });

  it('marks every suggestion proposed and suggested, with the fields of its kind', () => {
    const suggested = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], registry: REGISTRY, now: NOW, author: 'bot' });
    assert.ok(suggested.every((a) => a.status === 'proposed' && isSuggested(a) && a.author === 'bot' && a.quote === cut(a)));
    const okonjo = suggested.find((a) => a.kind === 'speaker' && a.quote === 'OKONJO');
    assert.deepEqual(okonjo?.kind === 'speaker' && [okonjo.speaker, okonjo.role], ['Maria Okonjo', 'byline']);
    const mention = suggested.find((a) => a.kind === 'entity' && a.quote === 'Abadie');
    assert.deepEqual(mention?.kind === 'entity' && [mention.type, mention.entity], ['person', 'jean-luc-abadie']);
    const statistic = suggested.find((a) => a.kind === 'claim' && a.quote.startsWith('Police'));
    assert.equal(statistic?.kind === 'claim' && statistic.claimType, 'statistic');
  });

  it('produces a sidecar that loads without problems against the raw text', () => {
    const annotations = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], registry: REGISTRY, now: NOW });
    const source = serializeSidecar({ version: 1, text: 'a.txt', textHash: hashText(TEXT), annotations });
    assert.deepEqual(loadSidecar(source, RAW).problems, []);
  });

  it('never duplicates an annotation of the same kind overlapping the span, whatever its status', () => {
    const ids = new Set<string>();
    const current = [
      existing('speaker', 'MARIA OKONJO', 'accepted', ids),
      existing('entity', 'Abadie’s', 'rejected', ids),
      existing('claim', 'detained 1,200', 'proposed', ids),
      existing('entity', 'Police', 'accepted', ids),
    ];
    const suggested = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: current, registry: REGISTRY, now: NOW });
    const texts = summary(suggested);
    assert.ok(!texts.includes('speaker: MARIA OKONJO'));
    assert.ok(!texts.includes('entity: Abadie'));
    assert.ok(!texts.includes('claim: Police say they detained 1,200 people'));
    assert.ok(texts.includes('claim: Abadie’s office said nothing'), 'another kind over the same text does not block');
    assert.ok(suggested.every((a) => !ids.has(a.id)));
  });

  it('attributes a claim to the reviewed speaker of its turn, never to a suggested one', () => {
    const ids = new Set<string>();
    const maria = existing('speaker', 'MARIA OKONJO', 'accepted', ids);
    const suggested = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [maria], now: NOW });
    const claims = suggested.filter((a) => a.kind === 'claim');
    // Reported speech goes to its source (issue 19): "Abadie’s office said" is the office's, proposed as an entity.
    const office = suggested.find((a) => a.kind === 'entity' && a.quote === 'Abadie’s office');
    assert.ok(office && office.kind === 'entity' && office.type === 'organization');
    assert.deepEqual(
      claims.map((c) => (c.kind === 'claim' ? [c.quote, c.by ?? null] : [])),
      [
        ['Police say they detained 1,200 people', maria.id],
        ['Abadie’s office said nothing', office.id],
        ['Jean-Luc Abadie called it unlawful', suggested.find((a) => a.kind === 'entity' && a.quote === 'Jean-Luc Abadie')?.id],
        ['About 8,000 marched', null],
      ],
    );
  });

  it('suggests nothing more once its suggestions are in the document', () => {
    const first = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], registry: REGISTRY, now: NOW });
    assert.deepEqual(suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: first, registry: REGISTRY, now: NOW }), []);
  });

  it('suggests only the kinds asked for, and entities without a registry too (issue 19)', () => {
    const speakers = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], kinds: ['speaker'], now: NOW });
    assert.deepEqual(
      speakers.map((a) => a.kind),
      ['speaker', 'speaker', 'speaker'],
    );
    const entities = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], now: NOW }).filter((a) => a.kind === 'entity');
    assert.deepEqual(
      entities.map((a) => (a.kind === 'entity' ? [a.quote, a.type, a.entity ?? null] : [])),
      [
        ['Abadie’s office', 'organization', null],
        ['Jean-Luc Abadie', 'person', null],
      ],
    );
  });

  it('tags all untagged mentions of one entity as proposed, without the suggested mark', () => {
    const ids = new Set<string>();
    const current = [existing('entity', 'Jean-Luc Abadie', 'accepted', ids)];
    const entity = REGISTRY.entities[0];
    assert.ok(entity);
    const tagged = tagAllMentions({ normalizedText: TEXT, annotations: current, entity, now: NOW });
    assert.deepEqual(summary(tagged), ['entity: Abadie']);
    assert.ok(tagged.every((a) => a.status === 'proposed' && !isSuggested(a) && a.kind === 'entity' && a.entity === 'jean-luc-abadie'));
  });
});

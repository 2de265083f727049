import assert from 'node:assert/strict';
import { CodePointText, loadSidecar, hashText, serializeSidecar, type Annotation } from '../../src/core';
import { createAnnotation, resolveAttribution, slugify, trimSpan } from '../../src/core/annotate';

const cut = (text: string, start: number, end: number): string | undefined => {
  const span = trimSpan(text, start, end);
  return span && text.slice(span.start, span.end);
};

describe('Tagging helpers', () => {
  it('trims whitespace, quotes and sentence punctuation from both ends of a selection', () => {
    const text = ' “a scandal.” ';
    assert.equal(cut(text, 0, text.length), 'a scandal');
    assert.equal(cut('(1,150).', 0, 8), '1,150');
  });

  it('keeps a percent sign, a leading number sign, currency and emoji', () => {
    assert.equal(cut('about 75%.', 6, 10), '75%');
    assert.equal(cut(' #1: ', 0, 5), '#1');
    assert.equal(cut('$4.5', 0, 4), '$4.5');
    assert.equal(cut('docks 🚢,', 0, 9), 'docks 🚢');
  });

  it('finds nothing to tag in a selection of only punctuation and spaces', () => {
    assert.equal(trimSpan(' , “ ', 0, 5), undefined);
  });

  it('makes readable canonical ids with accents folded', () => {
    assert.equal(slugify('Jean-Luc Abadie'), 'jean-luc-abadie');
    assert.equal(slugify('A Ramírez'), 'a-ramirez');
    assert.equal(slugify('Jose\u0301 Ferreira'), 'jose-ferreira');
    assert.equal(slugify('Varnholm Dockworkers’ Union'), 'varnholm-dockworkers-union');
  });

  it('creates an annotation whose quote and context come from code point offsets', () => {
    const text = new CodePointText('🚢 Police detained 1,150 people.');
    const annotation = createAnnotation(
      text,
      { kind: 'claim', claimType: 'statistic' },
      { start: 2, end: 30, existingIds: new Set(), now: new Date('2026-11-21T10:00:00Z') },
    );
    assert.equal(annotation.quote, 'Police detained 1,150 people');
    assert.equal(annotation.prefix, '🚢 ');
    assert.equal(annotation.suffix, '.');
    assert.equal(annotation.created, '2026-11-21T10:00:00.000Z');
    const sidecar = { version: 1 as const, text: 't.txt', textHash: hashText(text.text), annotations: [annotation] };
    assert.deepEqual(loadSidecar(serializeSidecar(sidecar), text.text).problems, []);
  });

  it('resolves who made a claim by annotation id, speaker name or canonical entity', () => {
    const base = { start: 0, end: 1, quote: 'x', status: 'accepted' as const };
    const annotations: Annotation[] = [
      { ...base, id: 'aspk0001', kind: 'speaker', speaker: 'Maria Okonjo' },
      { ...base, id: 'aent0001', kind: 'entity', type: 'person', quote: 'Abadie', entity: 'jean-luc-abadie' },
    ];
    assert.equal(resolveAttribution(annotations, 'aent0001'), 'aent0001');
    assert.equal(resolveAttribution(annotations, 'maria okonjo'), 'aspk0001');
    assert.equal(resolveAttribution(annotations, 'jean-luc-abadie'), 'aent0001');
    assert.equal(resolveAttribution(annotations, 'Sigrid Lindqvist'), undefined);
  });
});

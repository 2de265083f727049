/** Shared sample text and sidecars for the sidecar-* tests. */
import { contextAround, hashText, normalizeText, type Annotation, type Sidecar } from '../../src/core';

/** A short article with a BOM-free LF text, an astral character and quotes. */
export const TEXT =
  'MARIA OKONJO, BYLINE: The harbor strike 🚢 entered its third day.\n' +
  'Union says 2,000 workers walked out; police say 1,150.\n' +
  'Jean-Luc Abadie, the port director, called it "illegal".\n';

/** Code point offsets of the first occurrence of `quote` in TEXT. */
export function spanOf(quote: string, text = TEXT): { start: number; end: number } {
  const unit = text.indexOf(quote);
  if (unit < 0) throw new Error(`fixture quote not found: ${quote}`);
  const start = Array.from(text.slice(0, unit)).length;
  return { start, end: start + Array.from(quote).length };
}

function anchored(quote: string): { start: number; end: number; quote: string; prefix: string; suffix: string } {
  const { start, end } = spanOf(quote);
  return { start, end, quote, ...contextAround(normalizeText(TEXT), start, end) };
}

/** Three annotations of each kind over TEXT, valid against it. */
export function sampleAnnotations(): Annotation[] {
  return [
    {
      id: 'k7q2m9xa',
      kind: 'speaker',
      ...anchored('MARIA OKONJO'),
      speaker: 'Maria Okonjo',
      role: 'byline',
      status: 'accepted',
      author: 'maria',
      created: '2026-11-21T10:00:00.000Z',
      modified: '2026-11-21T10:05:00.000Z',
    },
    { id: 'p3vw8cnz', kind: 'entity', type: 'person', ...anchored('Jean-Luc Abadie'), entity: 'jean-luc-abadie', status: 'proposed' },
    {
      id: 'c0ffee42',
      kind: 'claim',
      ...anchored('2,000 workers walked out'),
      claimType: 'statistic',
      by: 'k7q2m9xa',
      status: 'proposed',
      note: 'Union says 2,000; police say 1,150.',
      attributes: { checked: false, source: 'press release', weight: 2 },
    },
  ];
}

/** A valid sidecar for TEXT. */
export function sampleSidecar(annotations = sampleAnnotations()): Sidecar {
  return { version: 1, text: 'harbor-strike.txt', textHash: hashText(normalizeText(TEXT)), annotations };
}

/**
 * Documents for the exchange-* tests: a hand-written sample with a BOM,
 * CRLF, an emoji and a combining accent, and a fast-check arbitrary of
 * random valid annotated documents. Also checks that they are valid.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contextAround, hashText, loadSidecar, normalizeText, type Annotation, type Sidecar } from '../../src/core';
import type { ExportDocument } from '../../src/core/exchange';

/** Raw sample text: BOM, CRLF line ends, an emoji (two UTF-16 units) and e + combining acute. */
export const SAMPLE_RAW =
  '\ufeffTEODOR BRAKKE, UNION SECRETARY: We counted 2,400 members 🚢 on the quay.\r\n' +
  'Mayor Ingrid Solheim met them at the Cafe\u0301 Måsen; she said 4.5 percent was fair.\r\n' +
  '\r\n' +
  'The port [authority] said *nothing* | <b>yet</b>.\r\n';

/** Code point offsets of the `nth` occurrence of `quote` in the normalised text. */
export function span(normalized: string, quote: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = normalized.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not found: ${quote}`);
  const start = Array.from(normalized.slice(0, at)).length;
  return { start, end: start + Array.from(quote).length };
}

/** An annotation anchored on the first (or nth) occurrence of `quote`. */
export function at(normalized: string, quote: string, fields: Record<string, unknown>, nth = 0): Annotation {
  const { start, end } = span(normalized, quote, nth);
  return { start, end, quote, ...contextAround(normalized, start, end), status: 'accepted', ...fields } as Annotation;
}

/** The sample as an export document (valid sidecar). */
export function sampleDocument(path = 'news/brakke.txt'): ExportDocument {
  const n = normalizeText(SAMPLE_RAW);
  const annotations: Annotation[] = [
    at(n, 'TEODOR BRAKKE', { id: 'sbrakke1', kind: 'speaker', speaker: 'Teodor Brakke', role: 'union secretary' }),
    at(n, 'We counted 2,400 members 🚢 on the quay', {
      id: 'cmember1',
      kind: 'claim',
      claimType: 'statistic',
      by: 'sbrakke1',
      note: 'Union figure;\nnot checked.',
    }),
    at(n, 'Ingrid Solheim', { id: 'esolheim', kind: 'entity', type: 'person', entity: 'ingrid-solheim', status: 'proposed' }),
    at(n, 'Cafe\u0301 Måsen', { id: 'ecafe001', kind: 'entity', type: 'location', entity: 'cafe masen' }),
    at(n, '4.5 percent was fair.\n\nThe port', { id: 'cfair001', kind: 'claim', by: 'esolheim', status: 'rejected' }),
    at(n, 'port [authority]', { id: 'eport001', kind: 'entity', type: 'organization', note: 'tab\there' }),
  ];
  const sidecar: Sidecar = { version: 1, text: 'brakke.txt', textHash: hashText(n), annotations };
  return { path, text: SAMPLE_RAW, sidecar };
}

// \u2028 and \x1c are line breaks to Python's splitlines (brat), not to JavaScript or our normalisation.
const PIECES = [
  'Varnholm',
  'Jean-Luc',
  'Aleska’s',
  '1,150',
  '4.5',
  'e\u0301',
  '🚢',
  '“strike”',
  ',',
  '.',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\u2028',
  '\x1c',
  'Måsen',
  'x',
];
const TYPES = ['person', 'organization', 'location', 'event', 'other'];
const TIMES = ['2026-11-18T17:00:00.000Z', '2026-11-19T08:30:00+01:00'];

/** Options of {@link documentArbitrary}. */
export interface ArbitraryOptions {
  /** Only what brat can carry exactly: one-line trimmed notes and values. */
  bratSafe?: boolean;
}

/**
 * Random valid documents: text with or without a BOM, LF/CRLF/CR line ends,
 * emoji and combining marks; annotations of every kind on spans that neither
 * start nor end with whitespace, unique by kind+start+end+type, with random
 * attributions, statuses, notes and canonical ids.
 */
export function documentArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<ExportDocument> {
  const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
  const body = fc.array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 40 }).map((p) => 'A' + p.join('') + 'Z');
  return fc.tuple(body, lineEnd, fc.boolean()).chain(([text, eol, bom]) => {
    const normalized = text;
    const points = Array.from(normalized);
    const spanArb = fc
      .tuple(fc.nat(points.length - 1), fc.nat(points.length - 1))
      .map(([a, b]) => trim(points, Math.min(a, b), Math.max(a, b) + 1))
      .filter((s): s is [number, number] => s !== undefined);
    const line = options.bratSafe ? fc.constantFrom('checked', 'see the union’s figure', 'a, b | c') : fc.string({ minLength: 0, maxLength: 12 });
    const draft = fc.record({
      span: spanArb,
      kind: fc.constantFrom('claim', 'speaker', 'entity'),
      type: fc.constantFrom(...TYPES),
      status: fc.constantFrom('proposed', 'accepted', 'rejected'),
      note: fc.option(line, { nil: undefined }),
      entity: fc.option(fc.constantFrom('jean-luc', 'varnholm port', '100%', 'wikidata:Q1'), { nil: undefined }),
      value: fc.option(fc.constantFrom('statistic', 'host', 'Lena Voss', 'union secretary'), { nil: undefined }),
      by: fc.nat(50),
      meta: fc.boolean(),
    });
    const key = (d: { span: [number, number]; kind: string; type: string }): string =>
      `${d.kind}:${d.span[0]}:${d.span[1]}:${d.kind === 'entity' ? d.type : ''}`;
    return fc.uniqueArray(draft, { selector: key, maxLength: 12 }).map((drafts) => {
      const annotations = drafts.map((d, i) => build(normalized, d, i));
      const targets = annotations.filter((a) => a.kind !== 'claim');
      drafts.forEach((d, i) => {
        const a = annotations[i] as Annotation;
        if (a.kind === 'claim' && targets.length > 0 && d.by % 3 !== 0) a.by = (targets[d.by % targets.length] as Annotation).id;
      });
      const raw = (bom ? '\ufeff' : '') + normalized.replace(/\n/g, eol);
      const sidecar: Sidecar = { version: 1, text: 'doc.txt', textHash: hashText(normalized), annotations };
      return { path: 'corpus/doc.txt', text: raw, sidecar };
    });
  });
}

// The span shrunk so that it neither starts nor ends with whitespace or a line break (brat cannot mark
// one at either end); undefined if nothing is left.
function trim(points: readonly string[], start: number, end: number): [number, number] | undefined {
  const blank = /^[\s\x1c-\x1e\x85]$/u;
  while (start < end && blank.test(points[start] as string)) start++;
  while (end > start && blank.test(points[end - 1] as string)) end--;
  return start < end ? [start, end] : undefined;
}

type Draft = {
  span: [number, number];
  kind: string;
  type: string;
  status: string;
  note?: string | undefined;
  entity?: string | undefined;
  value?: string | undefined;
  meta: boolean;
};

function build(normalized: string, d: Draft, i: number): Annotation {
  const [start, end] = d.span;
  const quote = Array.from(normalized).slice(start, end).join('');
  const a: Record<string, unknown> = {
    id: `a${String(i).padStart(7, '0')}`,
    kind: d.kind,
    start,
    end,
    quote,
    ...contextAround(normalized, start, end),
    status: d.status,
  };
  if (d.kind === 'entity') a.type = d.type;
  if (d.note !== undefined) a.note = d.note;
  if (d.kind === 'entity' && d.entity !== undefined) a.entity = d.entity;
  if (d.kind === 'claim' && d.value !== undefined) a.claimType = d.value;
  if (d.kind === 'speaker' && d.value !== undefined) [a.speaker, a.role] = [d.value, 'guest'];
  if (d.meta) Object.assign(a, { author: 'desk', created: TIMES[i % 2], attributes: { checked: i % 2 === 0, weight: i } });
  return a as Annotation;
}

describe('Exchange test documents', () => {
  it('include a sample whose sidecar loads against its BOM, CRLF, emoji and combining-mark text without problems', () => {
    const doc = sampleDocument();
    const loaded = loadSidecar(JSON.stringify(doc.sidecar), doc.text, { textFileName: 'brakke.txt' });
    assert.deepEqual(loaded.problems, []);
  });

  it('generate random documents whose sidecars are valid against their texts', () => {
    fc.assert(
      fc.property(documentArbitrary(), (doc) => {
        const loaded = loadSidecar(JSON.stringify(doc.sidecar), doc.text, { textFileName: 'doc.txt' });
        assert.deepEqual(loaded.problems, []);
      }),
      { numRuns: 100 },
    );
  });
});

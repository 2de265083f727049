import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportBrat, exportW3c, type ExportDocument } from '../../src/core/exchange';
import { documentArbitrary, sampleDocument } from './exchange-samples.test';

// Written independently of src/core: what Python's open(f, encoding='utf-8-sig').read() returns.
const pythonRead = (raw: string): string => raw.replace(/^\ufeff/, '').replace(/\r\n|\r/g, '\n');
const slice = (points: readonly string[], start: number, end: number): string => points.slice(start, end).join('');

/** Checks every T line of a brat export against code points of its .txt, as brat (Python) would read them. */
function checkBrat(doc: ExportDocument): void {
  const files = exportBrat([doc]).files;
  const txt = files.find((f) => f.path.endsWith('.txt'))?.content ?? '';
  const ann = files.find((f) => f.path.endsWith('.ann'))?.content ?? '';
  assert.equal(txt, pythonRead(doc.text), 'the .txt is the normalised text');
  const points = Array.from(txt);
  const ids = new Map([...ann.matchAll(/^#\d+\tTranscriptAnnotatorId (T\d+)\t(\S+)$/gm)].map((m) => [m[1], m[2]]));
  for (const [, t, spans, text] of ann.matchAll(/^(T\d+)\t\S+ ([\d ;]+)\t(.*)$/gm)) {
    const fragments = (spans as string).split(';').map((s) => s.split(' ').map(Number) as [number, number]);
    for (const [s, e] of fragments) assert.doesNotMatch(slice(points, s, e), /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/, 'no line break inside a fragment');
    assert.equal(fragments.map(([s, e]) => slice(points, s, e)).join(' '), text, `${t}: text is the fragments joined by spaces`);
    const a = doc.sidecar.annotations.find((x) => x.id === ids.get(t as string));
    assert.ok(a, `${t} maps back to an annotation`);
    assert.deepEqual([fragments[0]?.[0], fragments[fragments.length - 1]?.[1]], [a.start, a.end]);
    assert.equal(slice(points, a.start, a.end), a.quote);
  }
}

/** Checks every selector of a W3C export against code points of the normalised text. */
function checkW3c(doc: ExportDocument): void {
  const points = Array.from(pythonRead(doc.text));
  const collection = JSON.parse(exportW3c([doc]).files[0]?.content ?? '') as { first: { items: Record<string, any>[] } };
  assert.equal(collection.first.items.length, doc.sidecar.annotations.length);
  for (const item of collection.first.items) {
    const [quote, position] = item.target.selector as [{ exact: string; prefix?: string; suffix?: string }, { start: number; end: number }];
    const a = doc.sidecar.annotations.find((x) => `urn:transcript-annotator:${x.id}` === item.id);
    assert.ok(a);
    assert.deepEqual([position.start, position.end], [a.start, a.end]);
    assert.equal(slice(points, position.start, position.end), quote.exact);
    assert.equal(quote.prefix ?? '', slice(points, Math.max(0, position.start - 32), position.start));
    assert.equal(quote.suffix ?? '', slice(points, position.end, position.end + 32));
  }
}

describe('Offsets in brat and W3C exports', () => {
  it('are code points of the normalised text in brat, for a sample with a BOM, CRLF, an emoji and a combining mark', () => {
    checkBrat(sampleDocument());
  });

  it('are code points of the normalised text in brat, for random documents', () => {
    fc.assert(fc.property(documentArbitrary({ bratSafe: true }), checkBrat), { numRuns: 150 });
  });

  it('are code points of the normalised text in W3C selectors, with 32 code points of prefix and suffix', () => {
    checkW3c(sampleDocument());
    fc.assert(fc.property(documentArbitrary(), checkW3c), { numRuns: 150 });
  });

  it('split a span across a blank line into two brat fragments', () => {
    const ann = exportBrat([sampleDocument()]).files.find((f) => f.path.endsWith('.ann'))?.content ?? '';
    assert.match(ann, /^T\d+\tClaim (\d+) (\d+);(\d+) (\d+)\t4\.5 percent was fair\. The port$/m);
  });
});

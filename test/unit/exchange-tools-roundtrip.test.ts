import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText, type Annotation } from '../../src/core';
import {
  exportLabelStudio,
  exportSpacy,
  exportW3c,
  exportWebanno,
  importLabelStudio,
  importSpacy,
  importW3c,
  importWebanno,
  type ExportDocument,
} from '../../src/core/exchange';
import { documentArbitrary, sampleDocument } from './exchange-samples.test';

/** What a round trip through another tool must keep, ids included (all three carry them). */
function semantics(annotations: readonly Annotation[]): string[] {
  return annotations
    .map((a) => {
      const any = a as Partial<Record<string, unknown>>;
      return JSON.stringify({
        id: a.id,
        kind: a.kind,
        type: any.type,
        start: a.start,
        end: a.end,
        quote: a.quote,
        status: a.status,
        note: a.note,
        entity: any.entity,
        claimType: any.claimType,
        speaker: any.speaker,
        role: any.role,
        by: any.by,
        verdict: any.verdict,
        reviewUrl: any.reviewUrl,
      });
    })
    .sort();
}

const target = (doc: ExportDocument): { textRaw: string; textName: string; documentPath: string } => ({
  textRaw: doc.text,
  textName: 'doc.txt',
  documentPath: doc.path,
});
const only = (doc: ExportDocument, run: (d: readonly ExportDocument[]) => { files: { content: string }[] }): string => run([doc]).files[0]?.content ?? '';
// WebAnno writes an empty feature as `*`, the same as no value: an empty note cannot travel.
const withoutEmptyNotes = (doc: ExportDocument): ExportDocument => ({
  ...doc,
  sidecar: { ...doc.sidecar, annotations: doc.sidecar.annotations.map((a) => (a.note === '' ? (({ note: _n, ...rest }) => rest)(a) : a)) },
});

const FORMATS = [
  {
    name: 'labelstudio',
    out: (d: ExportDocument) => only(d, exportLabelStudio),
    back: (c: string, d: ExportDocument) => importLabelStudio(c, target(d)),
    prepare: (d: ExportDocument) => d,
  },
  {
    name: 'spacy',
    out: (d: ExportDocument) => only(d, exportSpacy),
    back: (c: string, d: ExportDocument) => importSpacy(c, target(d)),
    prepare: (d: ExportDocument) => d,
  },
  {
    name: 'webanno',
    out: (d: ExportDocument) => only(d, exportWebanno),
    back: (c: string, d: ExportDocument) => importWebanno(c, target(d)),
    prepare: withoutEmptyNotes,
  },
];

for (const format of FORMATS) {
  describe(`Round trip through ${format.name}`, () => {
    it('gives back the sample (BOM, CRLF, emoji, combining accent) with the same ids, offsets and fields', () => {
      const doc = sampleDocument();
      const result = format.back(format.out(doc), doc);
      assert.deepEqual(result.unplaced, []);
      assert.deepEqual(semantics(result.sidecar.annotations), semantics(doc.sidecar.annotations));
    });

    it('exports again exactly what it imported, for random documents with emoji, combining marks, CRLF and BOMs', () => {
      fc.assert(
        fc.property(documentArbitrary(), (generated) => {
          const doc = format.prepare(generated);
          const first = format.out(doc);
          const result = format.back(first, doc);
          assert.deepEqual(result.unplaced, []);
          assert.deepEqual(semantics(result.sidecar.annotations), semantics(doc.sidecar.annotations));
          const again = format.out({ ...doc, sidecar: result.sidecar });
          assert.equal(again, first);
        }),
        { numRuns: 120 },
      );
    });
  });
}

describe("Offsets in the tools' own units", () => {
  const doc = sampleDocument();
  const normalized = normalizeText(doc.text);
  const claim = doc.sidecar.annotations.find((a) => a.id === 'cmember1') as Annotation;
  const utf16Start = Array.from(normalized).slice(0, claim.start).join('').length;
  const utf16End = utf16Start + claim.quote.length;

  it('Label Studio counts UTF-16 code units of data.text (the emoji inside the claim counts two)', () => {
    const tasks = JSON.parse(only(doc, exportLabelStudio)) as Array<{
      data: { text: string };
      annotations: Array<{ result: Array<{ id: string; type: string; value: { start: number; end: number; text: string } }> }>;
    }>;
    const region = tasks[0]?.annotations[0]?.result.find((r) => r.id === 'cmember1' && r.type === 'labels');
    assert.deepEqual([region?.value.start, region?.value.end], [utf16Start, utf16End]);
    assert.equal(tasks[0]?.data.text.slice(utf16Start, utf16End), claim.quote);
    assert.equal(utf16End - utf16Start, Array.from(claim.quote).length + 1);
  });

  it('spaCy counts code points, as Python str indices do', () => {
    const line = JSON.parse(only(doc, exportSpacy).split('\n')[0] as string) as { text: string; spans: Array<{ id: string; start: number; end: number }> };
    const s = line.spans.find((x) => x.id === 'cmember1');
    assert.deepEqual([s?.start, s?.end], [claim.start, claim.end]);
    assert.equal(Array.from(line.text).slice(claim.start, claim.end).join(''), claim.quote);
  });

  it('WebAnno TSV counts UTF-16 code units: the emoji token spans two', () => {
    const tsv = only(doc, exportWebanno);
    const row = tsv.split('\n').find((l) => l.split('\t')[2] === '🚢') as string;
    const [from, to] = (row.split('\t')[1] as string).split('-').map(Number) as [number, number];
    assert.equal(to - from, 2);
    assert.equal(normalized.slice(from, to), '🚢');
  });

  it('imports Label Studio regions counted over the text with its CRLF line ends kept', () => {
    const withCrlf = doc.text.replace(/^\ufeff/, '');
    const later = doc.sidecar.annotations.find((a) => a.id === 'esolheim') as Annotation;
    const at = withCrlf.indexOf(later.quote);
    const task = {
      data: { text: withCrlf },
      annotations: [
        {
          result: [
            {
              id: 'ls-1',
              type: 'labels',
              from_name: 'label',
              to_name: 'text',
              value: { start: at, end: at + later.quote.length, text: later.quote, labels: ['Person'] },
            },
          ],
        },
      ],
    };
    const result = importLabelStudio(JSON.stringify([task]), { ...target(doc), sidecar: undefined });
    assert.deepEqual(result.unplaced, []);
    assert.deepEqual(
      result.added.map((a) => [a.kind, a.start, a.end, a.quote]),
      [['entity', later.start, later.end, later.quote]],
    );
  });
});

describe('Verdicts and the document source in the other formats', () => {
  const doc = sampleDocument();
  const reviewed: ExportDocument = {
    ...doc,
    sidecar: {
      ...doc.sidecar,
      source: { outlet: 'Coastal Radio', url: 'https://coastal.example/brakke', published: '2026-02-10' },
      annotations: doc.sidecar.annotations.map((a) => (a.id === 'cmember1' ? { ...a, verdict: 'Mostly false', reviewUrl: 'https://check.example/2400' } : a)),
    },
  };

  it('w3c carries the verdict and review URL (ta:verdict, ta:reviewUrl) and the published page as target.scope, and reads them back', () => {
    const content = exportW3c([reviewed]).files[0]?.content ?? '';
    const items = (JSON.parse(content) as { first: { items: Array<Record<string, unknown>> } }).first.items;
    assert.ok(items.every((i) => (i.target as Record<string, unknown>).scope === 'https://coastal.example/brakke'));
    const result = importW3c(content, target(reviewed));
    const claim = result.added.find((a) => a.quote.startsWith('We counted'));
    assert.deepEqual(claim?.kind === 'claim' ? [claim.verdict, claim.reviewUrl] : [], ['Mostly false', 'https://check.example/2400']);
  });

  it('labelstudio, spacy and webanno carry them too, and labelstudio and spacy the source', () => {
    for (const format of FORMATS) {
      const result = format.back(format.out(reviewed), reviewed);
      const claim = result.added.find((a) => a.id === 'cmember1');
      assert.deepEqual(claim?.kind === 'claim' ? [claim.verdict, claim.reviewUrl] : [], ['Mostly false', 'https://check.example/2400'], format.name);
    }
    const task = (JSON.parse(only(reviewed, exportLabelStudio)) as Array<{ data: { source: unknown } }>)[0];
    assert.deepEqual(task?.data.source, reviewed.sidecar.source);
    const line = JSON.parse(only(reviewed, exportSpacy).split('\n')[0] as string) as { meta: Record<string, unknown> };
    assert.deepEqual(line.meta, { document: 'news/brakke.txt', outlet: 'Coastal Radio', url: 'https://coastal.example/brakke', published: '2026-02-10' });
  });
});

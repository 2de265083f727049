import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameSidecar, type Annotation } from '../../src/core';
import { exportBrat, exportJson, exportW3c, importBrat, importJson, importW3c, readJsonExport, type ExportDocument } from '../../src/core/exchange';
import { documentArbitrary, sampleDocument } from './exchange-samples.test';

/** What must survive a round trip, independent of ids: attribution is named by its target's kind, span and type. */
function semantics(annotations: readonly Annotation[], withMeta: boolean): string[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const key = (a: Annotation | undefined): string | undefined => a && `${a.kind} ${a.start}-${a.end} ${a.kind === 'entity' ? a.type : ''}`;
  return annotations
    .map((a) => {
      const any = a as Partial<Record<string, unknown>>;
      const attributes = a.attributes && Object.fromEntries(Object.entries(a.attributes).sort(([x], [y]) => (x < y ? -1 : 1)));
      return JSON.stringify({
        key: key(a),
        quote: a.quote,
        status: a.status,
        note: a.note,
        entity: any.entity,
        claimType: any.claimType,
        speaker: any.speaker,
        role: any.role,
        by: a.kind === 'claim' && a.by !== undefined ? key(byId.get(a.by)) : undefined,
        ...(withMeta ? { author: a.author, created: a.created, modified: a.modified, attributes } : {}),
      });
    })
    .sort();
}

const target = (doc: ExportDocument): { textRaw: string; textName: string; documentPath: string } => ({
  textRaw: doc.text,
  textName: 'doc.txt',
  documentPath: doc.path,
});
const annOf = (doc: ExportDocument): string => exportBrat([doc]).files.find((f) => f.path.endsWith('.ann'))?.content ?? '';

describe('Round trip through json', () => {
  it('reads back every sidecar exactly, ids, attributes and authors included', () => {
    fc.assert(
      fc.property(documentArbitrary(), (doc) => {
        const { documents, problems } = readJsonExport(exportJson([doc]).files[0]?.content ?? '');
        assert.deepEqual(problems, []);
        assert.equal(documents[0]?.document, doc.path);
        assert.ok(sameSidecar(documents[0]?.sidecar ?? doc.sidecar, doc.sidecar) && documents.length === 1);
      }),
      { numRuns: 150 },
    );
  });

  it('restores the same annotations with the same ids when imported into a text without a sidecar', () => {
    fc.assert(
      fc.property(documentArbitrary(), (doc) => {
        const result = importJson(exportJson([doc]).files[0]?.content ?? '', target(doc));
        assert.deepEqual(result.unplaced, []);
        assert.deepEqual(result.sidecar.annotations.map((a) => a.id).sort(), doc.sidecar.annotations.map((a) => a.id).sort());
        assert.deepEqual(semantics(result.sidecar.annotations, true), semantics(doc.sidecar.annotations, true));
      }),
      { numRuns: 150 },
    );
  });
});

describe('Round trip through brat', () => {
  it('brings back kind, type, offsets, quote, attribution, status, note and canonical entity of random annotations', () => {
    fc.assert(
      fc.property(documentArbitrary({ bratSafe: true }), (doc) => {
        assert.deepEqual(exportBrat([doc]).warnings, []);
        const result = importBrat(annOf(doc), target(doc));
        assert.deepEqual(result.unplaced, []);
        assert.deepEqual(semantics(result.sidecar.annotations, false), semantics(doc.sidecar.annotations, false));
      }),
      { numRuns: 200 },
    );
  });

  it('maps brat T ids back to our ids through the TranscriptAnnotatorId comments', () => {
    const doc = sampleDocument();
    const ann = annOf(doc);
    const tOf = new Map([...ann.matchAll(/^#\d+\tTranscriptAnnotatorId (T\d+)\t(\S+)$/gm)].map((m) => [m[2], m[1]]));
    for (const a of doc.sidecar.annotations) {
      const t = tOf.get(a.id);
      assert.ok(t, `no T id for ${a.id}`);
      assert.match(ann, new RegExp(`^${t}\\t\\S+ ${a.start} `, 'm'));
    }
  });

  it('adds nothing when the same .ann is imported twice', () => {
    const doc = sampleDocument();
    const first = importBrat(annOf(doc), target(doc));
    const second = importBrat(annOf(doc), { ...target(doc), sidecar: first.sidecar });
    assert.equal(second.added.length, 0);
    assert.equal(second.skipped.length, doc.sidecar.annotations.length);
    assert.deepEqual(second.sidecar.annotations, first.sidecar.annotations);
  });
});

describe('Round trip through W3C Web Annotation', () => {
  it('brings back every field of random annotations, authors, times and attributes included', () => {
    fc.assert(
      fc.property(documentArbitrary(), (doc) => {
        const result = importW3c(exportW3c([doc]).files[0]?.content ?? '', target(doc));
        assert.deepEqual(result.unplaced, []);
        assert.equal(result.otherDocuments, 0);
        assert.deepEqual(semantics(result.sidecar.annotations, true), semantics(doc.sidecar.annotations, true));
      }),
      { numRuns: 200 },
    );
  });

  it('takes from a two-document collection only the annotations of the document imported into', () => {
    const a = sampleDocument('news/brakke.txt');
    const b = sampleDocument('radio/brakke-copy.txt');
    const content = exportW3c([a, b]).files[0]?.content ?? '';
    const result = importW3c(content, { textRaw: a.text, textName: 'brakke.txt', documentPath: 'news/brakke.txt' });
    assert.equal(result.added.length, a.sidecar.annotations.length);
    assert.equal(result.otherDocuments, b.sidecar.annotations.length);
  });
});

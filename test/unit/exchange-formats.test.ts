import assert from 'node:assert/strict';
import { normalizeText, type Annotation } from '../../src/core';
import { EXPORT_FORMATS, exportBrat, exportFormat, exportJson, exportW3c, readJsonExport, type ExportDocument } from '../../src/core/exchange';
import { at, sampleDocument } from './exchange-samples.test';

/** The sample plus an orphaned annotation and one whose quote no longer matches. */
function withStaleAnnotations(): ExportDocument {
  const doc = sampleDocument();
  const stale: Annotation[] = [
    { id: 'orphan01', kind: 'entity', type: 'person', start: 3, end: 9, quote: 'Halvor', status: 'accepted', orphaned: true },
    { id: 'moved001', kind: 'entity', type: 'person', start: 0, end: 6, quote: 'Halvor', status: 'accepted' },
  ];
  return { ...doc, sidecar: { ...doc.sidecar, annotations: [...doc.sidecar.annotations, ...stale] } };
}

describe('The export formats', () => {
  it('write one file for the whole export, or files named after each document, as their layout says', () => {
    const docs = [sampleDocument('a/one.txt'), sampleDocument('b/two.txt')];
    for (const format of EXPORT_FORMATS) {
      const { files } = format.run(docs);
      if (format.layout === 'single') assert.equal(files.length, 1, format.name);
      else
        for (const doc of docs)
          assert.ok(
            files.some((f) => f.path.startsWith(doc.path.replace(/\.txt$/, ''))),
            `${format.name} writes ${doc.path}`,
          );
    }
    assert.equal(exportFormat('brat')?.layout, 'per-document');
    assert.equal(exportFormat('pdf'), undefined);
  });

  it('produce the same output for the same input, so exports diff cleanly', () => {
    for (const format of EXPORT_FORMATS) assert.deepEqual(format.run([sampleDocument()]), format.run([sampleDocument()]), format.name);
  });

  it('leave out orphaned annotations and annotations whose quote no longer matches, with a warning naming each', () => {
    for (const format of EXPORT_FORMATS.filter((f) => f.name !== 'json')) {
      const { files, warnings } = format.run([withStaleAnnotations()]);
      assert.ok(
        warnings.some((w) => w.includes('orphan01') && w.includes('orphaned')),
        format.name,
      );
      assert.ok(
        warnings.some((w) => w.includes('moved001') && w.includes('does not match')),
        format.name,
      );
      assert.ok(!files.some((f) => f.content.includes('moved001') || f.content.includes('orphan01')), format.name);
    }
  });

  it('keep everything in json, orphaned annotations included', () => {
    const doc = withStaleAnnotations();
    const { documents } = readJsonExport(exportJson([doc]).files[0]?.content ?? '');
    assert.equal(documents[0]?.sidecar.annotations.length, doc.sidecar.annotations.length);
  });
});

describe('The brat export', () => {
  it('warns when a span starts with a line break, which brat cannot mark, and writes it without it', () => {
    const doc = sampleDocument();
    const n = normalizeText(doc.text);
    const odd = at(n, '\nThe port', { id: 'nl000001', kind: 'entity', type: 'other' });
    const { files, warnings } = exportBrat([{ ...doc, sidecar: { ...doc.sidecar, annotations: [odd] } }]);
    assert.match(warnings.join('\n'), /nl000001 .*starts or ends with a line break/);
    assert.match(files.find((f) => f.path.endsWith('.ann'))?.content ?? '', new RegExp(`^T1\\tOther ${odd.start + 1} ${odd.end}\\tThe port$`, 'm'));
  });

  it('warns when an entity type would not read back the same, and declares every type in annotation.conf', () => {
    const doc = sampleDocument();
    const n = normalizeText(doc.text);
    const odd = at(n, 'Ingrid Solheim', { id: 'odd00001', kind: 'entity', type: 'Public official' });
    const { files, warnings } = exportBrat([{ ...doc, sidecar: { ...doc.sidecar, annotations: [...doc.sidecar.annotations, odd] } }]);
    assert.match(warnings.join('\n'), /odd00001 .*brat type Public_official, which reads back as public_official/);
    const conf = files.find((f) => f.path === 'annotation.conf')?.content ?? '';
    assert.match(conf, /\[entities\]\nClaim\nSpeaker\nLocation\nOrganization\nPerson\nPublic_official\n/);
    assert.match(conf, /^Attribution\tArg1:Claim, Arg2:Speaker\|Location\|Organization\|Person\|Public_official$/m);
  });

  it('names the .txt and .ann after the document without its .txt extension', () => {
    assert.deepEqual(
      exportBrat([sampleDocument('news/a.txt'), sampleDocument('radio/b.transcript')]).files.map((f) => f.path),
      ['news/a.txt', 'news/a.ann', 'radio/b.transcript.txt', 'radio/b.transcript.ann', 'annotation.conf'],
    );
  });
});

describe('The w3c export', () => {
  const collection = (): Record<string, any> => JSON.parse(exportW3c([sampleDocument()]).files[0]?.content ?? '');

  it('is an AnnotationCollection with the standard context and an embedded first page', () => {
    const c = collection();
    assert.equal(c['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(c.type, 'AnnotationCollection');
    assert.equal(c.first.type, 'AnnotationPage');
    assert.equal(c.total, c.first.items.length);
  });

  it('describes each annotation with standard bodies and selectors plus ta: properties', () => {
    const claim = collection().first.items.find((i: Record<string, unknown>) => i.id === 'urn:transcript-annotator:cmember1');
    assert.deepEqual(claim.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Union figure;\nnot checked.' },
    ]);
    assert.equal(claim.target.source, 'news/brakke.txt');
    assert.deepEqual(
      [claim['ta:kind'], claim['ta:claimType'], claim['ta:attributedTo'], claim['ta:status']],
      ['claim', 'statistic', 'urn:transcript-annotator:sbrakke1', 'accepted'],
    );
    const place = collection().first.items.find((i: Record<string, unknown>) => i.id === 'urn:transcript-annotator:ecafe001');
    assert.deepEqual(place.body[1], { type: 'TextualBody', purpose: 'identifying', value: 'cafe masen' });
  });
});

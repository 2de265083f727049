import assert from 'node:assert/strict';
import { normalizeText, type Annotation } from '../../src/core';
import { exportW3c, importBrat, importW3c, ImportFormatError } from '../../src/core/exchange';
import { sampleDocument, SAMPLE_RAW, span } from './exchange-samples.test';

const text = normalizeText(SAMPLE_RAW);
const target = { textRaw: SAMPLE_RAW, textName: 'brakke.txt', documentPath: 'news/brakke.txt' };
const t = (id: string, type: string, quote: string, nth = 0): string => {
  const { start, end } = span(text, quote, nth);
  return `${id}\t${type} ${start} ${end}\t${quote}`;
};
const added = (annotations: readonly Annotation[], quote: string): Annotation | undefined => annotations.find((a) => a.quote === quote);

describe('Importing brat', () => {
  it('reads Claim, Speaker and any other type as an entity of that type in lower case', () => {
    const ann = [
      t('T1', 'Speaker', 'TEODOR BRAKKE'),
      t('T2', 'Claim', 'We counted 2,400 members'),
      t('T3', 'Vehicle', 'the quay'),
      t('T4', 'Person', 'Ingrid Solheim'),
    ].join('\n');
    const { added: list, unplaced } = importBrat(ann, target);
    assert.deepEqual(unplaced, []);
    assert.deepEqual(
      list.map((a) => [a.kind, a.kind === 'entity' ? a.type : '-', a.status]),
      [
        ['speaker', '-', 'proposed'],
        ['claim', '-', 'proposed'],
        ['entity', 'vehicle', 'proposed'],
        ['entity', 'person', 'proposed'],
      ],
    );
  });

  it('gives new annotations fresh ids, prefix and suffix from the text, and the status, note, attribution and canonical id of the file', () => {
    const ann = [
      t('T1', 'Person', 'Ingrid Solheim'),
      t('T2', 'Claim', '4.5 percent was fair'),
      'A1\tStatus T2 accepted',
      'A2\tClaimType T2 statistic',
      'R1\tAttribution Arg1:T2 Arg2:T1',
      'N1\tReference T1 Transcript:ingrid%20solheim\tIngrid Solheim',
      '#1\tAnnotatorNotes T2\t  Check the minutes.  ',
    ].join('\n');
    const result = importBrat(ann, target);
    const person = added(result.added, 'Ingrid Solheim');
    const claim = added(result.added, '4.5 percent was fair');
    assert.ok(person?.kind === 'entity' && claim?.kind === 'claim');
    assert.match(person.id, /^[a-z][a-z0-9]{7}$/);
    assert.equal(person.entity, 'ingrid solheim');
    assert.deepEqual([claim.status, claim.claimType, claim.by, claim.note], ['accepted', 'statistic', person.id, 'Check the minutes.']);
    const points = Array.from(text);
    assert.equal(claim.prefix, points.slice(claim.start - 32, claim.start).join(''));
    assert.equal(claim.suffix, points.slice(claim.end, claim.end + 32).join(''));
  });

  it('keeps the existing annotation when an imported one has the same kind, start, end and type', () => {
    const existing = sampleDocument().sidecar;
    const ann = [t('T1', 'Person', 'Ingrid Solheim'), 'A1\tStatus T1 rejected', t('T2', 'Organization', 'Ingrid Solheim')].join('\n');
    const result = importBrat(ann, { ...target, sidecar: existing });
    assert.deepEqual(result.skipped, [{ ref: 'T1', existingId: 'esolheim' }]);
    assert.equal(result.added.length, 1, 'another type is not a duplicate');
    assert.equal(result.sidecar.annotations.find((a) => a.id === 'esolheim')?.status, 'proposed');
  });

  it('reports offsets outside the text, text that differs from the quote, unknown relation targets and unsupported lines', () => {
    const ann = [
      'T1\tPerson 9000 9010\tnobody home',
      t('T2', 'Person', 'Ingrid Solheim').replace('Ingrid Solheim', 'Ingrid Solberg'),
      t('T3', 'Claim', 'We counted 2,400 members'),
      'R1\tAttribution Arg1:T3 Arg2:T9',
      'E1\tStrike:T3',
      'A1\tColour T3 red',
    ].join('\n');
    const result = importBrat(ann, target);
    const reasons = result.unplaced.map((u) => `${u.ref}: ${u.reason}`);
    assert.equal(result.added.length, 1);
    assert.match(reasons.join('\n'), /T1: offsets 9000 9010 are outside the text/);
    assert.match(reasons.join('\n'), /T2: text at \d+ \d+ is "Ingrid Solheim", the \.ann file says "Ingrid Solberg"/);
    assert.match(reasons.join('\n'), /T3: attribution to T9 dropped/);
    assert.match(reasons.join('\n'), /E1: unsupported or malformed line/);
    assert.match(reasons.join('\n'), /A1: unsupported attribute Colour on a claim/);
  });

  it('refuses a discontinuous span with words between its fragments, which a sidecar cannot hold', () => {
    const a = span(text, 'TEODOR');
    const b = span(text, 'SECRETARY');
    const result = importBrat(`T1\tSpeaker ${a.start} ${a.end};${b.start} ${b.end}\tTEODOR SECRETARY`, target);
    assert.match(result.unplaced[0]?.reason ?? '', /text between its fragments/);
  });
});

describe('Importing W3C Web Annotations', () => {
  const item = (selector: unknown[], extra: Record<string, unknown> = {}): string =>
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'person' },
      target: { source: 'brakke.txt', selector },
      ...extra,
    });

  it('places an annotation from another tool that only has a TextQuoteSelector, reading its tag as the entity type', () => {
    const result = importW3c(item([{ type: 'TextQuoteSelector', exact: 'Ingrid Solheim' }]), target);
    const [a] = result.added;
    assert.deepEqual([a?.kind, a?.kind === 'entity' && a.type, a?.start], ['entity', 'person', span(text, 'Ingrid Solheim').start]);
  });

  it('reports a quote that occurs twice without a prefix or suffix to single one out', () => {
    const result = importW3c(item([{ type: 'TextQuoteSelector', exact: 'the' }]), target);
    assert.match(result.unplaced[0]?.reason ?? '', /occurs \d+ times/);
    const located = importW3c(item([{ type: 'TextQuoteSelector', exact: 'the', prefix: 'met them at ' }]), target);
    assert.equal(located.added[0]?.start, span(text, 'the Cafe').start);
  });

  it('reports a position whose text is not the quote of its TextQuoteSelector', () => {
    const result = importW3c(
      item([
        { type: 'TextQuoteSelector', exact: 'Ingrid' },
        { type: 'TextPositionSelector', start: 0, end: 6 },
      ]),
      target,
    );
    assert.match(result.unplaced[0]?.reason ?? '', /text at 0-6 is "TEODOR", the import file says "Ingrid"/);
  });

  it('reports an attribution to an annotation the file does not contain', () => {
    const content =
      exportW3c([sampleDocument()]).files[0]?.content.replace(
        '"ta:attributedTo": "urn:transcript-annotator:sbrakke1"',
        '"ta:attributedTo": "urn:transcript-annotator:missing0"',
      ) ?? '';
    const result = importW3c(content, target);
    assert.match(result.unplaced.map((u) => u.reason).join('\n'), /attribution to urn:transcript-annotator:missing0 dropped/);
  });

  it('throws ImportFormatError for a file that is not Web Annotation JSON', () => {
    assert.throws(() => importW3c('{ not json', target), ImportFormatError);
    assert.throws(() => importW3c('{"type": "Person"}', target), /not W3C Web Annotation JSON/);
  });
});

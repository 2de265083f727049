import assert from 'node:assert/strict';
import { contextAround, hashText, normalizeText, sliceCodePoints, type Annotation, type Sidecar } from '../../src/core';
import { checkSidecarAgainstText } from '../../src/core/anchor';

const RAW = '\ufeffHOST: Good evening.\r\nOKONJO: Two thousand workers 🚢 joined the strike.\r\nHOST: Thank you.\r\n';
const TEXT = normalizeText(RAW);

function sidecarFor(text: string, quotes: string[]): Sidecar {
  const annotations = quotes.map((quote, i): Annotation => {
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    const end = start + Array.from(quote).length;
    return { id: 'c' + String(i).padStart(7, '0'), kind: 'claim', start, end, quote, ...contextAround(text, start, end), status: 'accepted' };
  });
  return { version: 1, text: 'show.txt', textHash: hashText(text), annotations };
}

describe('checkSidecarAgainstText', () => {
  it('changes nothing, not even the object, when text and sidecar agree', () => {
    const sidecar = sidecarFor(TEXT, ['Two thousand workers', 'strike']);
    const result = checkSidecarAgainstText(sidecar, RAW);
    assert.equal(result.changed, false);
    assert.equal(result.sidecar, sidecar);
    assert.deepEqual(result.report.unchanged, ['c0000000', 'c0000001']);
  });

  it('reads CRLF text with a BOM through the normalised code point offsets', () => {
    const sidecar = sidecarFor(TEXT, ['joined the strike']);
    const raw = RAW.replace('Good evening.', 'Good evening, and welcome.');
    const { sidecar: out, report, changed } = checkSidecarAgainstText(sidecar, raw);
    assert.equal(changed, true);
    assert.deepEqual(report.moved, ['c0000000']);
    const a = out.annotations[0] as Annotation;
    assert.equal(sliceCodePoints(normalizeText(raw), a.start, a.end), 'joined the strike');
    assert.equal(out.textHash, hashText(normalizeText(raw)));
  });

  it('records the new text hash even when the change missed every annotation', () => {
    const sidecar = sidecarFor(TEXT, ['Good evening']);
    const raw = RAW + 'OKONJO: Thank you.\r\n';
    const { sidecar: out, report, changed } = checkSidecarAgainstText(sidecar, raw);
    assert.equal(changed, true);
    assert.deepEqual(report.unchanged, ['c0000000']);
    assert.equal(out.annotations[0], sidecar.annotations[0]);
    assert.equal(out.textHash, hashText(normalizeText(raw)));
  });

  it('repairs a hand-edited sidecar whose offsets no longer fit although the hash matches', () => {
    const sidecar = sidecarFor(TEXT, ['Thank you']);
    const broken = { ...sidecar, annotations: sidecar.annotations.map((a) => ({ ...a, start: a.start - 3, end: a.end - 3 })) };
    const { sidecar: out, report, changed } = checkSidecarAgainstText(broken, RAW);
    assert.equal(changed, true);
    assert.deepEqual(report.moved, ['c0000000']);
    assert.deepEqual(out.annotations, sidecar.annotations);
  });

  it('orphans annotations whose text was removed, and says the sidecar changed', () => {
    const sidecar = sidecarFor(TEXT, ['Two thousand workers 🚢 joined']);
    const raw = '\ufeffHOST: Good evening.\r\nHOST: Thank you.\r\n';
    const { sidecar: out, report, changed } = checkSidecarAgainstText(sidecar, raw);
    assert.equal(changed, true);
    assert.deepEqual(report.orphaned, ['c0000000']);
    assert.equal(out.annotations[0]?.orphaned, true);
  });
});

import assert from 'node:assert/strict';
import type { Annotation } from '../../src/core';
import { entryAt, sidecarEntries } from '../../src/core/sidecar/entries';
import { countOf, describeSummary, summarize } from '../../src/core/status/summary';

const canonical = [
  'version: 1',
  'text: river-report.txt',
  'annotations:',
  '  - id: clm00001',
  '    kind: claim',
  '    quote: "About 1,150 people"',
  '  - id: "spk00001"',
  '    kind: speaker',
  '',
].join('\n');

describe('Sidecar entries (core/sidecar/entries)', () => {
  it('finds each annotation entry with its UTF-16 offsets', () => {
    const entries = sidecarEntries(canonical);
    assert.deepEqual(
      entries.map((e) => e.id),
      ['clm00001', 'spk00001'],
    );
    const [claim, speaker] = entries;
    assert.ok(claim && speaker);
    assert.ok(canonical.slice(claim.start, claim.end).startsWith('id: clm00001'));
    assert.ok(canonical.slice(speaker.start, speaker.end).startsWith('id: "spk00001"'));
    assert.equal(entryAt(canonical, canonical.indexOf('About'))?.id, 'clm00001');
    assert.equal(entryAt(canonical, canonical.indexOf('speaker'))?.id, 'spk00001');
    assert.equal(entryAt(canonical, 0), undefined);
  });

  it('counts offsets past a BOM, CRLF line ends and emoji as the editor does', () => {
    const source = '\ufeff' + canonical.replace('About', '🚢 About').replace(/\n/g, '\r\n');
    const claim = sidecarEntries(source)[0];
    assert.ok(claim);
    assert.ok(source.slice(claim.start).startsWith('id: clm00001'));
    const speaker = sidecarEntries(source)[1];
    assert.ok(speaker && source.slice(speaker.start).startsWith('id: "spk00001"'));
  });

  it('reads a hand-edited flow layout, and gives nothing for a file that is not a sidecar', () => {
    const flow = 'version: 1\nannotations: [{id: a1, kind: claim}, {kind: speaker}, {id: b2}]\n';
    assert.deepEqual(
      sidecarEntries(flow).map((e) => e.id),
      ['a1', 'b2'],
    );
    for (const other of ['', 'annotations: nope', '- a\n- b', 'annotations:\n  - [1, 2]\n  - id: 7\n', ': : :'])
      assert.deepEqual(sidecarEntries(other), [], other);
  });
});

const annotation = (kind: Annotation['kind'], status: Annotation['status'], orphaned = false): Annotation =>
  ({
    id: `${kind}${status}${String(orphaned)}`,
    kind,
    start: 0,
    end: 1,
    quote: 'x',
    status,
    ...(orphaned ? { orphaned: true } : {}),
    ...(kind === 'entity' ? { type: 'person' } : {}),
  }) as Annotation;

describe('Annotation summary (core/status/summary)', () => {
  it('counts drawn annotations by kind and those to review, orphans apart', () => {
    const summary = summarize([
      annotation('claim', 'proposed'),
      annotation('claim', 'accepted'),
      annotation('entity', 'proposed'),
      annotation('speaker', 'proposed', true),
    ]);
    assert.deepEqual(summary, { counts: { claim: 2, speaker: 0, entity: 1 }, toReview: 2, orphaned: 1 });
    assert.equal(describeSummary(summary), '2 claims · 0 speakers · 1 entity · 2 to review');
    assert.equal(describeSummary(summary, false), '2 claims · 0 speakers · 1 entity');
  });

  it('words counts in the singular only for one', () => {
    assert.deepEqual([countOf('entity', 0), countOf('entity', 1), countOf('speaker', 2)], ['0 entities', '1 entity', '2 speakers']);
    assert.equal(describeSummary(summarize([])), '0 claims · 0 speakers · 0 entities · 0 to review');
  });
});

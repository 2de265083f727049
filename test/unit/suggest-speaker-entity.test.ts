import assert from 'node:assert/strict';
import { fastRead, hashText, loadSidecar, normalizeText, sidecarSchema, writeCanonical, type Annotation, type Sidecar } from '../../src/core';
import type { EntityRegistry } from '../../src/core/registry';
import { rewriteEntityRefs } from '../../src/core/registry';
import { quickValid } from '../../src/core/sidecar/quickCheck';
import { SpeakerEntities, suggestAnnotations } from '../../src/core/suggest';
import { WorkspaceIndex } from '../../src/core/workspace';

const NOW = new Date('2026-12-01T00:00:00Z');
const REGISTRY: EntityRegistry = {
  version: 1,
  entities: [
    { id: 'ana-reyes', name: 'Ana Reyes', type: 'person', aliases: ['Reyes'] },
    { id: 'reyes-port', name: 'Reyes Port', type: 'location' },
  ],
};

// An emoji and CRLF before the labels, so code point offsets differ from UTF-16 ones.
const RAW =
  'WVPR 🎙 Listen Live\r\n\r\nANA REYES, BYLINE: The ferry crews met at dawn.\r\n\r\nTOMAS BERG: We will not sail.\r\n\r\nREYES: Berg said 2,400 workers backed the strike.\r\n';
const TEXT = normalizeText(RAW);
const points = Array.from(TEXT);
const cut = (a: Annotation): string => points.slice(a.start, a.end).join('');
const speakers = (out: Annotation[]): string[] =>
  out.filter((a) => a.kind === 'speaker').map((a) => `${cut(a)} -> ${a.kind === 'speaker' ? (a.entity ?? '-') : ''}`);

describe('Speaker labels linked to people (issue 19)', () => {
  it('links a full label and a surname-only label to the registry person, and nobody else', () => {
    const out = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], registry: REGISTRY, kinds: ['speaker'], now: NOW });
    assert.deepEqual(speakers(out), ['ANA REYES -> ana-reyes', 'TOMAS BERG -> -', 'REYES -> ana-reyes']);
  });

  it('links a label to the person another file links, with no registry', () => {
    const people = [{ id: 'tomas-berg', name: 'Tomas Berg' }];
    const out = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], people, kinds: ['speaker'], now: NOW });
    assert.deepEqual(speakers(out), ['ANA REYES -> -', 'TOMAS BERG -> tomas-berg', 'REYES -> -']);
  });

  it('resolves a surname-only name to the one full name given before it, not after, and not when two share it', () => {
    const mention = (start: number, quote: string, entity: string): Annotation => ({
      id: `e${start}aaaaaa`.slice(0, 8),
      kind: 'entity',
      type: 'person',
      start,
      end: start + quote.length,
      quote,
      entity,
      status: 'accepted',
    });
    const one = new SpeakerEntities([mention(10, 'Ana Reyes', 'ana-reyes')]);
    assert.equal(one.entityOf('Ana Reyes', 0), 'ana-reyes');
    assert.equal(one.entityOf('Reyes', 50), 'ana-reyes');
    assert.equal(one.entityOf('Reyes', 5), undefined, 'the full name comes later');
    const two = new SpeakerEntities([mention(10, 'Ana Reyes', 'ana-reyes'), mention(30, 'Elin Reyes', 'elin-reyes')]);
    assert.equal(two.entityOf('Reyes', 50), undefined, 'two people of that surname');
    const shared: EntityRegistry = {
      version: 1,
      entities: [
        { id: 'a', name: 'Ana Reyes', type: 'person' },
        { id: 'b', name: 'Ana Reyes', type: 'person' },
      ],
    };
    assert.equal(new SpeakerEntities([], shared).entityOf('Ana Reyes', 0), undefined, 'a name two entities answer to');
    // A rejected link is no link; an organisation of that name is no person.
    assert.equal(new SpeakerEntities([{ ...mention(10, 'Ana Reyes', 'ana-reyes'), status: 'rejected' }]).entityOf('Ana Reyes', 20), undefined);
    assert.equal(new SpeakerEntities([], REGISTRY).entityOf('Reyes Port', 0), undefined);
  });

  it('is a valid, backward compatible field: zod, the quick check, the canonical writer and the fast reader agree', () => {
    const speaker: Annotation = {
      id: 'spkr0001',
      kind: 'speaker',
      start: 0,
      end: 9,
      quote: 'ANA REYES',
      speaker: 'Ana Reyes',
      role: 'byline',
      entity: 'ana-reyes',
      status: 'accepted',
    };
    const sidecar: Sidecar = { version: 1, text: 'page.txt', textHash: hashText('ANA REYES, BYLINE: Hello.'), annotations: [speaker] };
    assert.equal(sidecarSchema.safeParse(sidecar).success, true);
    assert.equal(quickValid(sidecar), true);
    const source = writeCanonical(sidecar);
    assert.match(source, /kind: speaker\n {4}start: 0\n {4}end: 9\n {4}quote: ANA REYES\n {4}entity: ana-reyes\n {4}speaker: Ana Reyes/u);
    assert.deepEqual(fastRead(source)?.value, JSON.parse(JSON.stringify(sidecar)));
    const loaded = loadSidecar(source, 'ANA REYES, BYLINE: Hello.');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.sidecar?.annotations[0], speaker);
    // An empty id is refused with its line, as for entity annotations.
    const bad = loadSidecar(source.replace('entity: ana-reyes', 'entity: ""'), 'ANA REYES, BYLINE: Hello.');
    assert.equal(bad.sidecar, undefined);
    assert.ok(
      bad.problems.some((p) => p.severity === 'error' && p.line === 9),
      JSON.stringify(bad.problems),
    );
    assert.equal(quickValid({ ...sidecar, annotations: [{ ...speaker, entity: '' }] }), false);
  });

  it('counts a linked speaker turn as a mention of the person, across files, and a merge follows it', () => {
    const index = new WorkspaceIndex();
    const turn: Annotation = {
      id: 'spkr0001',
      kind: 'speaker',
      start: 0,
      end: 9,
      quote: 'ANA REYES',
      speaker: 'Ana Reyes',
      entity: 'ana-reyes',
      status: 'accepted',
    };
    const mention: Annotation = { id: 'ment0001', kind: 'entity', type: 'person', start: 20, end: 25, quote: 'Reyes', entity: 'ana-reyes', status: 'proposed' };
    index.update('a.txt', { version: 1, text: 'a.txt', textHash: 'fnv1a64:0000000000000000', annotations: [turn] });
    index.update('b.txt', { version: 1, text: 'b.txt', textHash: 'fnv1a64:0000000000000000', annotations: [mention] });
    assert.deepEqual(
      index.mentionsOf('ana-reyes').map((m) => `${m.key}:${m.annotation.id}`),
      ['a.txt:spkr0001', 'b.txt:ment0001'],
    );
    assert.equal(index.mentionCount('ana-reyes'), 2);
    const known = index.entities().find((e) => e.id === 'ana-reyes');
    assert.deepEqual(known && { name: known.name, type: known.type, documents: known.documents }, { name: 'Ana Reyes', type: 'person', documents: 2 });
    const merged = rewriteEntityRefs({ version: 1, text: 'a.txt', textHash: 'fnv1a64:0000000000000000', annotations: [turn] }, 'ana-reyes', 'a-reyes', NOW);
    assert.equal(merged.annotations[0]?.kind === 'speaker' ? merged.annotations[0].entity : undefined, 'a-reyes');
  });
});

import assert from 'node:assert/strict';
import { counted, hashText, normalizeText, SIDECAR_VERSION, type Annotation } from '../../src/core';
import { attributionLabel, entityLabel } from '../../src/core/annotate';
import { exportMarkdown } from '../../src/core/exchange';

const text = 'ODELE: Teodora Brandt says 1,240 voted. Brandt chairs the branch.';
const at = (quote: string, from = 0): { start: number; end: number } => ({ start: text.indexOf(quote, from), end: text.indexOf(quote, from) + quote.length });
const annotations: Annotation[] = [
  { id: 'q3ri14ez', kind: 'speaker', ...at('ODELE'), quote: 'ODELE', speaker: 'Kasimir Odele', status: 'accepted' },
  { id: 'c1aim001', kind: 'claim', ...at('1,240 voted'), quote: '1,240 voted', by: 'q3ri14ez', status: 'proposed' },
  { id: 'ent00001', kind: 'entity', type: 'person', ...at('Teodora Brandt'), quote: 'Teodora Brandt', entity: 'teodora-brandt', status: 'accepted' },
  { id: 'ent00002', kind: 'entity', type: 'person', ...at('Brandt', 30), quote: 'Brandt', entity: 'teodora-brandt', status: 'accepted' },
];

describe('Names shown instead of ids', () => {
  it('names who made a claim by the speaker’s normalised name, not the annotation id', () => {
    assert.equal(attributionLabel(annotations, 'q3ri14ez'), 'Kasimir Odele');
    assert.equal(attributionLabel(annotations, 'gone0000'), 'a missing annotation');
    assert.equal(attributionLabel(annotations, undefined), undefined);
  });

  it('names a canonical entity by its registry name, else by its first mention as written', () => {
    assert.equal(entityLabel('teodora-brandt', annotations, 'Teodora K. Brandt'), 'Teodora K. Brandt');
    assert.equal(entityLabel('teodora-brandt', annotations), 'Teodora Brandt');
    assert.equal(entityLabel('nobody', annotations), 'nobody');
  });

  it('puts the registry name in the Entity column of the markdown report', () => {
    const sidecar = { version: SIDECAR_VERSION as 1, text: 'dock.txt', textHash: hashText(normalizeText(text)), annotations };
    const [withName] = exportMarkdown([{ path: 'dock.txt', text, sidecar, entityNames: { 'teodora-brandt': 'Teodora K. Brandt' } }]).files;
    assert.match(withName?.content ?? '', /^\| Teodora K\. Brandt \| person \|/m);
    const [withoutName] = exportMarkdown([{ path: 'dock.txt', text, sidecar }]).files;
    assert.match(withoutName?.content ?? '', /^\| Teodora Brandt \| person \|/m);
    assert.ok(!(withoutName?.content ?? '').includes('teodora-brandt'), 'no canonical id in the report');
    assert.ok((withName?.content ?? '').includes('by **Kasimir Odele**'));
  });
});

describe('Counted nouns', () => {
  it('use proper English plurals, never “entitys” or “(s)”', () => {
    assert.deepEqual(
      [
        counted(1, 'entity'),
        counted(2, 'entity'),
        counted(0, 'file'),
        counted(1, 'speaker turn'),
        counted(3, 'speaker turn'),
        counted(2, 'match'),
        counted(2, 'day'),
      ],
      ['1 entity', '2 entities', '0 files', '1 speaker turn', '3 speaker turns', '2 matches', '2 days'],
    );
  });
});

describe('Source names on the claims board', () => {
  it('take the headline past skip links, reading tools, menus, mastheads and speaker labels', async () => {
    const { headlineOf, sourceName } = await import('../../src/core/claims');
    assert.equal(
      headlineOf('Skip to main content\r\nLISTEN LIVE · Schedule · Donate\r\n\r\nDockworkers in Varnholm vote on a four-day week\r\n'),
      'Dockworkers in Varnholm vote on a four-day week',
    );
    assert.equal(
      headlineOf('\ufeffTHE NORTHERN DISPATCH\n\nPolice say 900 held as strike enters second day\n'),
      'Police say 900 held as strike enters second day',
    );
    assert.equal(headlineOf('ELIN MARSH, HOST: Good evening.\n'), undefined);
    assert.equal(sourceName('Ferry crews strike for a second day', 'Meridian Wire', 'wire/ferry.txt'), 'Meridian Wire', 'the outlet first');
    assert.equal(sourceName('', undefined, 'wire/ferry.txt'), 'wire/ferry.txt');
  });
});

import assert from 'node:assert/strict';
import { normalizeText, type Annotation } from '../../src/core';
import type { EntityRegistry } from '../../src/core/registry';
import { suggestAnnotations } from '../../src/core/suggest';
import { titleMentions } from '../../src/core/suggest/titles';

const found = (text: string): string[] => titleMentions(text).map((m) => `${text.slice(m.start, m.end)} -> ${m.name}`);

describe('Title mentions linked to the full name stated before (issue 19)', () => {
  it('links "the minister", "the interior minister" and "the police chief" to whoever was given the role', () => {
    const text =
      'Interior Minister Lena Kask toured the port. Police Chief Tomas Berg was there. Later the minister said 40 were held; the interior minister added that 12 were minors. The police chief disagreed.';
    assert.deepEqual(found(text), ['minister -> Lena Kask', 'interior minister -> Lena Kask', 'police chief -> Tomas Berg']);
  });

  it('reads the role from an appositive on either side of the name', () => {
    assert.deepEqual(found('The mediator, Birgit Nyland, arrived at 8. The mediator said talks would last two days.'), ['mediator -> Birgit Nyland']);
    assert.deepEqual(found('Tomas Berg, the police chief, spoke first. Then the chief left.'), ['chief -> Tomas Berg']);
  });

  it('links nothing before the role is stated, when two people share the head noun, or for another role', () => {
    assert.deepEqual(found('The minister arrived late. Interior Minister Lena Kask said 40 were held.'), []);
    assert.deepEqual(found('Prime Minister Jean-Luc Abadie met Interior Minister Lena Kask. The minister said 40 were held.'), []);
    assert.deepEqual(found('Prime Minister Jean-Luc Abadie met Interior Minister Lena Kask. The interior minister said 40 were held.'), [
      'interior minister -> Lena Kask',
    ]);
    assert.deepEqual(found('Interior Minister Lena Kask spoke. The mayor said nothing.'), []);
    // "the minister Lena" is no title in capitals: nothing is stated.
    assert.deepEqual(found('We met the minister Lena Kask. The minister said 40 were held.'), []);
  });

  // An emoji and CRLF before the mention, so code point offsets differ from UTF-16 ones.
  const RAW = 'Harbor live 🚢\r\n\r\nInterior Minister Lena Kask visited the docks. The minister said 1,150 people had been detained.\r\n';
  const TEXT = normalizeText(RAW);
  const points = Array.from(TEXT);
  const cut = (a: Annotation): string => points.slice(a.start, a.end).join('');
  const NOW = new Date('2026-12-01T00:00:00Z');

  it('proposes the mention as a person with the full name, and gives the claim to it', () => {
    const out = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], now: NOW });
    const minister = out.find((a) => a.kind === 'entity' && cut(a) === 'minister');
    assert.ok(minister && minister.kind === 'entity', JSON.stringify(out.map(cut)));
    assert.equal(minister.type, 'person');
    assert.equal(minister.entity, undefined, 'no registry: the id comes when it is accepted');
    assert.deepEqual(minister.attributes, { suggested: true, name: 'Lena Kask' });
    const claim = out.find((a) => a.kind === 'claim' && cut(a).includes('1,150 people'));
    assert.equal(claim?.kind === 'claim' ? claim.by : undefined, minister.id);
  });

  it('points the mention to the registry entity of that name when there is one', () => {
    const registry: EntityRegistry = { version: 1, entities: [{ id: 'lena-kask', name: 'Lena Kask', type: 'person' }] };
    const out = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], registry, now: NOW });
    const minister = out.find((a) => a.kind === 'entity' && cut(a) === 'minister');
    assert.equal(minister?.kind === 'entity' ? minister.entity : undefined, 'lena-kask');
  });
});

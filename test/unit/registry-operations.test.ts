import assert from 'node:assert/strict';
import type { Annotation, Sidecar } from '../../src/core';
import { slugify } from '../../src/core/annotate';
import {
  addAlias,
  ensureEntity,
  ENTITY_ID_PATTERN,
  loadRegistry,
  mergeEntities,
  RegistryError,
  renameEntity,
  rewriteEntityRefs,
  writeRegistry,
  type EntityRegistry,
} from '../../src/core/registry';

const REGISTRY: EntityRegistry = {
  version: 1,
  entities: [
    { id: 'abadie', name: 'Abadie', type: 'person', aliases: ['the prime minister'], externalId: 'Q1' },
    { id: 'jean-luc-abadie', name: 'Jean-Luc Abadie', type: 'person', aliases: ['J.-L. Abadie'] },
    { id: 'varnholm-dockworkers-union', name: 'Varnholm Dockworkers’ Union', type: 'organization' },
  ],
};
const NOW = new Date('2026-11-21T10:00:00.000Z');

function mention(id: string, entity: string): Annotation {
  return { id, kind: 'entity', type: 'person', start: 0, end: 6, quote: 'Abadie', entity, status: 'accepted', modified: '2026-01-01T00:00:00.000Z' };
}

function sidecar(...annotations: Annotation[]): Sidecar {
  return { version: 1, text: 'a.txt', textHash: 'fnv1a64:0000000000000000', annotations };
}

describe('Entity registry operations', () => {
  it('renames an entity without changing its id, and can keep the old name as an alias', () => {
    const renamed = renameEntity(REGISTRY, 'jean-luc-abadie', '  Jean-Luc  Abadie-Moreau ');
    assert.deepEqual(renamed.entities[1], { id: 'jean-luc-abadie', name: 'Jean-Luc Abadie-Moreau', type: 'person', aliases: ['J.-L. Abadie'] });
    const kept = renameEntity(REGISTRY, 'jean-luc-abadie', 'JL Abadie', { keepOldName: true });
    assert.deepEqual(kept.entities[1]?.aliases, ['J.-L. Abadie', 'Jean-Luc Abadie']);
  });

  it('drops the alias an entity is renamed to, and returns the same registry when the name does not change', () => {
    const renamed = renameEntity(REGISTRY, 'jean-luc-abadie', 'J.-L. Abadie');
    assert.equal(renamed.entities[1]?.aliases, undefined);
    assert.equal(renameEntity(REGISTRY, 'jean-luc-abadie', 'Jean-Luc Abadie'), REGISTRY);
  });

  it('refuses to rename an unknown entity or to a blank name', () => {
    assert.throws(() => renameEntity(REGISTRY, 'nobody', 'X'), RegistryError);
    assert.throws(() => renameEntity(REGISTRY, 'abadie', '   '), /cannot be empty/);
  });

  it('adds an alias once, keeping a different letter case as a distinct way of writing the name', () => {
    const once = addAlias(REGISTRY, 'jean-luc-abadie', 'Jean-Luc');
    assert.deepEqual(once.entities[1]?.aliases, ['J.-L. Abadie', 'Jean-Luc']);
    assert.equal(addAlias(once, 'jean-luc-abadie', 'Jean-Luc'), once);
    assert.equal(addAlias(once, 'jean-luc-abadie', 'Jean-Luc Abadie'), once);
    assert.deepEqual(addAlias(once, 'jean-luc-abadie', 'JEAN-LUC').entities[1]?.aliases, ['J.-L. Abadie', 'Jean-Luc', 'JEAN-LUC']);
  });

  it('never mutates the registry it is given', () => {
    const before = JSON.stringify(REGISTRY);
    addAlias(REGISTRY, 'abadie', 'PM');
    renameEntity(REGISTRY, 'abadie', 'A.');
    ensureEntity(REGISTRY, { name: 'Katrin Solberg', type: 'person' });
    mergeEntities(REGISTRY, new Map(), 'abadie', 'jean-luc-abadie', NOW);
    assert.equal(JSON.stringify(REGISTRY), before);
  });

  it('finds an existing entity by id, name or alias ignoring case and apostrophe style', () => {
    for (const name of ['jean-luc-abadie', 'JEAN-LUC ABADIE', 'j.-l. abadie']) {
      const found = ensureEntity(REGISTRY, { name, type: 'person' });
      assert.equal(found.created, false, name);
      assert.equal(found.entity.id, 'jean-luc-abadie', name);
      assert.equal(found.registry, REGISTRY);
    }
    assert.equal(ensureEntity(REGISTRY, { name: "Varnholm Dockworkers' Union", type: 'organization' }).entity.id, 'varnholm-dockworkers-union');
  });

  it('creates a missing entity with a unique slug id, in id order', () => {
    const created = ensureEntity(REGISTRY, { name: 'Jean-Luc  Abadie ', type: 'event' });
    assert.equal(created.created, false, 'a name match is found whatever the type asked');
    const fresh = ensureEntity(REGISTRY, { name: 'Katrin Solberg', type: 'person' });
    assert.equal(fresh.created, true);
    assert.deepEqual(fresh.entity, { id: 'katrin-solberg', name: 'Katrin Solberg', type: 'person' });
    assert.deepEqual(
      fresh.registry.entities.map((e) => e.id),
      ['abadie', 'jean-luc-abadie', 'katrin-solberg', 'varnholm-dockworkers-union'],
    );
    const clash = ensureEntity({ version: 1, entities: [{ id: 'abadie', name: 'Someone Else', type: 'person' }] }, { name: 'Abadie!', type: 'person' });
    assert.equal(clash.entity.id, 'abadie-2');
  });

  it('makes ids that the registry schema accepts, whatever the script of the name', () => {
    for (const name of ['Åsa Nordin', 'Москва', '東京', 'Jose\u0301 Ferreira', '!!!']) {
      const { entity, registry } = ensureEntity({ version: 1, entities: [] }, { name, type: 'other' });
      assert.match(entity.id, ENTITY_ID_PATTERN, name);
      assert.ok(loadRegistry(writeRegistry(registry)).registry, name);
    }
    assert.equal(ensureEntity({ version: 1, entities: [] }, { name: 'Москва', type: 'location' }).entity.id, slugify('Москва'));
  });

  it('merges one entity into another: names become aliases, the external id and note fill gaps', () => {
    const { registry } = mergeEntities(REGISTRY, new Map(), 'abadie', 'jean-luc-abadie', NOW);
    assert.deepEqual(
      registry.entities.map((e) => e.id),
      ['jean-luc-abadie', 'varnholm-dockworkers-union'],
    );
    assert.deepEqual(registry.entities[0], {
      id: 'jean-luc-abadie',
      name: 'Jean-Luc Abadie',
      type: 'person',
      aliases: ['J.-L. Abadie', 'Abadie', 'the prime minister'],
      externalId: 'Q1',
    });
  });

  it('points every mention of the merged entity at the other one, returning only the sidecars that changed', () => {
    const a = sidecar(mention('aaaaaaa1', 'abadie'), mention('aaaaaaa2', 'jean-luc-abadie'));
    const b = sidecar(mention('bbbbbbb1', 'varnholm-dockworkers-union'));
    const result = mergeEntities(
      REGISTRY,
      new Map([
        ['a.txt', a],
        ['b.txt', b],
      ]),
      'abadie',
      'jean-luc-abadie',
      NOW,
    );
    assert.deepEqual([...result.sidecars.keys()], ['a.txt']);
    const rewritten = result.sidecars.get('a.txt')?.annotations ?? [];
    assert.deepEqual(
      rewritten.map((x) => (x.kind === 'entity' ? x.entity : '')),
      ['jean-luc-abadie', 'jean-luc-abadie'],
    );
    assert.equal(rewritten[0]?.modified, NOW.toISOString());
    assert.equal(rewritten[1], a.annotations[1], 'untouched annotations are kept as they are');
    assert.equal(result.rewrite(b), b);
    assert.equal(a.annotations[0]?.kind === 'entity' && a.annotations[0].entity, 'abadie', 'the input sidecar is not mutated');
  });

  it('merges ids that only sidecars know, and re-identifies an entity merged into an unregistered id', () => {
    const a = sidecar(mention('aaaaaaa1', 'pm'));
    const result = mergeEntities(REGISTRY, new Map([['a.txt', a]]), 'pm', 'abadie', NOW);
    assert.equal(result.registry, REGISTRY);
    assert.equal(result.sidecars.size, 1);
    const moved = mergeEntities(REGISTRY, new Map(), 'abadie', 'prime-minister', NOW).registry;
    assert.deepEqual(
      moved.entities.map((e) => e.id),
      ['jean-luc-abadie', 'prime-minister', 'varnholm-dockworkers-union'],
    );
    assert.equal(moved.entities[1]?.name, 'Abadie');
  });

  it('refuses to merge an entity into itself', () => {
    assert.throws(() => mergeEntities(REGISTRY, new Map(), 'abadie', 'abadie'), RegistryError);
  });

  it('rewrites references in one sidecar and returns it unchanged when none refer to the id', () => {
    const s = sidecar(mention('aaaaaaa1', 'x'));
    assert.equal(rewriteEntityRefs(s, 'y', 'z', NOW), s);
    const [rewritten] = rewriteEntityRefs(s, 'x', 'z', NOW).annotations;
    assert.equal(rewritten?.kind === 'entity' && rewritten.entity, 'z');
  });
});

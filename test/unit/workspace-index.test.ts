import assert from 'node:assert/strict';
import type { Annotation, Sidecar } from '../../src/core';
import { claimsBoard } from '../../src/core/claims';
import type { EntityRegistry } from '../../src/core/registry';
import { WorkspaceIndex } from '../../src/core/workspace';

let serial = 0;
const id = (): string => `a${String(++serial).padStart(7, '0')}`;

function mention(entity: string, quote: string, start: number, status: Annotation['status'] = 'accepted'): Annotation {
  return { id: id(), kind: 'entity', type: 'person', start, end: start + quote.length, quote, entity, status };
}

function claim(question: string | undefined, start: number): Annotation {
  return { id: id(), kind: 'claim', start, end: start + 5, quote: '1,200', status: 'accepted', ...(question ? { attributes: { question } } : {}) };
}

function sidecar(...annotations: Annotation[]): Sidecar {
  return { version: 1, text: 'x.txt', textHash: 'fnv1a64:0000000000000000', annotations };
}

const Q = 'How many people were detained?';

describe('The workspace index', () => {
  it('finds the mentions of an entity across documents, by document then position', () => {
    const index = new WorkspaceIndex();
    index.update('b.txt', sidecar(mention('abadie', 'Abadie', 50), mention('abadie', 'Jean-Luc Abadie', 10)));
    index.update('a.txt', sidecar(mention('abadie', 'Abadie', 3), mention('varnholm', 'Varnholm', 0)));
    assert.deepEqual(
      index.mentionsOf('abadie').map((m) => [m.key, m.annotation.start]),
      [
        ['a.txt', 3],
        ['b.txt', 10],
        ['b.txt', 50],
      ],
    );
    assert.deepEqual(index.documentsMentioning('abadie'), ['a.txt', 'b.txt']);
    assert.equal(index.mentionCount('abadie'), 3);
    assert.deepEqual(index.mentionsOf('nobody'), []);
  });

  it('updates one document without disturbing the others', () => {
    const index = new WorkspaceIndex();
    index.update('a.txt', sidecar(mention('abadie', 'Abadie', 0), claim(Q, 10)));
    index.update('b.txt', sidecar(mention('abadie', 'Abadie', 0), claim(Q, 10)));
    index.update('a.txt', sidecar(mention('lindqvist', 'Lindqvist', 0)));
    assert.deepEqual(
      index.mentionsOf('abadie').map((m) => m.key),
      ['b.txt'],
    );
    assert.deepEqual(
      index.mentionsOf('lindqvist').map((m) => m.key),
      ['a.txt'],
    );
    assert.deepEqual(
      index.claimsFor(Q).map((c) => c.key),
      ['b.txt'],
    );
    assert.deepEqual(
      [...index.mentionCounts()],
      [
        ['abadie', 1],
        ['lindqvist', 1],
      ],
    );
  });

  it('forgets a removed document and empties an invalid one while keeping it known', () => {
    const index = new WorkspaceIndex();
    index.update('a.txt', sidecar(mention('abadie', 'Abadie', 0), claim(Q, 10)));
    index.update('b.txt', sidecar(mention('abadie', 'Abadie', 0)));
    index.remove('a.txt');
    index.update('b.txt', undefined);
    assert.deepEqual(index.keys(), ['b.txt']);
    assert.deepEqual(index.mentionsOf('abadie'), []);
    assert.equal(index.mentionCount('abadie'), 0);
    assert.deepEqual(index.questions(), []);
    assert.deepEqual(index.entities(), []);
    index.remove('never-added.txt');
  });

  it('ends in the same state whatever order the updates come in', () => {
    const docs = {
      'a.txt': sidecar(mention('abadie', 'Abadie', 0), claim(Q, 10), claim('Other?', 20)),
      'b.txt': sidecar(mention('abadie', 'PM', 0, 'rejected'), mention('varnholm', 'Varnholm', 5), claim(Q, 10)),
    };
    const forward = new WorkspaceIndex();
    forward.update('a.txt', docs['a.txt']);
    forward.update('b.txt', docs['b.txt']);
    const churned = new WorkspaceIndex();
    churned.update('b.txt', sidecar(mention('x', 'X', 0)));
    churned.update('a.txt', sidecar());
    churned.update('b.txt', docs['b.txt']);
    churned.update('a.txt', docs['a.txt']);
    const state = (i: WorkspaceIndex): unknown => [
      i.mentionsOf('abadie').map((m) => m.annotation.id),
      [...i.mentionCounts()].sort(),
      i.questions(),
      i.claimsFor(Q).map((c) => c.claim.id),
      i.entities(),
    ];
    assert.deepEqual(state(churned), state(forward));
  });

  it('counts only mentions that are not rejected and leaves orphaned annotations out', () => {
    const index = new WorkspaceIndex();
    const orphan: Annotation = { ...mention('abadie', 'Abadie', 0), orphaned: true };
    index.update('a.txt', sidecar(mention('abadie', 'Abadie', 0), mention('abadie', 'Abadie', 9, 'rejected'), orphan));
    assert.equal(index.mentionsOf('abadie').length, 2);
    assert.equal(index.mentionCount('abadie'), 1);
  });

  it('groups claims by question, ready for the claims board', () => {
    const index = new WorkspaceIndex();
    index.update('b.txt', sidecar(claim(Q, 10), claim(undefined, 30)));
    index.update('a.txt', sidecar(claim(`  ${Q} `, 40), claim('Other?', 0)));
    assert.deepEqual(index.questions(), [Q, 'Other?']);
    assert.deepEqual(
      index.claimsFor(Q).map((c) => c.key),
      ['a.txt', 'b.txt'],
    );
    assert.equal(index.allClaims().length, 4);
    const board = claimsBoard(index.claimsByQuestion());
    assert.deepEqual(
      board.groups.map((g) => [g.question, g.rows.length]),
      [
        [Q, 2],
        ['Other?', 1],
      ],
    );
  });

  it('lists the entities for pickers: registry ones even unmentioned, and ids only sidecars use', () => {
    const index = new WorkspaceIndex();
    index.update('a.txt', sidecar(mention('abadie', 'Abadie', 0), mention('abadie', 'Jean-Luc Abadie', 9), mention('lindqvist', 'Lindqvist', 30)));
    index.update('b.txt', sidecar(mention('abadie', 'Abadie', 0)));
    const registry: EntityRegistry = {
      version: 1,
      entities: [
        { id: 'abadie', name: 'Jean-Luc Abadie', type: 'person' },
        { id: 'solberg', name: 'Katrin Solberg', type: 'person' },
      ],
    };
    assert.deepEqual(
      index.entities(registry).map((e) => [e.id, e.name, e.mentions, e.documents, e.registered]),
      [
        ['abadie', 'Jean-Luc Abadie', 3, 2, true],
        ['lindqvist', 'Lindqvist', 1, 1, false],
        ['solberg', 'Katrin Solberg', 0, 0, true],
      ],
    );
    assert.equal(index.entities().find((e) => e.id === 'abadie')?.name, 'Abadie', 'without a registry, the most frequent spelling');
  });
});

import assert from 'node:assert/strict';
import { SpanTracker } from '../../src/core/anchor';

// "The port of Varnholm": "port" is [4, 8), "Varnholm" is [12, 20).
function tracker(): SpanTracker {
  const t = new SpanTracker();
  t.add('port', 4, 8);
  t.add('city', 12, 20);
  return t;
}

const undo = { undo: true } as const;

describe('SpanTracker: undo', () => {
  it('restores positions exactly after typing inside a span and undoing it', () => {
    const t = tracker();
    const before = t.all();
    t.applyEdit(6, 0, 3);
    t.applyEdit(6, 3, 0, undo);
    assert.deepEqual(t.all(), before);
  });

  it('brings back a span orphaned by a deletion when the deletion is undone', () => {
    const t = tracker();
    const before = t.all();
    assert.deepEqual(t.applyEdit(4, 4, 0).orphaned, ['port']);
    const r = t.applyEdit(4, 0, 4, undo);
    assert.deepEqual(r, { orphaned: [], edited: [], restored: ['port'] });
    assert.deepEqual(t.all(), before);
  });

  it('restores a span trimmed at its start, which the inverse insertion alone would shift', () => {
    const t = tracker();
    const before = t.all();
    t.applyEdit(2, 4, 0);
    t.applyEdit(2, 0, 4, undo);
    assert.deepEqual(t.all(), before);
  });

  it('restores spans when one undo reverts a run of backspaces grouped by the editor', () => {
    const t = tracker();
    const before = t.all();
    // Six backspaces from offset 9: "port" and the spaces around it, one unit at a time.
    for (let offset = 8; offset >= 3; offset--) t.applyEdit(offset, 1, 0);
    assert.equal(t.get('port')?.orphaned, true);
    const r = t.applyEdit(3, 0, 6, undo);
    assert.deepEqual(r.restored, ['port']);
    assert.deepEqual(t.all(), before);
  });

  it('restores positions when one undo reverts several typed units grouped by the editor', () => {
    const t = tracker();
    const before = t.all();
    for (let i = 0; i < 5; i++) t.applyEdit(5 + i, 0, 1);
    t.applyEdit(5, 5, 0, undo);
    assert.deepEqual(t.all(), before);
  });

  it('undoes a multi-cursor change that orphaned one span and trimmed another', () => {
    const t = tracker();
    const before = t.all();
    t.applyEdits([
      { offset: 4, deletedLength: 4, insertedLength: 1 },
      { offset: 10, deletedLength: 4, insertedLength: 0 },
    ]);
    assert.equal(t.get('port')?.orphaned, true);
    t.applyEdits(
      [
        { offset: 4, deletedLength: 1, insertedLength: 4 },
        { offset: 7, deletedLength: 0, insertedLength: 4 },
      ],
      undo,
    );
    assert.deepEqual(t.all(), before);
  });

  it('orphans again on redo and restores again on a second undo', () => {
    const t = tracker();
    const before = t.all();
    t.applyEdit(3, 7, 0);
    t.applyEdit(3, 0, 7, undo);
    assert.deepEqual(t.applyEdit(3, 7, 0).orphaned, ['port']);
    t.applyEdit(3, 0, 7, undo);
    assert.deepEqual(t.all(), before);
  });

  it('undoes changes one by one in reverse order, each restoring its own spans', () => {
    const t = tracker();
    const start = t.all();
    t.applyEdit(12, 8, 0);
    const middle = t.all();
    t.applyEdit(4, 4, 0);
    t.applyEdit(4, 0, 4, undo);
    assert.deepEqual(t.all(), middle);
    t.applyEdit(12, 0, 8, undo);
    assert.deepEqual(t.all(), start);
  });

  it('treats an insertion as new text, not an undo, unless the caller says it is an undo', () => {
    const t = tracker();
    t.applyEdit(4, 4, 0);
    const r = t.applyEdit(4, 0, 4);
    assert.deepEqual(r.restored, []);
    assert.deepEqual(t.get('port'), { id: 'port', start: 8, end: 8, orphaned: true });
  });

  it('applies an undo it cannot match (history forgotten) as an ordinary edit', () => {
    const t = tracker();
    t.applyEdit(4, 4, 0);
    t.clearHistory();
    const r = t.applyEdit(4, 0, 4, undo);
    assert.deepEqual(r.restored, []);
    assert.equal(t.get('port')?.orphaned, true);
    assert.deepEqual(t.get('city'), { id: 'city', start: 12, end: 20, orphaned: false });
  });

  it('orphans a span created on typed text when the typing is undone', () => {
    const t = tracker();
    t.applyEdit(0, 0, 6);
    t.add('typed', 0, 5);
    const r = t.applyEdit(0, 6, 0, undo);
    assert.deepEqual(r.orphaned, ['typed']);
    assert.deepEqual(t.get('port'), { id: 'port', start: 4, end: 8, orphaned: false });
  });
});

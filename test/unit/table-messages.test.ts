import assert from 'node:assert/strict';
import { parseTableMessage } from '../../src/table/messages';

const row = { uri: 'file:///w/dock-vote.txt', id: 'lcamm7ay' };

describe('Messages from the Annotations table page', () => {
  it('accepts ready, reveal and bulk messages of exactly their shape', () => {
    assert.deepEqual(parseTableMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseTableMessage({ type: 'reveal', ...row }), { type: 'reveal', ...row });
    assert.deepEqual(parseTableMessage({ type: 'bulk', action: 'remove', rows: [row] }), { type: 'bulk', action: 'remove', rows: [row] });
  });

  it('drops extra fields, unknown actions, bad ids, empty selections and non-objects', () => {
    for (const message of [
      { type: 'ready', x: 1 },
      { type: 'reveal', ...row, extra: true },
      { type: 'bulk', action: 'delete', rows: [row] },
      { type: 'bulk', action: 'accept', rows: [] },
      { type: 'bulk', action: 'accept', rows: [{ ...row, id: 'x"><img>' }] },
      { type: 'bulk', action: 'accept', rows: [{ ...row, status: 'accepted' }] },
      { type: 'bulk', action: 'accept', rows: 'all' },
      Object.assign(Object.create({ polluted: true }), { type: 'ready' }),
      ['ready'],
      'ready',
      null,
    ]) {
      assert.equal(parseTableMessage(message), undefined, JSON.stringify(message));
    }
  });
});

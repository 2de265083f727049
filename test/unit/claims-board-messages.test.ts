import assert from 'node:assert/strict';
import { parseBoardMessage } from '../../src/claims/messages';

describe('Claims board messages', () => {
  it('accepts the three shapes the board sends', () => {
    assert.deepEqual(parseBoardMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseBoardMessage({ type: 'reveal', uri: 'file:///w/a.txt', id: 'wdclm001' }), { type: 'reveal', uri: 'file:///w/a.txt', id: 'wdclm001' });
    assert.deepEqual(parseBoardMessage({ type: 'export', format: 'markdown' }), { type: 'export', format: 'markdown' });
  });

  it('drops anything with an extra or a missing field', () => {
    assert.equal(parseBoardMessage({ type: 'ready', command: 'workbench.action.terminal.new' }), undefined);
    assert.equal(parseBoardMessage({ type: 'reveal', uri: 'file:///w/a.txt' }), undefined);
    assert.equal(parseBoardMessage({ type: 'export', format: 'csv', out: '/etc/passwd' }), undefined);
  });

  it('drops values of the wrong type or outside the allowed ones', () => {
    assert.equal(parseBoardMessage({ type: 'reveal', uri: 'file:///w/a.txt', id: 'NOT-AN-ID' }), undefined);
    assert.equal(parseBoardMessage({ type: 'reveal', uri: 42, id: 'wdclm001' }), undefined);
    assert.equal(parseBoardMessage({ type: 'reveal', uri: 'x'.repeat(5000), id: 'wdclm001' }), undefined);
    assert.equal(parseBoardMessage({ type: 'export', format: 'html' }), undefined);
    assert.equal(parseBoardMessage({ type: 'run' }), undefined);
  });

  it('drops what is not a plain object', () => {
    for (const value of [undefined, null, 'ready', ['ready'], Object.create({ type: 'ready' })]) assert.equal(parseBoardMessage(value), undefined);
  });
});

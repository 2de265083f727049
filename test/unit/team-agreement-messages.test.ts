import assert from 'node:assert/strict';
import { parseAgreementMessage } from '../../src/team/agreementMessages';

describe('Agreement report messages', () => {
  it('accepts exactly the ready and export messages', () => {
    assert.deepEqual(parseAgreementMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseAgreementMessage({ type: 'export', format: 'csv' }), { type: 'export', format: 'csv' });
    assert.deepEqual(parseAgreementMessage({ format: 'markdown', type: 'export' }), { type: 'export', format: 'markdown' });
  });

  it('drops anything else: other formats, extra fields, arrays, prototypes', () => {
    for (const bad of [
      null,
      'ready',
      [],
      { type: 'export', format: 'html' },
      { type: 'ready', extra: 1 },
      { type: 'export' },
      Object.create({ type: 'ready' }),
      { type: 'reveal', uri: 'x', id: 'abcdefgh' },
    ]) {
      assert.equal(parseAgreementMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

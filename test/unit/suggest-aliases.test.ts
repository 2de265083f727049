import assert from 'node:assert/strict';
import { isLearnableAlias } from '../../src/core/suggest';

describe('Aliases learned from accepted suggestions: proper names only (issue 19)', () => {
  it('learns a surname, a given name or a shorter form of the full name', () => {
    assert.equal(isLearnableAlias('Abadie', 'Jean-Luc Abadie'), true);
    assert.equal(isLearnableAlias('Jean-Luc', 'Jean-Luc Abadie'), true);
    assert.equal(isLearnableAlias('Reyes', 'Elin Reyes'), true);
    assert.equal(isLearnableAlias('Nuñez Ortega', 'Ana María Nuñez Ortega'), true);
  });

  it('never learns a role or title, capitalised or not, nor a common noun', () => {
    for (const role of ['minister', 'Minister', 'interior minister', 'police chief', 'the mediator', 'Chief', 'Prof.', 'spokeswoman']) {
      assert.equal(isLearnableAlias(role, 'Lena Kask'), false, role);
    }
    assert.equal(isLearnableAlias('Minister Kask', 'Lena Kask'), false, 'a title with the name is still a title');
    assert.equal(isLearnableAlias('kask', 'Lena Kask'), false, 'lower case is no name');
    assert.equal(isLearnableAlias('Berg', 'Lena Kask'), false, 'not a word of the name');
    assert.equal(isLearnableAlias('', 'Lena Kask'), false);
  });
});

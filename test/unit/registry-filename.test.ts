import assert from 'node:assert/strict';
import { isSidecarName, REGISTRY_NAME, textNameForSidecar } from '../../src/core/sidecar/paths';
import { REGISTRY_FILE_NAME } from '../../src/core/registry';

describe('Registry file name', () => {
  it('is never taken for the sidecar of a text file called entities', () => {
    assert.equal(textNameForSidecar(`notes/${REGISTRY_FILE_NAME}`), undefined);
    assert.equal(isSidecarName(REGISTRY_FILE_NAME), false);
    assert.equal(REGISTRY_NAME, REGISTRY_FILE_NAME);
    assert.equal(textNameForSidecar('notes/entities.txt.annotations.yaml'), 'notes/entities.txt');
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registryJsonSchema } from '../../src/core/registry';

// Compiled to out/test/unit, three levels below the repository root.
const committed = join(__dirname, '..', '..', '..', 'schemas', 'registry.schema.json');
const manifest = join(__dirname, '..', '..', '..', 'package.json');

describe('the committed registry JSON Schema', () => {
  it('equals the schema generated from the zod source of truth', () => {
    const onDisk = readFileSync(committed, 'utf8');
    assert.ok(onDisk === JSON.stringify(registryJsonSchema(), null, 2) + '\n', 'schemas/registry.schema.json is stale: regenerate it with npm run schema');
  });

  it('is the schema the manifest gives the registry, while the sidecar schema leaves it out', () => {
    const { contributes } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      contributes: { yamlValidation: Array<{ fileMatch: string | string[]; url: string }> };
    };
    const matches = (url: string): string[] => [contributes.yamlValidation.find((entry) => entry.url === url)?.fileMatch ?? []].flat();
    assert.deepEqual(matches('./schemas/registry.schema.json'), ['entities.annotations.yaml']);
    assert.ok(matches('./schemas/sidecar.schema.json').includes('!entities.annotations.yaml'));
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sidecarJsonSchema, sidecarJsonSchemaText } from '../../src/core';

// Compiled to out/test/unit, three levels below the repository root.
const committed = join(__dirname, '..', '..', '..', 'schemas', 'sidecar.schema.json');

describe('the committed JSON Schema', () => {
  it('equals the schema generated from the zod source of truth', () => {
    const onDisk = readFileSync(committed, 'utf8');
    assert.ok(onDisk === sidecarJsonSchemaText(), 'schemas/sidecar.schema.json is stale: regenerate it with npm run schema');
  });

  it('describes every annotation field for editor hovers', () => {
    const schema = sidecarJsonSchema() as { properties: { annotations: { items: { oneOf: { properties: Record<string, { description?: string }> }[] } } } };
    for (const variant of schema.properties.annotations.items.oneOf) {
      for (const [name, field] of Object.entries(variant.properties)) assert.ok(field.description, `${name} has no description`);
    }
  });
});

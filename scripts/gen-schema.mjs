// Regenerates the JSON Schemas in schemas/ from the zod schemas in src/core (compiled to out/):
// the sidecar's and the entity registry's.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { sidecarJsonSchemaText } = require('../out/src/core/schema.js');
const { registryJsonSchema } = require('../out/src/core/registry/index.js');
writeFileSync(new URL('../schemas/sidecar.schema.json', import.meta.url), sidecarJsonSchemaText());
console.log('wrote schemas/sidecar.schema.json');
writeFileSync(new URL('../schemas/registry.schema.json', import.meta.url), JSON.stringify(registryJsonSchema(), null, 2) + '\n');
console.log('wrote schemas/registry.schema.json');

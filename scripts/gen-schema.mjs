// Regenerates schemas/sidecar.schema.json from the zod schema in src/core (compiled to out/).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { sidecarJsonSchemaText } = require('../out/src/core/schema.js');
writeFileSync(new URL('../schemas/sidecar.schema.json', import.meta.url), sidecarJsonSchemaText());
console.log('wrote schemas/sidecar.schema.json');

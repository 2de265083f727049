import * as fs from 'fs';
import { normalizeText } from './src/core';
import { suggestAnnotations } from './src/core/suggest';
for (const f of process.argv.slice(2)) {
  const raw = fs.readFileSync(f, 'utf8'); const text = normalizeText(raw);
  const out = suggestAnnotations({ normalizedText: text, rawText: raw, annotations: [] });
  const byId = new Map(out.map(a => [a.id, a]));
  for (const a of out) console.log(a.kind, a.kind==='entity'?a.type:'', JSON.stringify(a.quote.slice(0,70)), a.kind==='claim' && a.by ? '<= '+byId.get(a.by)?.quote : '', a.attributes?.name ?? '');
}

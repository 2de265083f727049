/** Indexing a workspace of 1,000 documents with 100 annotations each, from scratch and after one document changes. */
import type { Annotation, Sidecar } from '../src/core';
import { WorkspaceIndex } from '../src/core/workspace';

const DOCUMENTS = 1000;
const PER_DOCUMENT = 100;

// Mostly entity mentions over a few hundred canonical entities, some claims under a handful of questions, a few speakers.
function sidecar(doc: number, revision = 0): Sidecar {
  const annotations: Annotation[] = [];
  for (let i = 0; i < PER_DOCUMENT; i++) {
    const id = `a${(doc * PER_DOCUMENT + i).toString(36).padStart(7, '0')}`;
    const base = { id, start: i * 20, end: i * 20 + 10, quote: 'x'.repeat(10), status: i % 7 === 0 ? ('proposed' as const) : ('accepted' as const) };
    if (i % 10 < 6) annotations.push({ ...base, kind: 'entity', type: 'person', entity: `entity-${(doc * 7 + i + revision) % 300}` });
    else if (i % 10 < 9) annotations.push({ ...base, kind: 'claim', attributes: { question: `Question ${(doc + i) % 12}?` } });
    else annotations.push({ ...base, kind: 'speaker', speaker: `Speaker ${i}` });
  }
  return { version: 1, text: `doc-${doc}.txt`, textHash: 'fnv1a64:0000000000000000', annotations };
}

function median(times: number[]): number {
  const sorted = times.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function benchWorkspace(): void {
  const sidecars = Array.from({ length: DOCUMENTS }, (_, d) => sidecar(d));
  const builds: number[] = [];
  let index = new WorkspaceIndex();
  for (let run = 0; run < 5; run++) {
    const began = performance.now();
    index = new WorkspaceIndex();
    sidecars.forEach((s, d) => index.update(`doc-${d}.txt`, s));
    builds.push(performance.now() - began);
  }
  const updates: number[] = [];
  for (let run = 0; run < 21; run++) {
    const changed = sidecar(500, run + 1);
    const began = performance.now();
    index.update('doc-500.txt', changed);
    updates.push(performance.now() - began);
  }
  const mentions = index.mentionCount('entity-42');
  console.log('Workspace index');
  console.log(`  full build, ${DOCUMENTS} documents x ${PER_DOCUMENT} annotations: median ${median(builds).toFixed(1)} ms`);
  console.log(`  one document updated: median ${(median(updates) * 1000).toFixed(0)} µs (entity-42 has ${mentions} mentions)\n`);
}

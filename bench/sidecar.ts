/**
 * Sidecar load/save timings against JSON.parse of the same data, on generated
 * annotations over a generated text. Prints figures only (no asserts): the
 * targets are load <= ~5x JSON.parse and save of 10,000 in ~100 ms.
 */
import { contextAround, hashText, loadSidecar, normalizeText, serializeSidecar, type Annotation, type Sidecar } from '../src/core';

const WORDS = [
  'harbor',
  'strike',
  'union',
  'police',
  'Okonjo',
  'said',
  'the',
  'port',
  'workers',
  'Müller',
  'café',
  '2,000',
  'ministry',
  'über',
  'naïve',
  'talks',
  '🚢',
  'wages',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000;
}

function makeText(codePoints: number, random: () => number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < codePoints) {
    const w = WORDS[Math.floor(random() * WORDS.length)] as string;
    const sep = random() < 0.08 ? '.\n' : ' ';
    parts.push(w, sep);
    n += Array.from(w).length + sep.length;
  }
  return parts.join('');
}

/** A sidecar of `count` annotations over a generated text of ~100 code points per annotation. */
export function generateSidecar(count: number, seed = 1): { sidecar: Sidecar; text: string } {
  const random = rng(seed);
  const text = makeText(count * 100, random);
  const points = Array.from(text);
  const annotations: Annotation[] = [];
  const speakers: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * (points.length - 60));
    const end = start + 1 + Math.floor(random() * 50);
    const id = 'a' + i.toString(36).padStart(7, '0');
    const quote = points.slice(start, end).join('');
    const { prefix, suffix } = contextAround(text, start, end);
    const base = {
      id,
      start,
      end,
      quote,
      prefix,
      suffix,
      status: 'proposed' as const,
      author: 'maria',
      created: '2026-11-21T10:00:00.000Z',
      modified: '2026-11-21T10:05:00.000Z',
    };
    const r = random();
    if (r < 0.2) {
      speakers.push(id);
      annotations.push({ ...base, kind: 'speaker', speaker: 'Maria Okonjo', role: 'byline' });
    } else if (r < 0.6) {
      annotations.push({ ...base, kind: 'entity', type: 'person', entity: 'jean-luc-abadie' });
    } else {
      const by = speakers[Math.floor(random() * speakers.length)];
      annotations.push({
        ...base,
        kind: 'claim',
        claimType: 'statistic',
        note: 'Union says 2,000; police say 1,150.',
        attributes: { checked: false, source: 'press release', weight: 3 },
        ...(by ? { by } : {}),
      });
    }
  }
  return { sidecar: { version: 1, text: 'bench.txt', textHash: hashText(normalizeText(text)), annotations }, text };
}

function median(runs: number, f: () => void): number {
  // Unmeasured warm-up runs so the JIT has compiled the code paths.
  for (let i = 0; i < 2; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Prints load/save timings for 1,000, 10,000 and 50,000 annotations. */
export async function benchSidecar(): Promise<void> {
  for (const count of [1_000, 10_000, 50_000]) {
    const generated = generateSidecar(count);
    const text = generated.text;
    const json = JSON.stringify(generated.sidecar);
    const yaml = serializeSidecar(generated.sidecar);
    // 50,000 generated annotations come to ~20 MB, at the default size limit.
    const options = { textFileName: 'bench.txt', maxBytes: 64 * 1024 * 1024 };
    const runs = count >= 50_000 ? 5 : 7;
    const tJson = median(runs, () => JSON.parse(json));
    let loaded: Sidecar | undefined;
    const tLoad = median(runs, () => {
      const r = loadSidecar(yaml, text, options);
      if (!r.sidecar) throw new Error('bench sidecar did not load: ' + JSON.stringify(r.problems.slice(0, 3)));
      loaded = r.sidecar;
    });
    // Saving what was loaded, as the extension does (objects shaped like parsed data).
    const sidecar = loaded as Sidecar;
    const tSave = median(runs, () => serializeSidecar(sidecar));
    const tResave = median(runs, () => serializeSidecar(sidecar, yaml));
    console.log(
      `sidecar ${count} annotations (${(yaml.length / 1e6).toFixed(2)} MB YAML): JSON.parse ${ms(tJson)}, ` +
        `load ${ms(tLoad)} (${(tLoad / tJson).toFixed(1)}x JSON.parse), save ${ms(tSave)}, save over previous ${ms(tResave)}`,
    );
    if (count === 10_000) {
      const tFull = median(3, () => loadSidecar(yaml, text, { ...options, fullParser: true }));
      console.log(`sidecar ${count} annotations: full yaml parser load ${ms(tFull)} (${(tFull / tJson).toFixed(1)}x JSON.parse)`);
    }
  }
  await Promise.resolve();
}

/**
 * The write pipeline: 20 command-line imports started at once into one sidecar (annotations
 * lost, expected 0), the cost of the lock per write against a bare atomic write, and the peak
 * memory of a CoNLL export of a 20 MB text, streamed and built whole.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { contextAround, CodePointText, hashText, loadSidecar, serializeSidecar, writeCanonical, type Annotation, type Sidecar } from '../src/core';
import { updateSidecar, withLock } from '../src/core/storage';
import { nodeFs } from '../src/cli/nodeFs';

const root = path.resolve(__dirname, '../..');

function median(times: number[]): number {
  const sorted = times.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function buildCli(dir: string): string {
  const outfile = path.join(dir, 'cli.js');
  esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}

const TEXT =
  Array.from({ length: 40 }, (_, i) => `OKONJO: Police detained about ${1000 + i} people near quay number ${i}, the ministry said.`).join('\n') + '\n';

async function concurrentImports(dir: string, cli: string): Promise<{ lost: number; seconds: number }> {
  fs.writeFileSync(path.join(dir, 'strike.txt'), TEXT);
  const jobs = Array.from({ length: 20 }, (_, i) => {
    const word = `${1000 + i}`;
    const start = TEXT.indexOf(word);
    fs.writeFileSync(path.join(dir, `w${i}.ann`), `T1\tClaim ${start} ${start + word.length}\t${word}\n`);
    return i;
  });
  const began = performance.now();
  const codes = await Promise.all(
    jobs.map(
      (i) =>
        new Promise<number | null>((resolve) => {
          spawn(process.execPath, [cli, 'import', 'strike.txt', '--format', 'brat', '--from', `w${i}.ann`], { cwd: dir, stdio: 'ignore' }).on('close', resolve);
        }),
    ),
  );
  const seconds = (performance.now() - began) / 1000;
  const loaded = loadSidecar(fs.readFileSync(path.join(dir, 'strike.txt.annotations.yaml'), 'utf8'), TEXT);
  const kept = loaded.sidecar?.annotations.length ?? 0;
  if (codes.some((c) => c !== 0)) console.log(`  (exit codes: ${codes.join(' ')})`);
  return { lost: 20 - kept, seconds };
}

async function lockOverhead(dir: string): Promise<{ lock: number; locked: number; bare: number }> {
  const files = nodeFs('bench');
  const text = path.join(dir, 'overhead.txt');
  const sidecarPath = text + '.annotations.yaml';
  const barePath = path.join(dir, 'bare.txt.annotations.yaml');
  fs.writeFileSync(text, TEXT);
  const points = new CodePointText(TEXT);
  const annotation = (n: number): Annotation => {
    const start = n % 1000;
    return {
      id: `b${String(n).padStart(7, '0')}`,
      kind: 'entity',
      type: 'other',
      start,
      end: start + 1,
      quote: points.slice(start, start + 1),
      ...contextAround(points, start, start + 1),
      status: 'accepted',
    };
  };
  let sidecar: Sidecar = { version: 1, text: 'overhead.txt', textHash: hashText(TEXT), annotations: [] };
  fs.writeFileSync(barePath, writeCanonical(sidecar));
  const lock: number[] = [];
  const locked: number[] = [];
  const bare: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let n = 0; n < 150; n++) {
    let began = performance.now();
    await withLock(files, sidecarPath, async () => undefined);
    lock.push(performance.now() - began);
    began = performance.now();
    await updateSidecar(files, { text, sidecar: sidecarPath }, (current) => ({ ...current, annotations: [...current.annotations.slice(-50), annotation(n)] }));
    locked.push(performance.now() - began);
    // The same work without the pipeline: read, parse, change, serialise, one temporary file and a rename.
    began = performance.now();
    const source = fs.readFileSync(barePath, 'utf8');
    sidecar = loadSidecar(source, fs.readFileSync(text, 'utf8'), { textFileName: 'overhead.txt' }).sidecar as Sidecar;
    const next = { ...sidecar, annotations: [...sidecar.annotations.slice(-50), annotation(n)] };
    const temp = `${barePath}.${n}.tmp`;
    const fd = fs.openSync(temp, 'wx');
    fs.writeSync(fd, serializeSidecar(next, source));
    fs.fdatasyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temp, barePath);
    bare.push(performance.now() - began);
  }
  return { lock: median(lock), locked: median(locked), bare: median(bare) };
}

// Peak memory of a child process that exports a 20 MB text as CoNLL, streamed or built whole.
function conllMemory(dir: string, streamed: boolean): { rssMb: number; textMb: number } {
  const script = `
    const fs = require('fs');
    const { streamConll, exportConll } = require(${JSON.stringify(path.join(root, 'out/src/core/exchange'))});
    const { writeExport } = require(${JSON.stringify(path.join(root, 'out/src/core/storage'))});
    const { nodeFs } = require(${JSON.stringify(path.join(root, 'out/src/cli/nodeFs'))});
    const line = 'OKONJO: Police detained about 1,150 people near the east quay, the ministry said on Tuesday. ';
    const text = line.repeat(Math.ceil(20 * 1024 * 1024 / line.length)) + '\\n';
    const annotations = [];
    for (let i = 0, at = 0; i < 20000; i++, at += line.length * 5) annotations.push({ id: 'c' + String(i).padStart(7, '0'), kind: 'entity', type: 'location', start: at + 60, end: at + 69, quote: 'east quay', status: 'accepted' });
    const base = process.memoryUsage().rss;
    const docs = [{ path: 'big.txt', text, sidecar: { version: 1, text: 'big.txt', textHash: 'x', annotations } }];
    const out = ${JSON.stringify(path.join(dir, streamed ? 'streamed.conll' : 'whole.conll'))};
    (async () => {
      if (${streamed}) await writeExport(nodeFs('bench'), out, streamConll(docs, []));
      else await writeExport(nodeFs('bench'), out, exportConll(docs).files[0].content);
      const peak = process.resourceUsage().maxRSS * 1024;
      process.stdout.write(JSON.stringify({ rss: peak - base, text: text.length }));
    })();`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const { rss, text } = JSON.parse(r.stdout) as { rss: number; text: number };
  return { rssMb: rss / 1024 / 1024, textMb: text / 1024 / 1024 };
}

export async function benchPipeline(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-bench-pipeline-'));
  try {
    const cli = buildCli(dir);
    console.log('Write pipeline');
    const { lost, seconds } = await concurrentImports(dir, cli);
    console.log(`  20 concurrent writers, annotations lost: ${lost} (all 20 processes done in ${seconds.toFixed(1)} s)`);
    const { lock, locked, bare } = await lockOverhead(dir);
    console.log(
      `  lock overhead per write: ${lock.toFixed(2)} ms to take and release the lock (median write of a 50-annotation sidecar: ${locked.toFixed(2)} ms through the pipeline, ${bare.toFixed(2)} ms bare, ${(locked / bare).toFixed(2)}x)`,
    );
    const streamed = conllMemory(dir, true);
    const whole = conllMemory(dir, false);
    console.log(
      `  CoNLL export of a ${streamed.textMb.toFixed(0)} MB text: peak memory ${streamed.rssMb.toFixed(0)} MB streamed (${(streamed.rssMb / streamed.textMb).toFixed(1)}x the text), ${whole.rssMb.toFixed(0)} MB built whole (${(whole.rssMb / whole.textMb).toFixed(1)}x)\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

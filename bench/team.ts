/**
 * Team work timings: the merge driver's work on two 10,000-annotation sidecars (target
 * <= 1 s) and agreement over 1,000 documents of 100 annotations (target <= 2 s).
 */
import { writeCanonical, type Annotation, type Sidecar } from '../src/core';
import { compareAnnotations, computeAgreement, mergeFiles, type AgreementDocument } from '../src/core/team';
import { generateSidecar } from './sidecar';

/**
 * Median wall-clock and CPU milliseconds of `runs` runs. The CPU time is what a loaded
 * machine (other processes on the same cores) distorts least.
 */
function median(runs: number, f: () => void): { wall: number; cpu: number } {
  f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { wall: mid(wall), cpu: mid(cpu) };
}

function figure(t: { wall: number; cpu: number }, targetMs: number): string {
  return `${t.wall.toFixed(1)} ms wall, ${t.cpu.toFixed(1)} ms CPU (${((t.cpu / targetMs) * 100).toFixed(0)}% of the ${targetMs / 1000} s target)`;
}

/** One annotator's branch: every `step`-th annotation edited, some deleted, some added. */
function branch(base: Sidecar, offset: number, status: Annotation['status']): Sidecar {
  const annotations: Annotation[] = [];
  base.annotations.forEach((a, i) => {
    if (i % 97 === offset && a.kind !== 'speaker') return; // deleted (speakers are named by claims)
    if (i % 10 === offset % 10) annotations.push({ ...a, status, modified: '2026-11-22T09:00:00.000Z' });
    else if (i % 13 === offset % 13) annotations.push({ ...a, note: `checked on desk ${offset}` });
    else annotations.push(a);
  });
  for (let i = 0; i < 500; i++) {
    const from = base.annotations[(i * 17 + offset) % base.annotations.length] as Annotation;
    annotations.push({ ...from, id: `n${offset}${i.toString(36).padStart(6, '0')}`.slice(0, 8), status: 'proposed' });
  }
  return { ...base, annotations };
}

/** Prints the merge figure. */
export function benchMerge(): void {
  const { sidecar } = generateSidecar(10_000, 7);
  const base = writeCanonical(sidecar);
  const ours = writeCanonical(branch(sidecar, 1, 'accepted'));
  const theirs = writeCanonical(branch(sidecar, 2, 'rejected'));
  let notes = 0;
  const t = median(5, () => {
    const r = mergeFiles('sidecar', base, ours, theirs);
    if (!r.ok) throw new Error(`bench merge failed: ${r.problem.message}`);
    notes = r.notes.length;
  });
  console.log(`merge driver, two 10,000-annotation sidecars (${notes} cases to review): ${figure(t, 1000)}`);
}

/** Two annotators' versions of one generated document of `count` annotations. */
function agreementDocument(seed: number, count: number): AgreementDocument {
  const { sidecar, text } = generateSidecar(count, seed);
  const b = sidecar.annotations.flatMap((a, i): Annotation[] => {
    if (i % 11 === 0) return []; // missed
    if (i % 7 === 0 && a.kind === 'entity') return [{ ...a, type: 'organization' }];
    if (i % 5 === 0 && a.end - a.start > 2) return [{ ...a, end: a.end - 1, quote: Array.from(a.quote).slice(0, -1).join('') }];
    return [a];
  });
  return { path: `doc-${seed}.txt`, text, a: sidecar.annotations, b };
}

/** Prints the agreement figure. */
export function benchAgreement(): void {
  const documents = Array.from({ length: 1_000 }, (_, i) => agreementDocument(i + 1, 100));
  let rows = 0;
  const t = median(3, () => {
    rows = computeAgreement(documents).rows.length;
  });
  const tokens = computeAgreement(documents.slice(0, 1)).tokens;
  console.log(`agreement, 1,000 documents x 100 annotations (~${tokens} tokens each, ${rows} rows): ${figure(t, 2000)}`);
}

/**
 * Prints the adjudication figure: Compare Annotations With... pairs and classifies two
 * 10,000-annotation versions of one sidecar. The issue sets no target; it is set against the
 * merge driver's 1 s for the same sizes (the editor computes it once per sidecar change).
 */
export function benchCompare(): void {
  const { sidecar } = generateSidecar(10_000, 7);
  const mine = branch(sidecar, 1, 'accepted').annotations;
  const theirs = branch(sidecar, 2, 'proposed').annotations.map((a, i) =>
    i % 11 === 0 ? { ...a, id: `t${a.id.slice(1)}`, end: a.end > a.start + 1 ? a.end - 1 : a.end } : a,
  );
  let differ = 0;
  const t = median(5, () => {
    differ = compareAnnotations(mine, theirs).filter((i) => i.status !== 'agree').length;
  });
  console.log(`compare annotations (adjudication), two 10,000-annotation sidecars (${differ} to settle): ${figure(t, 1000)}`);
}

/**
 * `npm run bench:editor`, the part that runs inside the real VS Code extension host (loaded as
 * `extensionTestsPath` by test/launcher/benchEditor.ts). For each size it writes a long
 * annotated transcript and the same text without annotations, then times, on each: opening
 * until the highlights are drawn, typing one character at a time (wall time and the extension
 * host's busy time), hovering, and saving until the sidecar is on disk. Prints figures and
 * ratios; asserts nothing.
 */
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import Module from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/testApi';
import { longDocument, sidecarOf } from './fixture';

const extensionId = 'transcript-annotator.transcript-annotator';

/** The extension's test-only internals (src/testApi.ts), from the exports of its activation. */
async function internals(): Promise<TestApi> {
  const extension = vscode.extensions.getExtension<{ test: TestApi }>(extensionId);
  if (!extension) throw new Error(`bench: extension ${extensionId} is not installed`);
  return (await extension.activate()).test;
}
const keystrokes = Number(process.env['TA_BENCH_KEYSTROKES'] ?? 200);
const sizes: ReadonlyArray<{ label: string; codePoints: number; count: number }> = [
  { label: '1 MB / 10,000 annotations', codePoints: 1_000_000, count: 10_000 },
  { label: '5 MB / 50,000 annotations', codePoints: 5_000_000, count: 50_000 },
].filter((size) => !process.env['TA_BENCH_ONLY'] || size.count === Number(process.env['TA_BENCH_ONLY']));

// A full collection before each heap reading, so the figure is what stays alive, not garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

// The extension host is sampled while typing and saving, to tell this extension's own CPU time
// from VS Code's and other extensions'. TA_BENCH_PROFILE=<folder> also writes the profiles
// (.cpuprofile, for DevTools).
const profileDir = process.env['TA_BENCH_PROFILE'];
const session = new inspector.Session();
session.connect();
const post = (method: string, params?: object): Promise<unknown> =>
  new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of samples taken inside the extension's code, VS Code API calls it makes included. */
function ownTime(profile: CpuProfile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const url = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
  const inside = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = inside.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const ours = /\/dist\/extension\.js$/.test(url.get(id) ?? '') || (up !== undefined && isOurs(up));
    inside.set(id, ours);
    return ours;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

/** Runs `work` under the sampling profiler; returns its result and the extension's own CPU time. */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<{ result: T; own: number }> {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  let result: T;
  let own = 0;
  try {
    result = await work();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
    if (profileDir) {
      fs.mkdirSync(profileDir, { recursive: true });
      fs.writeFileSync(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    own = ownTime(profile);
  }
  return { result, own };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(2);
  }
}

async function drawnCount(): Promise<number> {
  const ranges = (await internals()).getDecorations();
  return ranges.claim.length + ranges.speaker.length + ranges.entity.length;
}

/** Waits until the extension host has been idle (no task longer than a few ms) for `quietMs`. */
async function settle(quietMs = 400): Promise<void> {
  let last = performance.now();
  let quietSince = last;
  while (performance.now() - quietSince < quietMs) {
    await sleep(20);
    const now = performance.now();
    if (now - last > 35) quietSince = now;
    last = now;
  }
}

interface Figures {
  open: number;
  hover: number;
  typeWall: number;
  typeBusy: number;
  typeInsideWall: number;
  typeInsideBusy: number;
  typeOwn: number;
  typeInsideOwn: number;
  saveOwn: number;
  heap: number;
  save: number;
}

/** Times one document; `annotations` is how many highlights it should show. */
async function measure(uri: vscode.Uri, annotations: number, hoverAt: readonly number[], insideAt: number): Promise<Figures> {
  const tag = `${path.basename(uri.fsPath, '.transcript')}`;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await settle();
  const heapBefore = heapUsed();
  const t0 = performance.now();
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await until(async () => (vscode.window.activeTextEditor === editor && (await drawnCount()) >= annotations ? true : undefined), 'the highlights');
  const open = performance.now() - t0;
  await settle();
  const heap = heapUsed() - heapBefore;

  const hovers: number[] = [];
  for (const offset of hoverAt) {
    const position = document.positionAt(offset);
    const h0 = performance.now();
    await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    hovers.push(performance.now() - h0);
  }

  const type = async (offset: number): Promise<{ wall: number; busy: number }> => {
    const elu0 = performance.eventLoopUtilization();
    const walls: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      const w0 = performance.now();
      const ok = await editor.edit((edit) => edit.insert(document.positionAt(offset + i), i % 10 === 9 ? ' ' : 'x'), {
        undoStopBefore: false,
        undoStopAfter: false,
      });
      walls.push(performance.now() - w0);
      if (!ok) throw new Error('bench: an edit was refused');
    }
    // Work deferred past the last keystroke (debounced refreshes) counts too.
    await settle();
    const busy = performance.eventLoopUtilization(elu0).active;
    // The median keystroke: on a shared machine a few keystrokes wait for other processes.
    return { wall: median(walls), busy: busy / keystrokes };
  };
  const top = await profiled(`${tag}-type`, () => type(0));
  editor.revealRange(new vscode.Range(document.positionAt(insideAt), document.positionAt(insideAt)), vscode.TextEditorRevealType.InCenter);
  await settle();
  const inside = await profiled(`${tag}-inside`, () => type(insideAt + keystrokes));

  const sidecar = `${uri.fsPath}.annotations.yaml`;
  const before = fs.existsSync(sidecar) ? fs.statSync(sidecar).mtimeMs : 0;
  // The sidecar is replaced by a rename: for a moment it may not exist.
  const written = (): boolean => {
    try {
      return fs.statSync(sidecar).mtimeMs !== before;
    } catch {
      return false;
    }
  };
  let save = 0;
  const saved = await profiled(`${tag}-save`, async () => {
    const s0 = performance.now();
    await document.save();
    if (annotations > 0) await until(() => (written() ? true : undefined), 'the sidecar on disk');
    save = performance.now() - s0;
    await settle();
  });
  return {
    open,
    hover: median(hovers),
    heap,
    save,
    saveOwn: saved.own,
    typeWall: top.result.wall,
    typeBusy: top.result.busy,
    typeOwn: top.own / keystrokes,
    typeInsideWall: inside.result.wall,
    typeInsideBusy: inside.result.busy,
    typeInsideOwn: inside.own / keystrokes,
  };
}

async function benchSize(folder: string, size: (typeof sizes)[number]): Promise<void> {
  const generated = longDocument(size.codePoints, size.count);
  const stem = `bench-${size.count}`;
  const annotatedPath = path.join(folder, `${stem}.transcript`);
  const plainPath = path.join(folder, `${stem}-plain.transcript`);
  fs.writeFileSync(annotatedPath, generated.text);
  fs.writeFileSync(plainPath, generated.text);
  fs.writeFileSync(`${annotatedPath}.annotations.yaml`, sidecarOf(generated, path.basename(annotatedPath)));
  const annotated = vscode.Uri.file(annotatedPath);
  const plain = vscode.Uri.file(plainPath);

  // Hover over annotations spread over the text, the last one included (UTF-16 offsets).
  const utf16 = (codePoint: number): number =>
    Array.from(generated.text.slice(0, codePoint * 2))
      .slice(0, codePoint)
      .join('').length;
  const picks = [0.1, 0.3, 0.5, 0.7, 0.9, 1].map(
    (f) => generated.annotations[Math.min(generated.annotations.length - 1, Math.floor(f * generated.annotations.length))],
  );
  const hoverAt = picks.map((a) => utf16(((a?.start ?? 0) + (a?.end ?? 0)) >> 1));
  const middle = generated.annotations[generated.annotations.length >> 1];
  const insideAt = utf16((middle?.start ?? 0) + 1);

  // The workspace watcher loads the new sidecar, as it loads every sidecar at start-up.
  await until(async () => {
    const tree = (await internals()).getAnnotationTree();
    return tree.some((node) => node.label.includes(stem)) ? true : undefined;
  }, 'the sidecar to load');

  const none = await measure(plain, 0, hoverAt, insideAt);
  const some = await measure(annotated, size.count, hoverAt, insideAt);
  const line = (name: string, a: string, b: string, r: string): void =>
    console.log(`  ${name.padEnd(40)} ${a.padStart(10)} ${b.padStart(10)} ${r.padStart(8)}`);
  console.log(
    `\n${size.label} (text ${(Buffer.byteLength(generated.text) / 1e6).toFixed(2)} MB, sidecar ${(fs.statSync(`${annotatedPath}.annotations.yaml`).size / 1e6).toFixed(1)} MB)`,
  );
  line('', 'annotated', 'plain', 'ratio');
  line('open to highlights drawn', ms(some.open), ms(none.open), ratio(some.open, none.open));
  line('keystroke at the top, wall (median)', ms(some.typeWall), ms(none.typeWall), ratio(some.typeWall, none.typeWall));
  line('keystroke at the top, ext host busy', ms(some.typeBusy), ms(none.typeBusy), ratio(some.typeBusy, none.typeBusy));
  line('keystroke at the top, this extension', ms(some.typeOwn), ms(none.typeOwn), '');
  line('keystroke in an annotation, wall (med.)', ms(some.typeInsideWall), ms(none.typeInsideWall), ratio(some.typeInsideWall, none.typeInsideWall));
  line('keystroke in an annotation, host busy', ms(some.typeInsideBusy), ms(none.typeInsideBusy), ratio(some.typeInsideBusy, none.typeInsideBusy));
  line('keystroke in an annotation, this ext.', ms(some.typeInsideOwn), ms(none.typeInsideOwn), '');
  line('hover (median of 6)', ms(some.hover), ms(none.hover), ratio(some.hover, none.hover));
  line('save until the sidecar is on disk', ms(some.save), ms(none.save), '');
  line('save, this extension (CPU, with settling)', ms(some.saveOwn), ms(none.saveOwn), '');
  line('extension host heap after open', mb(some.heap), mb(none.heap), '');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const file of [annotatedPath, plainPath, `${annotatedPath}.annotations.yaml`]) fs.rmSync(file, { force: true });
}

export async function run(): Promise<void> {
  console.log(`Running in VS Code ${vscode.version} (${vscode.env.appHost}, ui kind ${vscode.UIKind[vscode.env.uiKind]}), Node ${process.version}`);
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`bench: extension ${extensionId} is not installed`);
  const wasActive = extension.isActive;
  const a0 = performance.now();
  const info = (await extension.activate()) as { activationMs?: number } | undefined;
  const activateWall = performance.now() - a0;
  // Loading the minified bundle again times what loading it costs the extension host before
  // activate() runs: compiling it, then running its top level. Each load is a copy with its
  // own name and a different last line, so V8 cannot reuse the compilation of the one before.
  const bundle = process.env['TA_BENCH_MINIFIED_BUNDLE'];
  let load: { compile: number; evaluate: number } | undefined;
  if (bundle) {
    const compiles: number[] = [];
    const evaluations: number[] = [];
    const source = fs.readFileSync(bundle, 'utf8');
    for (let i = 0; i < 5; i++) {
      const copy = path.join(path.dirname(bundle), `extension-${i}.js`);
      // On disk too: VS Code's loader of the vscode module looks at the file that asks for it.
      const text = `${source}\n// copy ${i}\n`;
      fs.writeFileSync(copy, text);
      const c0 = performance.now();
      const script = new vm.Script(Module.wrap(text), { filename: copy });
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      compiles.push(performance.now() - c0);
      const module = { exports: {} };
      const e0 = performance.now();
      wrapper.call(module.exports, module.exports, Module.createRequire(copy), module, copy, path.dirname(copy));
      evaluations.push(performance.now() - e0);
    }
    load = { compile: median(compiles), evaluate: median(evaluations) };
  }
  if (wasActive || info?.activationMs === undefined) console.log('activation: already active when the bench started (not measured)');
  else {
    const total = info.activationMs + (load ? load.compile + load.evaluate : 0);
    const parts = load ? `compiling the minified bundle ${ms(load.compile)}, running its top level ${ms(load.evaluate)}, ` : '';
    console.log(
      `activation: ${ms(total)} (${parts}activate() ${ms(info.activationMs)}; medians of 5; activate() as seen by the caller, with other extensions starting alongside: ${ms(activateWall)})`,
    );
  }
  // VS Code for the web saves after a second's pause by default: only the explicit save is timed.
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) throw new Error('bench: no workspace folder');
  for (const size of sizes) await benchSize(folder, size);
}

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type Metafile } from 'esbuild';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../../..');

/** The runtime import graph of src/ as esbuild bundles it (type-only imports are erased, as at run time); `vscode` is kept as a node. */
async function importGraph(): Promise<Map<string, string[]>> {
  const result = await build({
    entryPoints: ['src/extension.ts', 'src/cli/main.ts'].map((entry) => path.join(root, entry)),
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    outdir: 'out/import-graph',
    external: ['vscode'],
    logLevel: 'silent',
  });
  const meta: Metafile = result.metafile;
  const graph = new Map<string, string[]>();
  for (const [file, input] of Object.entries(meta.inputs)) {
    if (!file.startsWith('src/')) continue;
    graph.set(
      file,
      input.imports.filter((i) => i.path === 'vscode' || (!i.external && i.path.startsWith('src/'))).map((i) => i.path),
    );
  }
  return graph;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The import graph of src/ as TypeScript reads it, type-only imports included: what a reader has to hold in mind. */
function declaredGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (fileName === 'vscode') targets.push('vscode');
      if (!fileName.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), fileName);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
      if (found) targets.push(path.relative(root, found).split(path.sep).join('/'));
    }
    graph.set(path.relative(root, file).split(path.sep).join('/'), targets);
  }
  return graph;
}

const coreImportsOfVscode = (graph: ReadonlyMap<string, readonly string[]>): string[] =>
  [...graph].filter(([file, targets]) => file.startsWith('src/core/') && targets.includes('vscode')).map(([file]) => file);

/** Strongly connected components with more than one module (or a module importing itself): each is an import cycle. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('Import graph', () => {
  it('finds a cycle when there is one, and none in a tree', () => {
    const looped = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    assert.deepEqual(importCycles(looped), [['a', 'b', 'c'], ['e']]);
    assert.deepEqual(
      importCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
      [],
    );
  });

  it('has no runtime import cycle among the modules of src/', async function () {
    this.timeout(60_000);
    const graph = await importGraph();
    assert.ok(graph.size > 100, `only ${graph.size} modules in the graph`);
    assert.ok(graph.has('src/core/index.ts') && graph.has('src/extension.shared.ts'));
    const cycles = importCycles(graph);
    assert.deepEqual(
      cycles.map((c) => c.join(' <-> ')),
      [],
    );
    assert.deepEqual(coreImportsOfVscode(graph), []);
  });

  it('has no import cycle among the modules of src/ even counting type-only imports', () => {
    const graph = declaredGraph();
    assert.ok(graph.size > 100 && (graph.get('src/services.ts') ?? []).includes('src/annotate/annotator.ts'));
    assert.deepEqual(
      importCycles(graph).map((c) => c.join(' <-> ')),
      [],
    );
    assert.deepEqual(coreImportsOfVscode(graph), []);
  });

  it('sees an import of vscode from the core', () => {
    assert.deepEqual(
      coreImportsOfVscode(
        new Map([
          ['src/core/a.ts', ['vscode']],
          ['src/hover/b.ts', ['vscode']],
        ]),
      ),
      ['src/core/a.ts'],
    );
    const graph = declaredGraph();
    assert.ok((graph.get('src/extension.shared.ts') ?? []).includes('vscode'));
  });
});

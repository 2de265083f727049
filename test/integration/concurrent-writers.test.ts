/**
 * The extension and the command-line tool writing one sidecar at the same time (a script or a
 * pre-commit hook running while the user works): both go through the same locked pipeline,
 * so every annotation of both is kept.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { workspaceFile } from './util';

const TEXT =
  'HARBOR DESK, Varnholm Public Radio\n\nIDA MARSH, BYLINE: Dockworkers marched past the ferry terminal, the customs office and the fish market before noon; police counted about 3,000 marchers.\n';
const WORDS = [
  'HARBOR',
  'DESK',
  'Varnholm',
  'Public',
  'Radio',
  'Dockworkers',
  'marched',
  'ferry',
  'terminal',
  'customs',
  'office',
  'market',
  'noon',
  'police',
  'counted',
  'marchers',
];

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

function cliImport(cwd: string, from: string): Promise<number | null> {
  const extension = vscode.extensions.getExtension('transcript-annotator.transcript-annotator');
  assert.ok(extension, 'the extension is installed');
  const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
  return new Promise((resolve) =>
    spawn(process.execPath, [cli, 'import', 'concurrent/harbor-desk.txt', '--format', 'brat', '--from', from], { cwd, stdio: 'ignore' }).on('close', resolve),
  );
}

describe('The extension and the command-line tool writing at once', () => {
  it('keeps every annotation of 8 extension imports racing 8 command-line imports into one sidecar', async function () {
    this.timeout(120_000);
    const text = workspaceFile('concurrent/harbor-desk.txt');
    await vscode.workspace.fs.writeFile(text, encode(TEXT));
    const points = [...TEXT];
    for (const [i, word] of WORDS.entries()) {
      const start = [...TEXT.slice(0, TEXT.indexOf(word))].length;
      assert.equal(points.slice(start, start + [...word].length).join(''), word);
      await vscode.workspace.fs.writeFile(workspaceFile(`concurrent/w${i}.ann`), encode(`T1\tTopic ${start} ${start + [...word].length}\t${word}\n`));
    }
    const cwd = workspaceFile('.').fsPath;
    const runs = WORDS.map((_, i) =>
      i % 2 === 0
        ? cliImport(cwd, `concurrent/w${i}.ann`)
        : Promise.resolve(vscode.commands.executeCommand('transcriptAnnotator.import', { format: 'brat', from: `concurrent/w${i}.ann`, uri: text.toString() })),
    );
    const results = await Promise.all(runs);
    results.forEach((result, i) => {
      if (i % 2 === 0) assert.equal(result, 0, `command-line import ${i}`);
      else assert.equal((result as { added?: number } | undefined)?.added, 1, `extension import ${i}`);
    });
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('concurrent/harbor-desk.txt.annotations.yaml')));
    const quotes = [...sidecar.matchAll(/^ {4}quote: (.+)$/gm)].map((m) => m[1]).sort();
    assert.deepEqual(quotes, [...WORDS].sort());
    const leftovers = (await vscode.workspace.fs.readDirectory(workspaceFile('concurrent')))
      .map(([name]) => name)
      .filter((name) => /\.(tmp|lock|break)$/.test(name));
    assert.deepEqual(leftovers, []);
  });
});

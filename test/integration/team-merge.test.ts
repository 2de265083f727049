import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { workspaceFile } from './util';

const folder = workspaceFile('teammerge');
const sidecar = path.join(folder.fsPath, 'harbor-hour.txt.annotations.yaml');
const git = (...args: string[]): string => execFileSync('git', args, { cwd: folder.fsPath, encoding: 'utf8' });
const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);

function setStatus(id: string, status: string): void {
  const source = fs.readFileSync(sidecar, 'utf8');
  const next = source.replace(new RegExp(`(id: ${id}\\n(?: {4}.*\\n)*? {4}status: )\\w+`), `$1${status}`);
  assert.notEqual(next, source, id);
  fs.writeFileSync(sidecar, next);
}

describe('Team: the git merge driver from VS Code', () => {
  before(async () => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Desk');
    git('config', 'user.email', 'desk@example.org');
    git('add', '-A');
    git('commit', '-q', '-m', 'Harbor Hour');
    const extension = vscode.extensions.getExtension<{ getAPI(v: 1): { openRepository(root: vscode.Uri): Promise<unknown> } }>('vscode.git');
    assert.ok(extension);
    const api = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
    assert.ok(await api.openRepository(folder));
  });

  it('installs the driver in the repository: the .gitattributes line and the config, once', async () => {
    const done = await run<{ repository: string; attributes: boolean }>('installMergeDriver', { uri: folder.toString() });
    assert.deepEqual(done, { repository: folder.toString(), attributes: true });
    assert.equal(fs.readFileSync(path.join(folder.fsPath, '.gitattributes'), 'utf8'), '*.annotations.yaml merge=transcript-annotator\n');
    const driver = git('config', '--get-all', 'merge.transcript-annotator.driver').trim();
    assert.match(driver, /dist\/cli\.js merge-driver %O %A %B %P$/);
    const again = await run<{ attributes: boolean }>('installMergeDriver', { uri: folder.toString() });
    assert.equal(again.attributes, false);
    assert.equal(git('config', '--get-all', 'merge.transcript-annotator.driver').trim(), driver, 'one value, unchanged');
  });

  it('lets git merge two reviews of the same annotation with the installed driver', () => {
    git('add', '.gitattributes');
    git('commit', '-q', '-m', 'Merge sidecars with Transcript Annotator');
    git('checkout', '-q', '-b', 'ana');
    setStatus('cship001', 'accepted');
    git('commit', '-q', '-am', 'Ana accepts');
    git('checkout', '-q', 'main');
    git('checkout', '-q', '-b', 'bjorn');
    setStatus('cship001', 'rejected');
    setStatus('eauth001', 'rejected');
    git('commit', '-q', '-am', 'Bjørn rejects');
    git('checkout', '-q', 'ana');
    git('merge', '-q', '--no-edit', 'bjorn');
    const merged = fs.readFileSync(sidecar, 'utf8');
    assert.doesNotMatch(merged, /^<{7}/m);
    assert.match(
      merged,
      /id: cship001\n(?: {4}.*\n)*? {4}status: proposed\n(?: {4}.*\n)*? {4}attributes:\n {6}merge\.status: accepted\n {6}merge\.theirs\.status: rejected\n/,
    );
    assert.match(merged, /id: eauth001\n(?: {4}.*\n)*? {4}status: rejected\n/);
  });
});

/**
 * Exports never follow a symbolic link onto the sources. Desktop only: making the links needs
 * Node's fs, and no virtual file system of the browser has symbolic links to follow.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { snapshot } from './snapshot';
import { workspaceFile } from './util';

const run = <T>(command: string, args: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);

describe('Export safety with symbolic links', () => {
  it('refuses a destination reached through a symbolic link to the workspace or to a source', async () => {
    const root = workspaceFile('.').fsPath;
    fs.symlinkSync(root, path.join(root, 'mirror'));
    fs.symlinkSync(path.join(root, 'short-briefing.txt'), path.join(root, 'notes.csv'));
    const before = await snapshot();
    assert.equal(await run('export', { scope: 'workspace', format: 'brat', out: 'mirror' }), undefined);
    assert.equal(await run('export', { scope: 'file', format: 'csv', out: 'notes.csv' }), undefined);
    assert.deepEqual(await snapshot(), before);
    assert.ok(fs.lstatSync(path.join(root, 'notes.csv')).isSymbolicLink());
    fs.rmSync(path.join(root, 'mirror'));
    fs.rmSync(path.join(root, 'notes.csv'));
  });
});

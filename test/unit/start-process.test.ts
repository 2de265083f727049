import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findServerMain } from '../launcher/codeServer';

const start = path.join(__dirname, '../launcher/start.js');

describe('npm start -- <folder> (a process test)', function () {
  this.timeout(120_000);
  let parent: string;

  before(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-start-'));
    fs.mkdirSync(path.join(parent, 'desk', 'wire'), { recursive: true });
    fs.writeFileSync(path.join(parent, 'desk', 'wire', 'ferry-strike.txt'), 'Ferry crews in Ostrava Bay strike for a second day\n');
  });

  after(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('refuses a folder that does not exist with one line naming it and the usage', () => {
    const result = spawnSync(process.execPath, [start, 'no-such-desk'], {
      cwd: path.join(__dirname, '../../..'),
      env: { ...process.env, INIT_CWD: parent, TA_USE_SERVER: '1' },
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), 'No such folder: no-such-desk. Usage: npm start -- <folder>');
  });

  it('serves the folder given relative to where npm ran, opening its first text and skipping the welcome page', async function () {
    if (!findServerMain()) this.skip(); // the test VS Code is installed by `npm test` before this tier runs
    const child = spawn(process.execPath, [start, 'desk'], {
      cwd: path.join(__dirname, '../../..'),
      env: { ...process.env, INIT_CWD: parent, TA_USE_SERVER: '1' },
      detached: false,
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const match = /^\s+(http:\/\/127\.0\.0\.1:\d+\/\?\S+)$/m.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`npm start exited early (${code}): ${output}`)));
      });
      const query = new URL(url).searchParams;
      assert.equal(query.get('folder'), path.join(parent, 'desk'));
      const payload = new Map(JSON.parse(query.get('payload') ?? '[]') as Array<[string, string]>);
      assert.equal(payload.get('skipWelcome'), 'true');
      assert.match(
        payload.get('openFile') ?? '',
        new RegExp(`^vscode-remote://127\\.0\\.0\\.1:\\d+${path.join(parent, 'desk', 'wire', 'ferry-strike.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
      const response = await fetch(url);
      assert.equal(response.status, 200, 'the workbench page is served');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

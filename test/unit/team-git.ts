/**
 * Real git in temporary repositories for the team tests, isolated from the machine's own
 * configuration: no global or system config is read, so only what a test sets counts.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCli } from './cli-harness.test';

const made: string[] = [];
const emptyConfig = path.join(os.tmpdir(), `ta-empty-gitconfig-${process.pid}`);

/** Environment of every git and CLI process these tests start. */
export function isolatedEnv(globalConfig = emptyConfig): NodeJS.ProcessEnv {
  if (!fs.existsSync(emptyConfig)) fs.writeFileSync(emptyConfig, '');
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_DATE: '2026-11-21T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-21T10:00:00Z',
    LANG: 'C',
  };
}

/** Result of one process. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs git in `cwd`; throws with its output unless `allowFailure`. */
export function git(cwd: string, args: readonly string[], allowFailure = false, env = isolatedEnv()): Ran {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env, timeout: 60_000 });
  const ran = { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  if (!allowFailure && r.status !== 0) throw new Error(`git ${args.join(' ')} failed (${r.status}): ${ran.stdout}${ran.stderr}`);
  return ran;
}

/** Runs the built CLI in `cwd` with the isolated environment. */
export function cliIn(cwd: string, args: readonly string[], env = isolatedEnv()): Ran {
  const r = spawnSync(process.execPath, [buildCli(), ...args], { cwd, encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A new empty folder, removed after the run. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A new repository on branch `main` with `user.name` set (when given). */
export function newRepo(userName?: string): string {
  const dir = tempDir('ta-git-');
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', 'desk@example.org']);
  if (userName !== undefined) git(dir, ['config', 'user.name', userName]);
  return dir;
}

after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(emptyConfig, { force: true });
});

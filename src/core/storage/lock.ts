/**
 * Lock files: `<file>.lock`, created exclusively and holding its owner as JSON. A writer
 * waits for the lock while another holds it; a lock whose owner is gone (same host, no such
 * process) or that is older than the stale timeout is broken, and the temporary file it
 * names is removed. A lock that stays held by a live owner past the wait gets a
 * {@link LockTimeoutError}, never a silent overwrite.
 */
import { nameOf, sibling, type LockOwner, type PipelineFs } from './fileSystem';

/** Timing of locks; every writer of the same files should use the same values. */
export interface LockOptions {
  /** A lock older than this is broken (default 30 s; a healthy write holds it for milliseconds). */
  staleMs?: number;
  /** How long a writer waits for a lock before giving up (default 15 s). */
  waitMs?: number;
}

/** Default of {@link LockOptions.staleMs}. */
export const LOCK_STALE_MS = 30_000;
/** Default of {@link LockOptions.waitMs}. */
export const LOCK_WAIT_MS = 15_000;
/** Suffix of lock files. */
export const LOCK_SUFFIX = '.lock';

/** The lock could not be taken in time: someone else is writing, or a crashed writer left it. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(
    readonly file: string,
    readonly lockFile: string,
    readonly holder: LockOwner | undefined,
    waitedMs: number,
  ) {
    super(
      `${file} is locked by ${describeOwner(holder)} (waited ${Math.round(waitedMs / 1000)} s); nothing was written. ` +
        `If no other Transcript Annotator is writing it, delete ${lockFile}`,
    );
  }
}

/** Our lock was broken while we held it (we took longer than the stale timeout); nothing was written. */
export class LockLostError extends Error {
  override readonly name = 'LockLostError';
  constructor(readonly file: string) {
    super(`the lock on ${file} was taken over by another writer while this write was still running; nothing was written, try again`);
  }
}

/** A held lock. */
export interface HeldLock {
  readonly file: string;
  readonly lockFile: string;
  readonly owner: LockOwner;
  /** Throws {@link LockLostError} unless the lock file still holds our token. */
  check(): Promise<void>;
  /** The temporary file this lock's write uses (named after the token, so a breaker can sweep it). */
  readonly temp: string;
  release(): Promise<void>;
}

/** What happened while taking a lock: a stale lock broken, and its temporary file removed. */
export interface LockReport {
  broken?: LockOwner | 'unreadable';
  sweptTemp?: string;
}

/** Takes the lock of `file`, waiting and breaking stale locks as described above. */
export async function acquireLock(fs: PipelineFs, file: string, options: LockOptions = {}, report: LockReport = {}): Promise<HeldLock> {
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const lockFile = file + LOCK_SUFFIX;
  const started = fs.now();
  let delay = 4;
  for (;;) {
    const token = newToken();
    const owner: LockOwner = { ...fs.owner, token, time: fs.now(), temp: tempNameFor(file, token) };
    if (await fs.createExclusive(lockFile, encodeOwner(owner))) return held(fs, file, lockFile, owner);
    const holder = await readOwner(fs, lockFile);
    if (holder !== 'missing' && (await isStale(fs, lockFile, holder, staleMs))) {
      await breakLock(fs, lockFile, holder, staleMs, report);
      continue;
    }
    const waited = fs.now() - started;
    if (waited >= waitMs) throw new LockTimeoutError(file, lockFile, holder === 'missing' || holder === 'unreadable' ? undefined : holder, waited);
    if (holder !== 'missing') {
      await fs.sleep(delay + Math.floor(Math.random() * delay));
      delay = Math.min(100, Math.ceil(delay * 1.5));
    }
  }
}

/** Runs `body` holding the lock of `file`, and releases it however `body` ends. */
export async function withLock<T>(
  fs: PipelineFs,
  file: string,
  body: (lock: HeldLock) => Promise<T>,
  options: LockOptions = {},
  report?: LockReport,
): Promise<T> {
  const lock = await acquireLock(fs, file, options, report);
  try {
    return await body(lock);
  } finally {
    await lock.release();
  }
}

/**
 * Whether a live-looking lock file is there (readers use it to tell a file being replaced from
 * a deleted one); a lock older than `staleMs` is a crashed writer's and does not count.
 */
export async function isLocked(fs: PipelineFs, file: string, staleMs = LOCK_STALE_MS): Promise<boolean> {
  const stat = await fs.stat(file + LOCK_SUFFIX);
  return stat !== undefined && fs.now() - stat.mtimeMs <= staleMs;
}

/** Waits until `file` is not locked, at most `waitMs`; true when it is free. */
export async function waitUnlocked(fs: PipelineFs, file: string, waitMs = LOCK_WAIT_MS, staleMs = LOCK_STALE_MS): Promise<boolean> {
  const started = fs.now();
  let delay = 4;
  while (await isLocked(fs, file, staleMs)) {
    if (fs.now() - started >= waitMs) return false;
    await fs.sleep(delay);
    delay = Math.min(100, Math.ceil(delay * 1.5));
  }
  return true;
}

function held(fs: PipelineFs, file: string, lockFile: string, owner: LockOwner): HeldLock {
  const check = async (): Promise<void> => {
    const now = await readOwner(fs, lockFile);
    if (now === 'missing' || now === 'unreadable' || now.token !== owner.token) throw new LockLostError(file);
  };
  return {
    file,
    lockFile,
    owner,
    temp: sibling(file, owner.temp as string),
    check,
    async release() {
      const now = await readOwner(fs, lockFile);
      if (now !== 'missing' && now !== 'unreadable' && now.token === owner.token) await fs.remove(lockFile);
    },
  };
}

async function isStale(fs: PipelineFs, lockFile: string, holder: LockOwner | 'unreadable', staleMs: number): Promise<boolean> {
  if (holder === 'unreadable') {
    // Half-written by a crashed writer, or not ours at all: judged by its age on disk.
    const stat = await fs.stat(lockFile);
    return stat !== undefined && fs.now() - stat.mtimeMs > staleMs;
  }
  return fs.now() - holder.time > staleMs || fs.ownerAlive?.(holder) === false;
}

// Breakers take `<lock>.break` first and look again under it, so two writers that both saw the
// same stale lock cannot remove a fresh lock that a third one took in between.
async function breakLock(fs: PipelineFs, lockFile: string, seen: LockOwner | 'unreadable', staleMs: number, report: LockReport): Promise<void> {
  const breaker = lockFile + '.break';
  if (!(await fs.createExclusive(breaker, encodeOwner({ ...fs.owner, token: newToken(), time: fs.now() })))) {
    const stat = await fs.stat(breaker);
    if (stat !== undefined && fs.now() - stat.mtimeMs > staleMs) await fs.remove(breaker);
    else await fs.sleep(5);
    return;
  }
  try {
    const again = await readOwner(fs, lockFile);
    const same = again === 'unreadable' ? seen === 'unreadable' : again !== 'missing' && seen !== 'unreadable' && again.token === seen.token;
    if (!same || again === 'missing') return;
    await fs.remove(lockFile);
    report.broken = again;
    if (again !== 'unreadable' && again.temp !== undefined) {
      const temp = sibling(lockFile, again.temp);
      await fs.remove(temp);
      report.sweptTemp = temp;
    }
  } finally {
    await fs.remove(breaker);
  }
}

async function readOwner(fs: PipelineFs, lockFile: string): Promise<LockOwner | 'missing' | 'unreadable'> {
  const bytes = await fs.read(lockFile);
  if (bytes === undefined) return 'missing';
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<LockOwner>;
    if (typeof value.token === 'string' && typeof value.time === 'number' && typeof value.tool === 'string') return value as LockOwner;
  } catch {
    // fall through
  }
  return 'unreadable';
}

function encodeOwner(owner: LockOwner): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(owner) + '\n');
}

/** How an error names a lock's holder. */
export function describeOwner(owner: LockOwner | undefined): string {
  if (owner === undefined) return 'another writer';
  const where = [owner.pid !== undefined ? `process ${owner.pid}` : undefined, owner.host !== undefined ? `on ${owner.host}` : undefined]
    .filter(Boolean)
    .join(' ');
  return `${owner.tool === 'vscode' ? 'VS Code' : `transcript-annotator ${owner.tool}`}${where ? ` (${where})` : ''} since ${new Date(owner.time).toISOString()}`;
}

/** A random token, 12 base-36 characters. */
export function newToken(): string {
  let s = '';
  while (s.length < 12) s += Math.floor(Math.random() * 36).toString(36);
  return s;
}

/** Name of the temporary file of a write of `file` under the lock `token`: `.<name>.<token>.tmp`. */
export function tempNameFor(file: string, token: string): string {
  return `.${nameOf(file)}.${token}.tmp`;
}

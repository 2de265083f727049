/**
 * An in-memory {@link PipelineFs} with fault injection, for the write pipeline's unit tests:
 * a virtual clock, processes that can be declared dead, a crash at a chosen operation (the
 * process stops: every later call fails too, nothing is cleaned up), a full disk (a partial
 * temporary file is left behind, as a real one would be) and a hook before every operation
 * so tests can interleave writers step by step.
 */
import { contentBytes, folderOf, type FileContent, type FileStat, type LockOwner, type PipelineFs } from '../../src/core/storage';

/** The files and clock shared by every process of one test. */
export class MemoryDisk {
  readonly files = new Map<string, { data: Uint8Array; mtimeMs: number }>();
  readonly dead = new Set<number>();
  clock = 1_000_000;
  /** Bytes left before writes fail with ENOSPC (Infinity: no limit). */
  free = Infinity;

  text(path: string): string | undefined {
    const file = this.files.get(path);
    return file && new TextDecoder().decode(file.data);
  }

  put(path: string, text: string, mtimeMs = this.clock): void {
    this.files.set(path, { data: new TextEncoder().encode(text), mtimeMs });
  }

  names(): string[] {
    return [...this.files.keys()].sort();
  }
}

/** Thrown by every operation of a process after it crashed. */
export class Crash extends Error {
  override readonly name = 'Crash';
}

/** One process's view of a {@link MemoryDisk}. */
export class MemoryFs implements PipelineFs {
  readonly owner: { tool: string; pid: number; host: string };
  /** Operations done so far, e.g. `createExclusive a.yaml.lock`. */
  readonly log: string[] = [];
  /** Called before each operation; may await (to let another writer run) or throw. */
  beforeStep?: (step: number, operation: string, path: string) => void | Promise<void>;
  /** Crash right after writing the temporary file, before the rename. */
  crashBeforeRename = false;
  private crashed = false;

  constructor(
    readonly disk: MemoryDisk,
    pid: number,
  ) {
    this.owner = { tool: 'test', pid, host: 'test-host' };
  }

  private async step(operation: string, path: string): Promise<void> {
    if (this.crashed) throw new Crash('the process is gone');
    this.log.push(`${operation} ${path}`);
    await this.beforeStep?.(this.log.length - 1, operation, path);
    if (this.crashed) throw new Crash('the process is gone');
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    await this.step('read', path);
    return this.disk.files.get(path)?.data.slice();
  }

  async stat(path: string): Promise<FileStat | undefined> {
    await this.step('stat', path);
    const file = this.disk.files.get(path);
    if (file) return { kind: 'file', size: file.data.length, mtimeMs: file.mtimeMs, symbolicLink: false };
    const prefix = path + '/';
    for (const name of this.disk.files.keys()) if (name.startsWith(prefix)) return { kind: 'directory', size: 0, mtimeMs: 0, symbolicLink: false };
    return undefined;
  }

  async writeTempThenRename(temp: string, path: string, content: FileContent): Promise<void> {
    await this.step('writeTemp', temp);
    if (this.disk.files.has(temp)) throw Object.assign(new Error(`EEXIST: ${temp}`), { code: 'EEXIST' });
    const data = contentBytes(content);
    if (data.length > this.disk.free) {
      // A real full disk leaves what fitted.
      this.disk.files.set(temp, { data: data.slice(0, this.disk.free), mtimeMs: this.disk.clock });
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    this.disk.files.set(temp, { data, mtimeMs: this.disk.clock });
    if (this.crashBeforeRename) {
      this.crashed = true;
      throw new Crash('killed between the temporary write and the rename');
    }
    await this.step('rename', `${temp} -> ${path}`);
    this.disk.files.set(path, { data, mtimeMs: this.disk.clock });
    this.disk.files.delete(temp);
  }

  async remove(path: string): Promise<void> {
    await this.step('remove', path);
    this.disk.files.delete(path);
  }

  async createExclusive(path: string, content: Uint8Array): Promise<boolean> {
    await this.step('createExclusive', path);
    if (this.disk.files.has(path)) return false;
    this.disk.files.set(path, { data: content.slice(), mtimeMs: this.disk.clock });
    return true;
  }

  async list(folder: string): Promise<string[]> {
    await this.step('list', folder);
    return [...this.disk.files.keys()].filter((p) => folderOf(p) === folder).map((p) => p.slice(folder.length + 1));
  }

  ownerAlive(owner: LockOwner): boolean {
    return !(owner.host === 'test-host' && owner.pid !== undefined && this.disk.dead.has(owner.pid));
  }

  now(): number {
    return this.disk.clock;
  }

  async sleep(ms: number): Promise<void> {
    if (this.crashed) throw new Crash('the process is gone');
    this.disk.clock += ms;
    // A real sleep lets the other processes run.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

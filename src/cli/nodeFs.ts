/** The write pipeline's file system for the command-line tool: Node's fs, with exclusive create, fsync and real paths. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileContent, FileStat, LockOwner, PipelineFs } from '../core/storage';

const missing = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

/** A {@link PipelineFs} over Node's fs; `tool` names the verb in lock files. */
export function nodeFs(tool: string): PipelineFs {
  return {
    owner: { tool, pid: process.pid, host: os.hostname() },
    async read(file) {
      try {
        return await fs.promises.readFile(file);
      } catch (error) {
        if (missing(error)) return undefined;
        throw error;
      }
    },
    async stat(file) {
      let link: fs.Stats;
      try {
        link = await fs.promises.lstat(file);
      } catch (error) {
        if (missing(error)) return undefined;
        throw error;
      }
      let target = link;
      if (link.isSymbolicLink()) {
        try {
          target = await fs.promises.stat(file);
        } catch {
          // A dangling link: described as what it is.
        }
      }
      const stat: FileStat = {
        kind: target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other',
        size: target.size,
        mtimeMs: target.mtimeMs,
        symbolicLink: link.isSymbolicLink(),
      };
      return stat;
    },
    async writeTempThenRename(temp, file, content) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      try {
        writeSynced(temp, content);
        fs.renameSync(temp, file);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw error;
      }
    },
    async remove(file) {
      fs.rmSync(file, { force: true });
    },
    async createExclusive(file, content) {
      const create = (): boolean => {
        try {
          fs.writeFileSync(file, content, { flag: 'wx' });
          return true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
          throw error;
        }
      };
      try {
        return create();
      } catch (error) {
        // The file's folder does not exist yet (a first write into a new folder): make it, as writes do.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        fs.mkdirSync(path.dirname(file), { recursive: true });
        return create();
      }
    },
    async list(folder) {
      return fs.readdirSync(folder);
    },
    async realPath(file) {
      // The nearest existing ancestor resolved, the rest appended: destinations may not exist yet.
      const rest: string[] = [];
      let at = path.resolve(file);
      for (;;) {
        try {
          return path.join(fs.realpathSync.native(at), ...rest.reverse());
        } catch {
          const up = path.dirname(at);
          if (up === at) return path.resolve(file);
          rest.push(path.basename(at));
          at = up;
        }
      }
    },
    ownerAlive(owner: LockOwner) {
      if (owner.pid === undefined || owner.host !== os.hostname()) return true;
      try {
        process.kill(owner.pid, 0);
        return true;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code !== 'ESRCH';
      }
    },
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

// Chunks are written as they come, so a streamed export never sits whole in memory.
function writeSynced(file: string, content: FileContent): void {
  const fd = fs.openSync(file, 'wx');
  try {
    if (content instanceof Uint8Array || typeof content === 'string') writeAll(fd, content);
    else {
      let pending = '';
      for (const chunk of content) {
        pending += chunk;
        if (pending.length >= 1 << 16) {
          writeAll(fd, pending);
          pending = '';
        }
      }
      if (pending !== '') writeAll(fd, pending);
    }
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}

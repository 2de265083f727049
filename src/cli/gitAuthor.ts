/** The CLI's author for annotations it creates: `git config user.name` where the file lives. */
import { spawnSync } from 'node:child_process';
import type { Annotation, Sidecar } from '../core';

/** `user.name` as git resolves it in `dir` (repository, global and system config), or undefined. */
export function gitUserName(dir: string): string | undefined {
  const r = spawnSync('git', ['config', 'user.name'], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
  const name = r.status === 0 && typeof r.stdout === 'string' ? r.stdout.trim() : '';
  return name || undefined;
}

/** `sidecar` with `author` set on the annotations of `added` that have none. */
export function stampAuthor(sidecar: Sidecar, added: readonly Annotation[], author: string | undefined): Sidecar {
  if (author === undefined || added.length === 0) return sidecar;
  const ids = new Set(added.filter((a) => a.author === undefined).map((a) => a.id));
  return { ...sidecar, annotations: sidecar.annotations.map((a) => (ids.has(a.id) ? { ...a, author } : a)) };
}

/** The one rule of a three-way merge, for any value: a change made on one side only wins. */

/** How one value was merged. */
export type Pick3<T> = { value: T; conflict: false } | { value: T; conflict: true; theirs: T };

/**
 * Merges one value: both sides agree, or only one side changed it (that change is
 * taken); otherwise it is a conflict and ours is kept, with theirs alongside.
 */
export function pick3<T>(base: T, ours: T, theirs: T, same: (a: T, b: T) => boolean = Object.is): Pick3<T> {
  if (same(ours, theirs)) return { value: ours, conflict: false };
  if (same(base, ours)) return { value: theirs, conflict: false };
  if (same(base, theirs)) return { value: ours, conflict: false };
  return { value: ours, conflict: true, theirs };
}

/**
 * Merges a set of strings kept as a list: members added on either side are added, members
 * removed on either side are removed; ours' order first, then theirs' additions.
 */
export function mergeList(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const b = new Set(base);
  const o = new Set(ours);
  const t = new Set(theirs);
  const kept = ours.filter((s) => !(b.has(s) && !t.has(s)));
  const added = theirs.filter((s) => !b.has(s) && !o.has(s));
  return [...new Set([...kept, ...added])];
}

/** Which side a change came from, in git's words (during a rebase "ours" is the branch being rebased onto). */
export type Side = 'ours' | 'theirs';

/**
 * Merges collections of items with ids. `merge` is called for every id present on both
 * sides; `deleted` for an id one side deleted and the other kept (it returns what stays, if
 * anything); items only added on one side are kept as they are.
 * The result follows no particular order: callers sort it canonically.
 */
export function mergeById<T extends { id: string }>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  handlers: {
    merge(base: T | undefined, ours: T, theirs: T): T;
    deleted(kept: T, base: T, deletedBy: Side): T | undefined;
  },
): T[] {
  const b = new Map(base.map((x) => [x.id, x]));
  const t = new Map(theirs.map((x) => [x.id, x]));
  const o = new Map(ours.map((x) => [x.id, x]));
  const out: T[] = [];
  for (const item of ours) {
    const other = t.get(item.id);
    const ancestor = b.get(item.id);
    if (other !== undefined) out.push(handlers.merge(ancestor, item, other));
    else if (ancestor === undefined) out.push(item);
    else {
      const kept = handlers.deleted(item, ancestor, 'theirs');
      if (kept !== undefined) out.push(kept);
    }
  }
  for (const item of theirs) {
    if (o.has(item.id)) continue;
    const ancestor = b.get(item.id);
    if (ancestor === undefined) out.push(item);
    else {
      const kept = handlers.deleted(item, ancestor, 'ours');
      if (kept !== undefined) out.push(kept);
    }
  }
  return out;
}

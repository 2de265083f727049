/**
 * The one binary search of the core. Sorted things (tokens, annotations, line starts) are
 * searched for the first position a condition stops holding at.
 */

/**
 * The first index in `[0, length)` at which `before(index)` is false, or `length` when it never
 * is: the count of leading indices for which it holds. `before` must hold on a prefix only
 * (true, ..., true, false, ..., false), as "ends at or before the offset" does on sorted spans.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

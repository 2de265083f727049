/** Overlap queries against a fixed set of spans, in O(log n) each. */

/** Half-open spans `[start, end)` that can be asked whether they overlap a span. */
export class IntervalSet {
  private readonly starts: number[];
  /** maxEnds[i]: the largest end among the first i + 1 spans by start. */
  private readonly maxEnds: number[];

  constructor(spans: Iterable<{ readonly start: number; readonly end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let max = -Infinity;
    this.maxEnds = sorted.map((s) => (max = Math.max(max, s.end)));
  }

  /** Whether any span shares at least one position with `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    // Spans starting before `end` are a prefix; one of them overlaps iff the furthest end passes `start`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.maxEnds[lo - 1] as number) > start;
  }
}

/** The stored form of a tracked span, and the block of spans it lives in (see `./blocks`). */

/** One stored span; `s` and `e` are relative to its block's delta. */
export class SpanRecord {
  removed = false;
  constructor(
    readonly id: string,
    public s: number,
    public e: number,
    public orphaned: boolean,
    public block: Block,
  ) {}
  get start(): number {
    return this.s + this.block.delta;
  }
  get end(): number {
    return this.e + this.block.delta;
  }
}

/** A run of spans sorted by start. */
export class Block {
  items: SpanRecord[] = [];
  delta = 0;
  /** At least the largest relative end in the block (only used to skip blocks that end before an edit). */
  maxEnd = -Infinity;
  refreshMaxEnd(): void {
    let max = -Infinity;
    for (const r of this.items) if (r.e > max) max = r.e;
    this.maxEnd = max;
  }
}

/** Called with a span's position before an edit moves it other than by a shift. */
export type AffectedSink = (rec: SpanRecord, start: number, end: number, orphaned: boolean) => void;

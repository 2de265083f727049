/**
 * Storage of many spans for fast edits: spans sorted by start in blocks of
 * a hundred or two, each block with a lazy offset (`delta`) added to all of its
 * positions and the largest end it holds. An edit then shifts whole blocks
 * after it in O(blocks), rewrites one block, and skips every earlier block
 * whose largest end lies before the edit; spans may overlap and nest.
 */
import { affects, mapSpan } from './edit';
import { Block, SpanRecord, type AffectedSink } from './record';

export { Block, SpanRecord, type AffectedSink };

// A block past 2 * BLOCK_SIZE spans is split in two (removals may leave smaller ones; empty ones
// go): small enough that rewriting one is cheap, few enough (~600 for 100,000 spans) that a
// pass over all of them is too.
const BLOCK_SIZE = 128;

/** The blocks, in order of start. */
export class BlockList {
  readonly blocks: Block[] = [];

  /** Stores a new record at absolute [start, end) and returns it. */
  insert(id: string, start: number, end: number, orphaned: boolean): SpanRecord {
    const k = this.blockFor(start);
    const block = this.blocks[k] as Block;
    const rec = new SpanRecord(id, start - block.delta, end - block.delta, orphaned, block);
    this.place(k, rec);
    return rec;
  }

  /** Moves an existing record to a new absolute position (the record object stays the same). */
  move(rec: SpanRecord, start: number, end: number, orphaned: boolean): void {
    this.detach(rec);
    const k = this.blockFor(start);
    const block = this.blocks[k] as Block;
    rec.s = start - block.delta;
    rec.e = end - block.delta;
    rec.orphaned = orphaned;
    rec.block = block;
    this.place(k, rec);
  }

  /** Takes a record out of its block. */
  detach(rec: SpanRecord): void {
    const block = rec.block;
    block.items.splice(block.items.indexOf(rec), 1);
    if (block.items.length === 0) this.blocks.splice(this.blocks.indexOf(block), 1);
    else if (rec.e === block.maxEnd) block.refreshMaxEnd();
  }

  // The block a span starting at `start` belongs in (creating the first block if needed).
  private blockFor(start: number): number {
    if (this.blocks.length === 0) this.blocks.push(new Block());
    return this.blocks.length === 1 ? 0 : Math.max(0, this.lastBlockStartingBefore(start + 1));
  }

  private place(k: number, rec: SpanRecord): void {
    const block = this.blocks[k] as Block;
    const items = block.items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((items[mid] as SpanRecord).s <= rec.s) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, rec);
    if (rec.e > block.maxEnd) block.maxEnd = rec.e;
    if (items.length > 2 * BLOCK_SIZE) this.split(k);
  }

  private split(k: number): void {
    const block = this.blocks[k] as Block;
    const next = new Block();
    next.delta = block.delta;
    next.items = block.items.splice(BLOCK_SIZE);
    for (const r of next.items) r.block = next;
    block.refreshMaxEnd();
    next.refreshMaxEnd();
    this.blocks.splice(k + 1, 0, next);
  }

  // Index of the last block whose first span starts before `pos` (-1 if none).
  private lastBlockStartingBefore(pos: number): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const b = this.blocks[mid] as Block;
      if ((b.items[0] as SpanRecord).s + b.delta < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * Replaces [a, a + n) by m units. Spans starting at or after a + n only
   * shift; the others are checked against the edit, and `sink` hears of each
   * one moved otherwise, before it moves.
   */
  applyEdit(a: number, n: number, m: number, sink: AffectedSink): void {
    const b = a + n;
    const d = m - n;
    const blocks = this.blocks;
    // Blocks whose first span starts at or after b hold only spans that shift.
    const k = this.lastBlockStartingBefore(b);
    if (d !== 0) for (let j = k + 1; j < blocks.length; j++) (blocks[j] as Block).delta += d;
    if (k < 0) return;
    const boundary = blocks[k] as Block;
    const items = boundary.items;
    let first = 0;
    let hi = items.length;
    while (first < hi) {
      const mid = (first + hi) >>> 1;
      if ((items[mid] as SpanRecord).s + boundary.delta < b) first = mid + 1;
      else hi = mid;
    }
    if (d !== 0) {
      let max = boundary.maxEnd;
      for (let i = first; i < items.length; i++) {
        const r = items[i] as SpanRecord;
        r.s += d;
        if ((r.e += d) > max) max = r.e;
      }
      // After a shift left the old maximum is still a bound; it becomes exact again on the next rewrite.
      boundary.maxEnd = max;
    }
    for (let j = k; j >= 0; j--) {
      const block = blocks[j] as Block;
      if (block.maxEnd + block.delta < a) continue;
      this.rewrite(block, j === k ? first : block.items.length, a, n, m, sink);
    }
  }

  // Applies the edit to the first `count` spans of a block, all starting before the edit's end.
  private rewrite(block: Block, count: number, a: number, n: number, m: number, sink: AffectedSink): void {
    const delta = block.delta;
    let changed = false;
    for (let i = 0; i < count; i++) {
      const r = block.items[i] as SpanRecord;
      const e = r.e + delta;
      // Most spans end before the edit: settle them before anything else.
      if (e < a) continue;
      const s = r.s + delta;
      if (!affects(s, e, r.orphaned, a, n)) continue;
      sink(r, s, e, r.orphaned);
      const to = mapSpan(s, e, r.orphaned, a, n, m);
      r.s = to.start - delta;
      r.e = to.end - delta;
      r.orphaned = to.orphaned;
      changed = true;
    }
    if (changed) block.refreshMaxEnd();
  }
}

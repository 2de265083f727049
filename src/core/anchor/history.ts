/**
 * A bounded history of changes, to put spans back exactly when an undo
 * reverts them. Shifts undo themselves, but a span trimmed or orphaned by a
 * deletion cannot be regrown by the inverse insertion alone (text inserted at
 * a span's start goes before it), so each change records the previous
 * position of every span it moved other than by a shift.
 *
 * An undo is recognised when it is the exact inverse of the latest k changes
 * combined: an editor groups keystrokes into one undo step and reverts the
 * whole group in one change.
 */
import type { SpanRecord } from './blocks';
import { composeChanges, invertChange, sameChange, type Change } from './changes';
import { mapSpan } from './edit';

/** A span's position at some moment. */
export interface Snapshot {
  readonly start: number;
  readonly end: number;
  readonly orphaned: boolean;
}

/** One applied change and the positions, just before it, of the spans it affected. */
export interface ChangeRecord {
  readonly change: Change;
  readonly before: ReadonlyMap<SpanRecord, Snapshot> | undefined;
}

/** The latest changes, oldest first, at most `limit` of them. */
export class History {
  private records: ChangeRecord[] = [];

  constructor(private readonly limit: number) {}

  push(record: ChangeRecord): void {
    this.records.push(record);
    // Trimmed in batches so that a long typing session costs O(1) per keystroke.
    if (this.records.length > 2 * this.limit) this.records = this.records.slice(-this.limit);
  }

  clear(): void {
    this.records = [];
  }

  /**
   * How many of the latest changes `change` exactly undoes, or 0. Lengths
   * alone can make several counts fit (a unit typed over one unit, then
   * deleted, is the same as deleting that unit); the fewest is taken, since
   * undoing too little at worst leaves a span orphaned, while undoing too
   * much could attach it to text that is not its own.
   */
  matchUndo(change: Change): number {
    const n = this.records.length;
    let combined: Change = [];
    for (let k = 1; k <= Math.min(n, this.limit); k++) {
      combined = composeChanges((this.records[n - k] as ChangeRecord).change, combined);
      if (sameChange(invertChange(combined), change)) return k;
    }
    return 0;
  }

  /**
   * Removes the latest k changes and returns, for every span they affected,
   * its position before the oldest of them: the position to restore once the
   * document is back to that state.
   */
  takeRestore(k: number): Map<SpanRecord, Snapshot> {
    const taken = this.records.splice(this.records.length - k, k);
    const restore = new Map<SpanRecord, Snapshot>();
    taken.forEach((record, j) => {
      if (!record.before) return;
      for (const [rec, snap] of record.before) {
        if (restore.has(rec)) continue;
        // Earlier changes only shifted this span, so their inverses shift it back exactly.
        let at = snap;
        for (let i = j - 1; i >= 0; i--) at = unapply((taken[i] as ChangeRecord).change, at);
        restore.set(rec, at);
      }
    });
    return restore;
  }
}

// A position after `change` mapped back through the change's inverse.
function unapply(change: Change, at: Snapshot): Snapshot {
  const inverse = invertChange(change);
  let s = at;
  for (let i = inverse.length - 1; i >= 0; i--) {
    const e = inverse[i] as Change[number];
    s = mapSpan(s.start, s.end, s.orphaned, e.offset, e.deletedLength, e.insertedLength);
  }
  return s;
}

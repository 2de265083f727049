/**
 * Live tracking of annotation spans while a document is edited. Offsets are
 * abstract units: the editor layer feeds UTF-16 offsets as they come from
 * change events and converts to code points only when saving.
 *
 * How an edit moves a span is described in `./edit` (text typed at a span's
 * start goes before it, at its end after it; deleting all of a span orphans
 * it). Orphaned spans stay here as points, so that undoing the deletion puts
 * them back exactly (see `./history`).
 */
import { BlockList, type SpanRecord } from './blocks';
import { canonicalChange, type Change } from './changes';
import type { Edit } from './edit';
import { History, type Snapshot } from './history';
import { NOTHING, position, report, type ApplyOptions, type EditReport, type SpanPosition } from './report';

export type { ApplyOptions, EditReport, SpanPosition };

/** Spans (id, start, end) that follow edits of their document. */
export class SpanTracker {
  private readonly store = new BlockList();
  private readonly byId = new Map<string, SpanRecord>();
  private readonly history: History;
  // Positions before the current change of the spans it affects (filled by `note`).
  private before: Map<SpanRecord, Snapshot> | undefined;
  private readonly note = (rec: SpanRecord, start: number, end: number, orphaned: boolean): void => {
    this.before ??= new Map();
    if (!this.before.has(rec)) this.before.set(rec, { start, end, orphaned });
  };

  /** `historyLimit`: how many recent changes an undo can be matched against (default 100). */
  constructor(options: { historyLimit?: number } = {}) {
    this.history = new History(options.historyLimit ?? 100);
  }

  /** Number of spans tracked, orphaned ones included. */
  get size(): number {
    return this.byId.size;
  }

  /** Starts tracking [start, end); throws on a duplicate id or a range that is not 0 <= start < end. */
  add(id: string, start: number, end: number): void {
    if (this.byId.has(id)) throw new Error(`span ${id} is already tracked`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      throw new RangeError(`invalid span ${id}: [${start}, ${end})`);
    }
    this.byId.set(id, this.store.insert(id, start, end, false));
  }

  /** Stops tracking a span; false when it was not tracked. */
  remove(id: string): boolean {
    const rec = this.byId.get(id);
    if (!rec) return false;
    this.store.detach(rec);
    rec.removed = true;
    this.byId.delete(id);
    return true;
  }

  /** Whether `id` is tracked. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Current position of a span. */
  get(id: string): SpanPosition | undefined {
    const rec = this.byId.get(id);
    return rec && position(rec);
  }

  /** Every span, in order of start. */
  all(): SpanPosition[] {
    const out: SpanPosition[] = [];
    for (const block of this.store.blocks) for (const rec of block.items) out.push(position(rec));
    return out;
  }

  /** Forgets the changes an undo could be matched against (e.g. after reloading the document). */
  clearHistory(): void {
    this.history.clear();
  }

  /** Applies one edit: `deletedLength` units at `offset` replaced by `insertedLength` units. */
  applyEdit(offset: number, deletedLength: number, insertedLength: number, options?: ApplyOptions): EditReport {
    return this.applyEdits([{ offset, deletedLength, insertedLength }], options);
  }

  /**
   * Applies the edits of one change event. As in VS Code, every range refers
   * to the document before the change; ranges must not overlap, and touching
   * ones are treated as one replacement. An undo that exactly reverts the
   * latest changes restores the spans they trimmed or orphaned.
   */
  applyEdits(edits: readonly Edit[], options?: ApplyOptions): EditReport {
    const change = canonicalChange(edits);
    if (change.length === 0) return NOTHING;
    const k = options?.undo ? this.history.matchUndo(change) : 0;
    this.before = undefined;
    this.applyChange(change);
    const before = this.before as Map<SpanRecord, Snapshot> | undefined;
    this.before = undefined;
    if (k === 0) {
      this.history.push({ change, before });
      return before ? report(before) : NOTHING;
    }
    const was = before ?? new Map<SpanRecord, Snapshot>();
    for (const [rec, at] of this.history.takeRestore(k)) {
      if (rec.removed) continue;
      if (!was.has(rec)) was.set(rec, position(rec));
      this.store.move(rec, at.start, at.end, at.orphaned);
    }
    return report(was);
  }

  private applyChange(change: Change): void {
    // From the last edit to the first, so each edit's offsets are still valid.
    for (let i = change.length - 1; i >= 0; i--) {
      const e = change[i] as Edit;
      this.store.applyEdit(e.offset, e.deletedLength, e.insertedLength, this.note);
    }
  }
}

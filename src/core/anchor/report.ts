/** What the span tracker tells its caller: positions, and what each change did to the spans. */
import type { SpanRecord } from './blocks';
import type { Snapshot } from './history';

/** Where a tracked span is now. An orphaned span's `start === end` is where its text was. */
export interface SpanPosition {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly orphaned: boolean;
}

/** What one change did to the spans, by id (each id in at most one list). */
export interface EditReport {
  /** Spans whose text was deleted entirely by this change. */
  readonly orphaned: readonly string[];
  /** Spans still attached whose extent changed other than by a shift (grown, trimmed, text replaced inside). */
  readonly edited: readonly string[];
  /** Orphaned spans put back by an undo. */
  readonly restored: readonly string[];
}

/** Options of `SpanTracker.applyEdits`. */
export interface ApplyOptions {
  /**
   * The change is an undo (VS Code: `event.reason === TextDocumentChangeReason.Undo`).
   * Only then is it compared with the latest changes, because an insertion as long
   * as a recent deletion may just as well be new text typed over it.
   */
  readonly undo?: boolean;
}

/** The report of a change that touched no span. */
export const NOTHING: EditReport = Object.freeze({ orphaned: [], edited: [], restored: [] });

/** A span's current position, for the caller. */
export function position(rec: SpanRecord): SpanPosition {
  return { id: rec.id, start: rec.start, end: rec.end, orphaned: rec.orphaned };
}

/** Sorts the spans a change affected, given their positions before it, into the lists of a report. */
export function report(before: ReadonlyMap<SpanRecord, Snapshot>): EditReport {
  const orphaned: string[] = [];
  const edited: string[] = [];
  const restored: string[] = [];
  for (const [rec, was] of before) {
    if (rec.removed) continue;
    if (rec.orphaned) {
      if (!was.orphaned) orphaned.push(rec.id);
    } else if (was.orphaned) {
      restored.push(rec.id);
    } else {
      edited.push(rec.id);
    }
  }
  return { orphaned, edited, restored };
}

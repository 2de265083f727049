/**
 * Following a text that VS Code reloaded from disk (changed outside the editor, or reverted)
 * while the user may still be typing: the pure part of the editor's live tracking. A change
 * that leaves the document clean is either the first keystroke (the dirty flag follows a
 * moment later) or a reload; only the file's content tells them apart. While the sidecar is
 * re-read, every edit made meanwhile is kept, and replayed on the re-read positions, whose
 * offsets refer to the text as reloaded.
 */
import type { Annotation } from '../schema';
import { OffsetMap } from '../offsets';
import { normalizeText } from '../text';
import type { Edit } from './edit';
import { SpanTracker } from './spans';

/** Whether a document holding `documentText` shows exactly the file `diskRaw` (BOM and line ends aside): a reload, not a keystroke. */
export function showsDisk(documentText: string, diskRaw: string): boolean {
  return normalizeText(diskRaw) === normalizeText(documentText);
}

/** Edits of one change event, and whether it was an undo. */
export interface ChangeBatch {
  readonly edits: readonly Edit[];
  readonly undo: boolean;
}

/** What is known while a reload is followed: the text as reloaded, and the edits made since. */
export class ReloadMarker {
  private readonly batches: ChangeBatch[] = [];

  /** `text`: the document's text (UTF-16, as the editor holds it) when the reload was recognised. */
  constructor(readonly text: string) {}

  /** Keeps one change event made while the sidecar is re-read. */
  record(edits: readonly Edit[], undo: boolean): void {
    this.batches.push({ edits: [...edits], undo });
  }

  /** Change events recorded so far. */
  get edits(): readonly ChangeBatch[] {
    return this.batches;
  }

  /**
   * A tracker for the re-read annotations: placed on the text as reloaded, then moved by every
   * edit made since, so that a keystroke during the reload cannot shift the spans.
   */
  replay(annotations: readonly Annotation[]): { tracker: SpanTracker; edited: boolean } {
    const tracker = trackerOn(this.text, annotations);
    for (const { edits, undo } of this.batches) tracker.applyEdits(edits, { undo });
    return { tracker, edited: this.batches.length > 0 };
  }
}

/** A tracker holding each annotation that is not orphaned at its UTF-16 offsets in `text` (as an editor holds it). */
export function trackerOn(text: string, annotations: readonly Annotation[]): SpanTracker {
  const map = new OffsetMap(text);
  const tracker = new SpanTracker();
  for (const annotation of annotations) {
    const start = map.toUtf16(annotation.start);
    const end = map.toUtf16(annotation.end);
    if (!annotation.orphaned && start < end) tracker.add(annotation.id, start, end);
  }
  return tracker;
}

/**
 * Which spans an edit moved differently from the editor's own tracking of decoration
 * ranges, so that highlights are sent again only for those. Pure: offsets in whatever unit
 * the tracker and the edits share (UTF-16 in VS Code).
 */
import type { Edit } from './edit';
import type { EditReport, SpanPosition } from './report';

/**
 * The spans an edit moved differently from how VS Code moves a decoration range whose edges
 * never grow (`DecorationRangeBehavior.ClosedClosed`). VS Code moves every range itself, so
 * only these need drawing again. Insertions and deletions move both the same way. A
 * replacement differs: VS Code treats the first min(deleted, inserted) units as overwritten
 * in place, so an edge inside the replaced text keeps its offset (the tracker puts it at an
 * end of the new text), and an end at the end of the replaced text stays there when the new
 * text is longer (the tracker keeps the new text inside). After a replacement of [a, a + n)
 * by m units, such spans end at a or a + m, or start at a + m: all of those are drawn again
 * (a span merely shifted there costs one needless redraw). An orphaned span shrinks to
 * nothing in VS Code, and undo cannot grow it back, so orphaned and restored spans are drawn
 * again too. Several edits at once, undo and redo are not worked out: every span they
 * touched is drawn again.
 */
export function driftedIds(report: EditReport, edits: readonly Edit[], undoOrRedo: boolean, at: (id: string) => SpanPosition | undefined): string[] {
  const ids = [...report.orphaned, ...report.restored];
  const single = edits.length === 1 && !undoOrRedo ? edits[0] : undefined;
  if (!single) return [...ids, ...report.edited];
  const { offset: a, deletedLength: n, insertedLength: m } = single;
  if (n === 0 || m === 0) return ids;
  for (const id of report.edited) {
    const position = at(id);
    if (position && (position.end === a || position.end === a + m || position.start === a + m)) ids.push(id);
  }
  return ids;
}

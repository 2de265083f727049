/**
 * Spans orphaned while editing whose text may just have moved: cutting a
 * paragraph deletes its spans' text (they are orphaned at once, so that undo
 * can restore them), and pasting it further down brings the text back in a
 * separate change the live tracker cannot connect to the cut. When the text is
 * saved, such spans are looked for with the re-anchoring engine; only an exact
 * find with a whole side of context is taken (a person who deleted a sentence
 * meant it: nothing is re-attached approximately behind their back).
 */
import type { Annotation } from '../schema';
import { reanchor } from './reanchor';

/**
 * `next` with every annotation orphaned by the edits (orphaned there, not in
 * `base`) put back where `text` (normalised) holds it exactly, status kept and
 * `modified` set to `now`; the others unchanged.
 */
export function refindCut(next: readonly Annotation[], base: ReadonlyMap<string, Annotation>, text: string, now: string): Annotation[] {
  const lost = next.filter((a) => a.orphaned && base.get(a.id)?.orphaned !== true);
  if (lost.length === 0) return [...next];
  const { annotations, report } = reanchor(
    lost.map((a) => base.get(a.id) as Annotation),
    text,
  );
  const moved = new Set(report.moved.concat(report.unchanged));
  const found = new Map(annotations.filter((a) => moved.has(a.id)).map((a) => [a.id, { ...a, modified: now }]));
  return next.map((a) => found.get(a.id) ?? a);
}

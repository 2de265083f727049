/**
 * Whole changes (the edits of one editor change event) as lengths only, so
 * that an undo can be recognised as the exact inverse of the latest changes.
 *
 * A change is kept in a canonical form: edits sorted by offset, in the
 * coordinates of the document before the change, touching edits merged and
 * empty ones dropped. Two changes with the same effect on lengths then compare
 * equal field by field.
 */
import type { Edit } from './edit';

/** A change in canonical form. */
export type Change = readonly Edit[];

// Retain, delete or insert `len` units: composing changes is easiest on this stream form.
const RETAIN = 0;
const DELETE = 1;
const INSERT = 2;
type Op = { kind: number; len: number };

/**
 * Canonical form of edits whose ranges all refer to the document before the
 * change (VS Code's convention). Throws a RangeError on negative, fractional
 * or overlapping ranges, which would make the change meaningless.
 */
export function canonicalChange(edits: readonly Edit[]): Change {
  for (const e of edits) {
    if (!(isCount(e.offset) && isCount(e.deletedLength) && isCount(e.insertedLength))) {
      throw new RangeError(`invalid edit ${JSON.stringify(e)}: offsets and lengths must be whole numbers >= 0`);
    }
  }
  if (edits.length === 1) {
    const e = edits[0] as Edit;
    return e.deletedLength === 0 && e.insertedLength === 0 ? [] : [e];
  }
  const sorted = edits.slice().sort((x, y) => x.offset - y.offset || x.deletedLength - y.deletedLength);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Edit;
    if ((sorted[i] as Edit).offset < prev.offset + prev.deletedLength) {
      throw new RangeError('overlapping edits in one change');
    }
  }
  return fromOps(toOps(sorted));
}

function isCount(x: number): boolean {
  return Number.isInteger(x) && x >= 0;
}

function toOps(change: Change): Op[] {
  const ops: Op[] = [];
  let pos = 0;
  for (const e of change) {
    if (e.offset > pos) ops.push({ kind: RETAIN, len: e.offset - pos });
    if (e.deletedLength > 0) ops.push({ kind: DELETE, len: e.deletedLength });
    if (e.insertedLength > 0) ops.push({ kind: INSERT, len: e.insertedLength });
    pos = e.offset + e.deletedLength;
  }
  return ops;
}

function fromOps(ops: readonly Op[]): Edit[] {
  const edits: Edit[] = [];
  let pos = 0;
  let at = -1;
  let del = 0;
  let ins = 0;
  const flush = (): void => {
    if (at >= 0 && (del > 0 || ins > 0)) edits.push({ offset: at, deletedLength: del, insertedLength: ins });
    at = -1;
    del = ins = 0;
  };
  for (const op of ops) {
    if (op.kind === RETAIN) {
      flush();
      pos += op.len;
      continue;
    }
    if (at < 0) at = pos;
    if (op.kind === DELETE) {
      del += op.len;
      pos += op.len;
    } else {
      ins += op.len;
    }
  }
  flush();
  return edits;
}

/** The change `first` followed by `second` (whose offsets refer to the document after `first`). */
export function composeChanges(first: Change, second: Change): Change {
  const x = toOps(first);
  const y = toOps(second);
  const out: Op[] = [];
  // Past the end of its ops, each change retains everything (an infinite retain).
  let i = 0;
  let j = 0;
  let xUsed = 0;
  let yUsed = 0;
  for (;;) {
    const xo = x[i];
    const yo = y[j];
    if (xo?.kind === DELETE) {
      out.push(xo);
      i++;
      continue;
    }
    if (yo?.kind === INSERT) {
      out.push(yo);
      j++;
      continue;
    }
    if (xo === undefined && yo === undefined) break;
    const len = Math.min(xo ? xo.len - xUsed : Infinity, yo ? yo.len - yUsed : Infinity);
    const xKind = xo?.kind ?? RETAIN;
    const yKind = yo?.kind ?? RETAIN;
    // Text inserted by the first change and deleted by the second leaves no trace.
    if (!(xKind === INSERT && yKind === DELETE)) {
      out.push({ kind: yKind === DELETE ? DELETE : xKind, len });
    }
    xUsed += len;
    yUsed += len;
    if (xo && xUsed === xo.len) {
      i++;
      xUsed = 0;
    }
    if (yo && yUsed === yo.len) {
      j++;
      yUsed = 0;
    }
  }
  return fromOps(out);
}

/** The change that undoes `change`, in the coordinates of the document after it. */
export function invertChange(change: Change): Change {
  let shift = 0;
  return change.map((e) => {
    const inverse = { offset: e.offset + shift, deletedLength: e.insertedLength, insertedLength: e.deletedLength };
    shift += e.insertedLength - e.deletedLength;
    return inverse;
  });
}

/** Whether two canonical changes are the same. */
export function sameChange(x: Change, y: Change): boolean {
  return (
    x.length === y.length &&
    x.every((e, k) => {
      const f = y[k] as Edit;
      return e.offset === f.offset && e.deletedLength === f.deletedLength && e.insertedLength === f.insertedLength;
    })
  );
}

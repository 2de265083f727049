/** Choosing how to write a sidecar: canonical from scratch, or editing the previous hand-made source. */
import type { Sidecar } from '../schema';
import { writeCanonical } from './canonicalWriter';
import { editDocument } from './documentEdit';
import { fastRead } from './fastReader';

/**
 * Text of `sidecar`, deterministic and with `\n` line ends. Given the file's
 * previous content: if it was canonical (possibly under a header comment, which
 * is kept) it is rewritten canonically; otherwise it is edited in place so hand
 * comments and formatting survive. Byte-identical output for a canonical
 * `previousSource` holding the same sidecar.
 */
export function serializeSidecar(sidecar: Sidecar, previousSource?: string): string {
  return serializeSidecarLayout(sidecar, previousSource).text;
}

/**
 * {@link serializeSidecar}, saying whether the text is the canonical writer's (under the
 * previous header comment, if any) rather than an edit of a hand-made source.
 */
export function serializeSidecarLayout(sidecar: Sidecar, previousSource?: string): { text: string; canonical: boolean } {
  if (previousSource === undefined) return { text: writeCanonical(sidecar), canonical: true };
  const previous = previousSource.charCodeAt(0) === 0xfeff ? previousSource.slice(1) : previousSource;
  const headerLines = previous === lastCanonical?.source ? lastCanonical.headerLines : fastRead(previous)?.headerLines;
  if (headerLines !== undefined) {
    let headerEnd = 0;
    for (let i = 0; i < headerLines; i++) headerEnd = previous.indexOf('\n', headerEnd) + 1;
    return { text: previous.slice(0, headerEnd) + writeCanonical(sidecar), canonical: true };
  }
  // A previous source that cannot be edited (broken YAML) is replaced: the data comes first.
  const edited = editDocument(previous, sidecar);
  return edited === undefined ? { text: writeCanonical(sidecar), canonical: true } : { text: edited, canonical: false };
}

// The last source the loader read through the fast path: saving over it again
// (the usual load-edit-save cycle) then skips re-reading it just to learn its layout.
let lastCanonical: { source: string; headerLines: number } | undefined;

/** Called by the loader when the fast reader accepted `source`. */
export function noteCanonicalSource(source: string, headerLines: number): void {
  lastCanonical = { source, headerLines };
}

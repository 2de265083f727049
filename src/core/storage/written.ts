/**
 * The loader's verdict for a sidecar the pipeline has just serialised with the canonical
 * writer, without parsing it back. Re-reading 2.7 MB of YAML to learn what the writer put
 * there was most of the cost of saving a long document; what the fast reader makes of the
 * canonical writer's output is the value written (a property test holds the two together:
 * sidecar-readers), so the checks that remain are the loader's own, run on that value.
 * Anything the loader would have to word (an error or a warning, which need positions in the
 * file) gives no verdict, and the caller loads the text in full as before.
 */
import { CodePointText } from '../offsets';
import { ANNOTATION_KEYS, SOURCE_KEYS, type Annotation, type Sidecar } from '../schema';
import { sortedAnnotations, sortedKeys } from '../sidecar/canonicalWriter';
import { MAX_SIDECAR_BYTES, utf8Length, type LoadResult } from '../sidecar/load';
import { noteCanonicalSource } from '../sidecar/serialize';
import { validateSidecar } from '../sidecar/validate';
import { hashText, normalizeText } from '../text';

/**
 * What `loadSidecar(source, textRaw, { textFileName, maxBytes })` returns when `source` is the
 * canonical writer's text of `value` and the load would find nothing to report; undefined
 * otherwise (the caller then loads `source` in full).
 */
export function writtenVerdict(value: Sidecar, source: string, textRaw: string, textFileName: string, maxBytes = MAX_SIDECAR_BYTES): LoadResult | undefined {
  if (utf8Length(source, maxBytes) > maxBytes || source.charCodeAt(0) === 0xfeff || source.indexOf('\0') !== -1) return undefined;
  const normalized = normalizeText(textRaw);
  // The value as the fast reader builds it: annotations sorted, keys in the file's order.
  const read = canonicalCopy(value);
  const validation = validateSidecar(read, { text: new CodePointText(normalized), expectedTextName: textFileName });
  if (validation.sidecar !== read || validation.issues.length > 0) return undefined;
  let headerLines = 0;
  for (let at = 0; source.charCodeAt(at) === 35 /* # */; at = source.indexOf('\n', at) + 1) headerLines++;
  // As the loader does when the fast reader accepts a source: saving over it again needs no re-read.
  noteCanonicalSource(source, headerLines);
  return { sidecar: read, problems: [], canonical: headerLines === 0, textHashMatches: hashText(normalized) === read.textHash };
}

function canonicalCopy(sidecar: Sidecar): Sidecar {
  const copy: Record<string, unknown> = { version: sidecar.version, text: sidecar.text, textHash: sidecar.textHash };
  if (sidecar.source !== undefined) {
    const source: Record<string, unknown> = {};
    for (const key of SOURCE_KEYS) if (sidecar.source[key] !== undefined) source[key] = sidecar.source[key];
    copy.source = source;
  }
  copy.annotations = sortedAnnotations(sidecar.annotations).map(annotationCopy);
  return copy as unknown as Sidecar;
}

function annotationCopy(annotation: Annotation): Annotation {
  const from = annotation as unknown as Record<string, unknown>;
  const to: Record<string, unknown> = {};
  for (const key of ANNOTATION_KEYS) {
    const v = from[key];
    if (v === undefined) continue;
    if (key === 'attributes' && typeof v === 'object' && v !== null) {
      const attributes = v as Record<string, unknown>;
      const sorted: Record<string, unknown> = {};
      for (const name of sortedKeys(attributes as Record<string, never>)) sorted[name] = attributes[name];
      to[key] = sorted;
    } else to[key] = v;
  }
  return to as unknown as Annotation;
}

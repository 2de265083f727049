/**
 * Where each annotation entry is in a sidecar's YAML source, in any layout (hand-edited
 * files are not always canonical). Used to open a sidecar at an annotation and to hover
 * an entry. Parsed with the core's guarded reader, since the file may be hostile.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { yamlRead } from './yamlReader';

/** One annotation entry: its id and its UTF-16 offsets in the source. */
export interface SidecarEntry {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export function sidecarEntries(source: string): SidecarEntry[] {
  const document = yamlRead(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).doc;
  const skipped = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const annotations: unknown = isMap(document?.contents) ? document.contents.get('annotations', true) : undefined;
  if (!isSeq(annotations)) return [];
  const entries: SidecarEntry[] = [];
  for (const item of annotations.items) {
    if (!isMap(item) || !item.range) continue;
    const id: unknown = item.get('id', true);
    if (isScalar(id) && typeof id.value === 'string') {
      entries.push({ id: id.value, start: item.range[0] + skipped, end: item.range[2] + skipped });
    }
  }
  return entries;
}

/** The entry whose source contains `offset`. */
export function entryAt(source: string, offset: number): SidecarEntry | undefined {
  return sidecarEntries(source).find((entry) => entry.start <= offset && offset <= entry.end);
}

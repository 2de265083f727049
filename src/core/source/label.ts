/** How a document is named to readers once its source is known: by outlet and date rather than file name. */
import type { DocumentSource } from '../schema';
import { baseName } from '../sidecar/paths';

/**
 * `Meridian Wire, 2026-02-10`: the outlet (else the title, else the file
 * name) and the publication date when known; the path when nothing is known.
 */
export function sourceLabel(source: DocumentSource | undefined, path: string): string {
  const name = source?.outlet ?? source?.title;
  const date = source?.published?.slice(0, 10);
  if (name === undefined && date === undefined) return path;
  return [name ?? baseName(path), date].filter((part) => part !== undefined).join(', ');
}

/** Labels for several documents, the path added in parentheses where two would read the same. */
export function distinctSourceLabels(documents: readonly { path: string; source?: DocumentSource | undefined }[]): string[] {
  const labels = documents.map((d) => sourceLabel(d.source, d.path));
  return labels.map((label, i) =>
    labels.indexOf(label) !== labels.lastIndexOf(label) && label !== documents[i]?.path ? `${label} (${documents[i]?.path})` : label,
  );
}

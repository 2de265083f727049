/** Naming of sidecar files: `harbor-strike.txt` -> `harbor-strike.txt.annotations.yaml`. */

/** Suffix appended to the text file name. */
export const SIDECAR_SUFFIX = '.annotations.yaml';

/** The sidecar name (or path) for a text file name (or path). */
export function sidecarNameFor(textFileName: string): string {
  return textFileName + SIDECAR_SUFFIX;
}

/**
 * The workspace's entity registry shares the suffix but belongs to no text file
 * (src/core/registry names the same file; a unit test keeps the two in step).
 */
export const REGISTRY_NAME = 'entities.annotations.yaml';

/** The text file name (or path) a sidecar belongs to, or undefined if it is not a sidecar name. */
export function textNameForSidecar(sidecarName: string): string | undefined {
  if (!sidecarName.endsWith(SIDECAR_SUFFIX) || baseName(sidecarName) === REGISTRY_NAME) return undefined;
  const text = sidecarName.slice(0, -SIDECAR_SUFFIX.length);
  // "dir/.annotations.yaml" names no text file.
  return baseName(text) === '' ? undefined : text;
}

/** Whether a file name (or path) is a sidecar's. */
export function isSidecarName(name: string): boolean {
  return textNameForSidecar(name) !== undefined;
}

/** Last segment of a path with either separator (no node 'path' here: this runs in browsers too). */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

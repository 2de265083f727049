/** Checking a loaded sidecar against its text file: the entry point of the `check` verb and of the editor on open. */
import type { Sidecar } from '../schema';
import { hashText, normalizeText } from '../text';
import { reanchor, type ReanchorOptions, type ReanchorReport } from './reanchor';

/** Result of {@link checkSidecarAgainstText}. */
export interface SidecarCheck {
  /** The sidecar with its annotations re-anchored and `textHash` set to the text's hash. */
  readonly sidecar: Sidecar;
  readonly report: ReanchorReport;
  /**
   * Whether `sidecar` differs from the input, i.e. whether it should be saved:
   * some annotation changed, or only `textHash` did (the text changed where no
   * annotation is), which saving records so the next load need not check again.
   */
  readonly changed: boolean;
}

/**
 * Re-anchors a sidecar's annotations on the current text. `textRaw` is the
 * text file as decoded (BOM and CRLF allowed). Annotations are always checked,
 * even when the hash matches, since a hand-edited sidecar may not fit its text.
 */
export function checkSidecarAgainstText(sidecar: Sidecar, textRaw: string, options?: ReanchorOptions): SidecarCheck {
  const normalized = normalizeText(textRaw);
  const { annotations, report } = reanchor(sidecar.annotations, normalized, options);
  const textHash = hashText(normalized);
  const annotationsChanged = annotations.some((a, i) => a !== sidecar.annotations[i]);
  if (!annotationsChanged && textHash === sidecar.textHash) return { sidecar, report, changed: false };
  return { sidecar: { ...sidecar, textHash, annotations }, report, changed: true };
}

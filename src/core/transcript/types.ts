/**
 * A half-open span `[start, end)` of UTF-16 code unit offsets into the string
 * that was handed to the function producing it — the same units as
 * `String.prototype.slice` and VS Code's `document.offsetAt`, so callers can
 * convert with `positionAt` without re-counting astral characters or CRLFs.
 */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A speaker label found at the start of a line, e.g. `MARIA OKONJO, BYLINE:`.
 * `start`/`end` cover the label from column 0 up to and including the colon.
 */
export interface SpeakerLabel extends TextRange {
  /** The label exactly as written, colon included. */
  text: string;
  /** The name part as written, e.g. `PRIME MINISTER JEAN-LUC ABADIE`. */
  nameRange: TextRange;
  /** The role after the comma as written, e.g. `BYLINE`; absent when there is none. */
  roleRange?: TextRange;
}

/** A speaker's display identity after normalisation. */
export interface SpeakerIdentity {
  /** Display name in title case, titles removed, e.g. `Jean-Luc Abadie`. */
  name: string;
  /** Lowercase role or title, e.g. `host`, `byline`, `prime minister`. */
  role?: string;
}

/**
 * One speaker turn of a transcript. All offsets are UTF-16 offsets into the
 * text passed to `parseTurns`.
 */
export interface Turn extends TextRange, SpeakerIdentity {
  /** The label that opens the turn; `label.start === start`. */
  label: SpeakerLabel;
  /** Same as `label.text`, kept flat for convenience in views. */
  labelText: string;
}

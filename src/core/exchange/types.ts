/** Shapes shared by every exporter and importer of annotations. */
import type { Sidecar } from '../schema';

/** One annotated document handed to an exporter. */
export interface ExportDocument {
  /** Path of the text file, relative to the export root, with `/` separators and no `..` segments. */
  path: string;
  /** The text file's content as read (a BOM and CRLF/CR line ends are allowed; exporters normalise it). */
  text: string;
  /** Its sidecar, already validated against `text`. */
  sidecar: Sidecar;
  /** Registry names of canonical entity ids, for the human-readable formats; an id without one is shown as its first mention. */
  entityNames?: Readonly<Record<string, string>>;
}

/** One file an exporter produced; `path` is relative, `/`-separated. */
export interface ExportFile {
  path: string;
  content: string;
}

/**
 * What an exporter returns. `warnings` name everything that was left out or
 * written approximately (one line each: `<document>: <what>`), so nothing is
 * ever dropped silently.
 */
export interface ExportResult {
  files: ExportFile[];
  warnings: string[];
}

/** Options understood by some exporters (others ignore them). */
export interface ExportOptions {
  /** csv: start the file with a UTF-8 BOM so Excel detects the encoding (default false). */
  bom?: boolean;
  /** csv: write cells as they are, without neutralising spreadsheet formulas (default false). */
  csvRaw?: boolean;
}

/** An exporter: pure, deterministic for the same input. */
export type Exporter = (documents: readonly ExportDocument[], options?: ExportOptions) => ExportResult;

/** What every verb of the command-line tool provides: one table entry each. */
import type { OptionSpec, ParsedArgs } from './args';

/** Where a command reads and writes: injectable so behaviour does not depend on globals. */
export interface Io {
  cwd: string;
  /** A line on standard output. */
  out(line: string): void;
  /** A line on standard error. */
  err(line: string): void;
  /** Raw text on standard output (export --out -). */
  write(text: string): void;
}

/** One verb. `run` returns the exit code; it throws UsageError (exit 2) or CliError (exit 1) to stop with one line. */
export interface Command {
  name: string;
  options: OptionSpec;
  help: string;
  run(args: ParsedArgs, io: Io): number | Promise<number>;
}

/** The program's name in messages. */
export const PROGRAM = 'transcript-annotator';

/** Paths accepted by every verb, for the help texts. */
export const PATHS_HELP = `Paths are text files, their sidecars (<name>.annotations.yaml) or folders, searched
recursively for sidecars (node_modules and dot-folders are skipped), relative to the
working directory.`;

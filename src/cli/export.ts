/** `export`: annotations of many files in another format. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS, exportFormat, type ExportDocument, type ExportFile, type ExportFormat } from '../core/exchange';
import { PATHS_HELP, PROGRAM, type Command, type Io } from './command';
import { CliError, UsageError } from './errors';
import { writeAtomic } from './fsio';
import { errorsOf, loadTarget } from './load';
import { resolveTargets, shown } from './targets';
import { counted } from '../core';

const NAMES = EXPORT_FORMATS.map((f) => f.name).join('|');
const FORMAT_LINES = EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(9)}${(f.layout === 'single' ? 'one file' : 'per document').padEnd(14)}${f.description}`).join('\n');

/** `transcript-annotator export`. */
export const exportCommand: Command = {
  name: 'export',
  options: { format: 'value', out: 'value', bom: 'flag' },
  help: `Usage: ${PROGRAM} export <files or folders> --format <${NAMES}> --out <path> [--bom]

Writes the annotations of every valid sidecar found in another format.

Formats:
${FORMAT_LINES}

  --out <path>  for one-file formats, the file to write ('-' for standard output;
                an existing folder receives the format's default file name);
                for per-document formats, the folder to write into. Missing
                folders are created; files are replaced atomically.
  --bom         csv only: begin with a UTF-8 byte order mark so Excel reads the
                file as UTF-8 (off by default: most CSV readers keep the mark as
                part of the first column name).

Offsets (start, end) count Unicode code points of the normalised text (BOM
removed, CRLF and CR read as one line feed), the same numbers as in sidecars.
Documents are named by their path relative to the working directory.

${PATHS_HELP}

Prints each file written. Warnings (annotations left out or written only
approximately) go to standard error and do not change the exit status.
Exit status: 0 when every sidecar was exported, 1 when a sidecar with errors
was skipped or a file could not be written, 2 for bad arguments.`,

  run(args, io) {
    const format = requireFormat(args.values.get('format'));
    const out = args.values.get('out');
    if (out === undefined) throw new UsageError('export: missing --out <path>');
    if (args.operands.length === 0) throw new UsageError('export: missing files or folders to export');
    if (args.flags.has('bom') && format.name !== 'csv') throw new UsageError('export: --bom applies to --format csv only');
    if (out === '-' && format.layout !== 'single') throw new UsageError(`export: --format ${format.name} writes several files; --out must be a folder`);
    const { documents, skipped, inputs } = collect(args.operands, io);
    if (documents.length === 0) throw new CliError(`nothing to export: no valid sidecars found in ${args.operands.join(' ')}`);
    const result = format.run(documents, { bom: args.flags.has('bom') });
    for (const warning of result.warnings) io.err(`warning: ${warning}`);
    write(format, result.files, path.resolve(io.cwd, out), out === '-', inputs, io);
    return skipped > 0 ? 1 : 0;
  },
};

function requireFormat(name: string | undefined): ExportFormat {
  if (name === undefined) throw new UsageError(`export: missing --format <${NAMES}>`);
  const format = exportFormat(name);
  if (format === undefined) throw new UsageError(`export: unknown format ${JSON.stringify(name)} (expected one of ${NAMES.replace(/\|/g, ', ')})`);
  return format;
}

function collect(operands: readonly string[], io: Io): { documents: ExportDocument[]; skipped: number; inputs: Set<string> } {
  const documents: ExportDocument[] = [];
  const inputs = new Set<string>();
  let skipped = 0;
  for (const target of resolveTargets(operands, io.cwd)) {
    inputs.add(target.text).add(target.sidecar);
    const where = shown(io.cwd, target.text);
    if (target.document.startsWith('../') || path.isAbsolute(target.document)) {
      throw new UsageError(`export: ${where} is outside the working directory; run the export from a folder that contains it`);
    }
    const loaded = loadTarget(target);
    const errors = errorsOf(loaded.problems).length;
    if (loaded.noSidecar) {
      io.err(`${where}: skipped: it has no sidecar`);
      skipped++;
    } else if (loaded.sidecar === undefined || loaded.textRaw === undefined || errors > 0) {
      io.err(`${shown(io.cwd, target.sidecar)}: skipped: the sidecar has ${counted(errors, 'error')}; run '${PROGRAM} validate ${where}'`);
      skipped++;
    } else {
      documents.push({ path: target.document, text: loaded.textRaw, sidecar: loaded.sidecar });
    }
  }
  return { documents, skipped, inputs };
}

function write(format: ExportFormat, files: readonly ExportFile[], out: string, toStdout: boolean, inputs: ReadonlySet<string>, io: Io): void {
  if (toStdout) return io.write(files[0]?.content ?? '');
  let dests: string[];
  if (format.layout === 'single') {
    dests = files.slice(0, 1).map((f) => (isFolder(out) ? path.join(out, f.path) : out));
  } else {
    if (fs.existsSync(out) && !isFolder(out)) throw new CliError(`${shown(io.cwd, out)} is a file; --format ${format.name} needs a folder for --out`);
    dests = files.map((f) => path.resolve(out, ...f.path.split('/')));
  }
  // Checked before writing anything: an export must never replace the files it reads (brat writes <name>.txt).
  const seen = new Set<string>();
  for (const dest of dests) {
    if (seen.has(dest)) throw new CliError(`two documents would both be written to ${shown(io.cwd, dest)}; export them separately`);
    seen.add(dest);
    const inside = path.relative(out, dest);
    if (format.layout !== 'single' && (inside.startsWith('..') || path.isAbsolute(inside))) throw new CliError(`refusing to write ${dest} outside ${shown(io.cwd, out)}`);
    if (inputs.has(dest)) throw new CliError(`refusing to overwrite ${shown(io.cwd, dest)}, one of the files being exported; choose another --out`);
  }
  dests.forEach((dest, i) => {
    writeAtomic(dest, (files[i] as ExportFile).content);
    io.out(`wrote ${shown(io.cwd, dest)}`);
  });
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

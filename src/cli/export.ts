/** `export`: annotations of many files in another format. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS, exportFormat, type ExportDocument, type ExportFile, type ExportFormat } from '../core/exchange';
import { PATHS_HELP, PROGRAM, type Command, type Io } from './command';
import { CliError, UsageError } from './errors';
import { checkExportDestinations, ExportRefusedError, writeExport } from '../core/storage';
import { errorsOf, loadTarget } from './load';
import { nodeFs } from './nodeFs';
import { resolveTargets, shown } from './targets';
import { counted } from '../core';

const NAMES = EXPORT_FORMATS.map((f) => f.name).join('|');
const NAME_WIDTH = Math.max(...EXPORT_FORMATS.map((f) => f.name.length)) + 1;
const FORMAT_LINES = EXPORT_FORMATS.map(
  (f) => `  ${f.name.padEnd(NAME_WIDTH)}${(f.layout === 'single' ? 'one file' : 'per document').padEnd(14)}${f.description}`,
).join('\n');

/** `transcript-annotator export`. */
export const exportCommand: Command = {
  name: 'export',
  options: { format: 'value', out: 'value', bom: 'flag', 'csv-raw': 'flag' },
  help: `Usage: ${PROGRAM} export <files or folders> --format <${NAMES}> --out <path> [--bom] [--csv-raw]

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
  --csv-raw     csv only: write cells as they are. By default a cell that a
                spreadsheet would run as a formula (starting with =, +, -, @,
                tab or CR) gets a leading ' so it shows as text (OWASP advice).

An export never writes over a text file with annotations, a sidecar or the
entity registry, whatever path or symbolic link leads there (real paths are
compared): such an --out is refused before anything is written. conll is
written as it is produced, so a large text does not sit in memory whole.

Offsets (start, end) count Unicode code points of the normalised text (BOM
removed, CRLF and CR read as one line feed), the same numbers as in sidecars;
labelstudio and webanno count UTF-16 code units of that text instead, as Label
Studio and INCEpTION do.
Documents are named by their path relative to the working directory.

${PATHS_HELP}

Prints each file written. Warnings (annotations left out or written only
approximately) go to standard error and do not change the exit status.
Exit status: 0 when every sidecar was exported, 1 when a sidecar with errors
was skipped or a file could not be written, 2 for bad arguments.`,

  async run(args, io) {
    const format = requireFormat(args.values.get('format'));
    const out = args.values.get('out');
    if (out === undefined) throw new UsageError('export: missing --out <path>');
    if (args.operands.length === 0) throw new UsageError('export: missing files or folders to export');
    if (args.flags.has('bom') && format.name !== 'csv') throw new UsageError('export: --bom applies to --format csv only');
    if (args.flags.has('csv-raw') && format.name !== 'csv') throw new UsageError('export: --csv-raw applies to --format csv only');
    if (out === '-' && format.layout !== 'single') throw new UsageError(`export: --format ${format.name} writes several files; --out must be a folder`);
    const { documents, skipped, inputs } = await collect(args.operands, io);
    if (documents.length === 0) throw new CliError(`nothing to export: no valid sidecars found in ${args.operands.join(' ')}`);
    const options = { bom: args.flags.has('bom'), csvRaw: args.flags.has('csv-raw') };
    if (format.stream && format.layout === 'single') {
      const warnings: string[] = [];
      const chunks = format.stream(documents, options, warnings);
      const file = { path: format.run([], options).files[0]?.path ?? `annotations.${format.name}`, content: '' };
      await write(format, [file], path.resolve(io.cwd, out), out === '-', inputs, io, chunks);
      for (const warning of warnings) io.err(`warning: ${warning}`);
    } else {
      const result = format.run(documents, options);
      for (const warning of result.warnings) io.err(`warning: ${warning}`);
      await write(format, result.files, path.resolve(io.cwd, out), out === '-', inputs, io);
    }
    return skipped > 0 ? 1 : 0;
  },
};

function requireFormat(name: string | undefined): ExportFormat {
  if (name === undefined) throw new UsageError(`export: missing --format <${NAMES}>`);
  const format = exportFormat(name);
  if (format === undefined) throw new UsageError(`export: unknown format ${JSON.stringify(name)} (expected one of ${NAMES.replace(/\|/g, ', ')})`);
  return format;
}

async function collect(operands: readonly string[], io: Io): Promise<{ documents: ExportDocument[]; skipped: number; inputs: Set<string> }> {
  const documents: ExportDocument[] = [];
  const inputs = new Set<string>();
  let skipped = 0;
  for (const target of resolveTargets(operands, io.cwd)) {
    inputs.add(target.text).add(target.sidecar);
    const where = shown(io.cwd, target.text);
    if (target.document.startsWith('../') || path.isAbsolute(target.document)) {
      throw new UsageError(`export: ${where} is outside the working directory; run the export from a folder that contains it`);
    }
    const loaded = await loadTarget(target);
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

async function write(
  format: ExportFormat,
  files: readonly ExportFile[],
  out: string,
  toStdout: boolean,
  inputs: ReadonlySet<string>,
  io: Io,
  chunks?: Iterable<string>,
): Promise<void> {
  if (toStdout) {
    if (chunks) for (const chunk of chunks) io.write(chunk);
    else io.write(files[0]?.content ?? '');
    return;
  }
  let dests: string[];
  if (format.layout === 'single') {
    dests = files.slice(0, 1).map((f) => (isFolder(out) ? path.join(out, f.path) : out));
  } else {
    if (fs.existsSync(out) && !isFolder(out)) throw new CliError(`${shown(io.cwd, out)} is a file; --format ${format.name} needs a folder for --out`);
    dests = files.map((f) => path.resolve(out, ...f.path.split('/')));
  }
  for (const dest of dests) {
    const inside = path.relative(out, dest);
    if (format.layout !== 'single' && (inside.startsWith('..') || path.isAbsolute(inside)))
      throw new CliError(`refusing to write ${dest} outside ${shown(io.cwd, out)}`);
  }
  // Checked before writing anything: an export never replaces a text, a sidecar or the registry (brat writes <name>.txt).
  const files_ = nodeFs('export');
  try {
    await checkExportDestinations(files_, dests, { inputs: [...inputs], show: (p) => shown(io.cwd, p) });
  } catch (error) {
    if (error instanceof ExportRefusedError) throw new CliError(error.message);
    throw error;
  }
  for (const [i, dest] of dests.entries()) {
    await writeExport(files_, dest, chunks ?? (files[i] as ExportFile).content);
    io.out(`wrote ${shown(io.cwd, dest)}`);
  }
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** `import`: merging a brat, W3C or json export into one text file's sidecar. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { counted, loadSidecar, serializeSidecar, textNameForSidecar } from '../core';
import { importBrat, importJson, importW3c, ImportFormatError, IMPORT_FORMATS, type ImportResult, type ImportTarget } from '../core/exchange';
import { show } from '../core/sidecar/semantic';
import { PROGRAM, type Command } from './command';
import { CliError, UsageError } from './errors';
import { readText, writeAtomic } from './fsio';
import { errorsOf, formatProblem, loadTarget } from './load';
import { resolveTargets, shown } from './targets';

/** `transcript-annotator import`. */
export const importCommand: Command = {
  name: 'import',
  options: { format: 'value', from: 'value' },
  help: `Usage: ${PROGRAM} import <text file> --format <${IMPORT_FORMATS.join('|')}> --from <file>

Merges the annotations in <file> into the sidecar of <text file> (the text file
or its sidecar may be named), creating the sidecar if it is missing and
something was added.

  brat   a .ann file, offsets in code points of the normalised text (the .txt
         that export --format brat writes); Claim and Speaker spans become claims
         and speakers, other types entities of that type in lower case
  w3c    a W3C Web Annotation file: the annotations whose target.source is this
         text file (matched by path, else by file name)
  json   a json export: this text file's document; ids are kept when free

An annotation already in the sidecar (same kind, start, end and type) is
skipped and the existing one kept. New annotations get fresh ids, prefix and
suffix from the text, and the status the file gives (else "proposed").
Anything that cannot be placed (offsets outside the text, text at the offsets
different from the file's quote, attribution to an unknown annotation) is
listed. A sidecar with errors is refused and left untouched.

Exit status: 0 when everything was added or skipped, 1 when something could
not be placed or the import was refused, 2 for bad arguments.`,

  run(args, io) {
    const format = args.values.get('format');
    const from = args.values.get('from');
    if (args.operands.length === 0) throw new UsageError('import: missing the text file to import into');
    if (args.operands.length > 1) throw new UsageError('import: takes one text file');
    if (format === undefined) throw new UsageError(`import: missing --format <${IMPORT_FORMATS.join('|')}>`);
    if (!(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`import: unknown format ${JSON.stringify(format)} (expected one of ${IMPORT_FORMATS.join(', ')})`);
    if (from === undefined) throw new UsageError('import: missing --from <file>');
    // The sidecar may be named even before it exists: import creates it.
    const operand = args.operands[0] as string;
    const textPath = path.resolve(io.cwd, textNameForSidecar(operand) ?? operand);
    if (!fs.existsSync(textPath)) throw new UsageError(`import: no such text file: ${shown(io.cwd, textPath)}`);
    if (fs.statSync(textPath).isDirectory()) throw new UsageError('import: expects a text file, not a folder');
    const [target] = resolveTargets([textPath], io.cwd);
    if (target === undefined) throw new CliError(`${operand}: no such text file`);
    const loaded = loadTarget(target);
    const sidecarShown = shown(io.cwd, target.sidecar);
    if (loaded.textRaw === undefined) throw new CliError(`${shown(io.cwd, target.text)}: cannot be read as UTF-8 text`);
    const errors = errorsOf(loaded.problems);
    if (!loaded.noSidecar && (errors.length > 0 || loaded.sidecar === undefined)) {
      for (const p of loaded.problems) io.err(formatProblem(sidecarShown, p));
      throw new CliError(`refusing to import into ${sidecarShown}: it has ${counted(errors.length, 'error')}; fix ${errors.length === 1 ? 'it' : 'them'} first ('${PROGRAM} validate ${sidecarShown}')`);
    }
    const input = readText(path.resolve(io.cwd, from));
    if (input.kind !== 'ok') throw new CliError(`${from}: ${input.kind === 'missing' ? 'no such file' : input.message}`);
    const into: ImportTarget & { documentPath: string } = {
      textRaw: loaded.textRaw, textName: path.basename(target.text), documentPath: target.document,
      ...(loaded.sidecar ? { sidecar: loaded.sidecar } : {}),
    };
    let result: ImportResult & { otherDocuments?: number };
    try {
      result = format === 'brat' ? importBrat(input.raw, into) : format === 'w3c' ? importW3c(input.raw, into) : importJson(input.raw, into);
    } catch (error) {
      if (error instanceof ImportFormatError) throw new CliError(`${from}: ${error.message}`);
      throw error;
    }
    if (result.added.length > 0) {
      const content = serializeSidecar(result.sidecar, loaded.source);
      // The merged sidecar must load cleanly before it replaces anything.
      const check = errorsOf(loadSidecar(content, loaded.textRaw, { textFileName: path.basename(target.text) }).problems);
      if (check.length > 0) throw new CliError(`internal error: the merged sidecar would be invalid (${check[0]?.message}); nothing was written`);
      writeAtomic(target.sidecar, content);
    }
    const { added, skipped, unplaced } = result;
    io.out(`${sidecarShown}: ${added.length} added, ${skipped.length} skipped (already there), ${unplaced.length} unplaced${loaded.noSidecar && added.length > 0 ? ' (new sidecar)' : ''}`);
    if (result.otherDocuments) io.out(`  ${counted(result.otherDocuments, 'annotation')} in ${from} belong to other documents and were left alone`);
    for (const u of unplaced) io.out(`  unplaced ${u.ref}${u.quote !== undefined ? ` ${show(u.quote)}` : ''}: ${u.reason}`);
    return unplaced.length > 0 ? 1 : 0;
  },
};

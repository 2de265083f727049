/** `import`: merging a brat, W3C or json export into one text file's sidecar. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { counted, textNameForSidecar } from '../core';
import { InvalidFileError, readTextFile, updateSidecar, VerifyError } from '../core/storage';
import { ImportFormatError, IMPORT_FORMATS, runImport, type ImportFormatName, type ImportResult, type ImportTarget } from '../core/exchange';
import { show } from '../core/sidecar/semantic';
import { PROGRAM, type Command } from './command';
import { CliError, UsageError } from './errors';
import { formatProblem } from './load';
import { nodeFs } from './nodeFs';
import { gitUserName, stampAuthor } from './gitAuthor';
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
  labelstudio  Label Studio JSON tasks: the task whose data.document or
         data.text is this file (else the only task); offsets in UTF-16 units
  spacy  spaCy / Prodigy JSONL: the line whose meta.document or text is this
         file (else the only line); offsets in code points, as Python counts
  webanno  WebAnno TSV 3.3 (INCEpTION): our Claim, Speaker, Entity and
         Attribution layers, and INCEpTION's NamedEntity layer; offsets in
         UTF-16 units

An annotation already in the sidecar (same kind, start, end and type) is
skipped and the existing one kept. New annotations get fresh ids, prefix and
suffix from the text, the status the file gives (else "proposed"), and as
author the one the file gives, else your git identity (git config user.name).
Anything that cannot be placed (offsets outside the text, text at the offsets
different from the file's quote, attribution to an unknown annotation) is
listed. A sidecar with errors is refused and left untouched.

Exit status: 0 when everything was added or skipped, 1 when something could
not be placed or the import was refused, 2 for bad arguments.`,

  async run(args, io) {
    const format = args.values.get('format');
    const from = args.values.get('from');
    if (args.operands.length === 0) throw new UsageError('import: missing the text file to import into');
    if (args.operands.length > 1) throw new UsageError('import: takes one text file');
    if (format === undefined) throw new UsageError(`import: missing --format <${IMPORT_FORMATS.join('|')}>`);
    if (!(IMPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`import: unknown format ${JSON.stringify(format)} (expected one of ${IMPORT_FORMATS.join(', ')})`);
    if (from === undefined) throw new UsageError('import: missing --from <file>');
    // The sidecar may be named even before it exists: import creates it.
    const operand = args.operands[0] as string;
    const textPath = path.resolve(io.cwd, textNameForSidecar(operand) ?? operand);
    if (!fs.existsSync(textPath)) throw new UsageError(`import: no such text file: ${shown(io.cwd, textPath)}`);
    if (fs.statSync(textPath).isDirectory()) throw new UsageError('import: expects a text file, not a folder');
    const [target] = resolveTargets([textPath], io.cwd);
    if (target === undefined) throw new CliError(`${operand}: no such text file`);
    const sidecarShown = shown(io.cwd, target.sidecar);
    const files = nodeFs('import');
    const input = await readTextFile(files, path.resolve(io.cwd, from));
    if (input.kind !== 'ok') throw new CliError(`${from}: ${input.kind === 'missing' ? 'no such file' : input.message}`);
    // Read before the lock is taken: the change below runs under it and must be quick.
    const author = gitUserName(path.dirname(target.text));
    let result: (ImportResult & { otherDocuments?: number }) | undefined;
    let created = false;
    try {
      // Under the sidecar's lock, on what is on disk now: concurrent imports merge.
      await updateSidecar(files, { text: target.text, sidecar: target.sidecar }, (current, context) => {
        const into: ImportTarget & { documentPath: string } = {
          textRaw: context.textRaw,
          textName: path.basename(target.text),
          documentPath: target.document,
          ...(context.exists ? { sidecar: current } : {}),
        };
        const imported = runImport(format as ImportFormatName, input.raw, into);
        // Annotations new to this sidecar are by whoever runs the import, as in the extension.
        if (imported.added.length > 0) imported.sidecar = stampAuthor(imported.sidecar, imported.added, author);
        result = imported;
        created = !context.exists;
        return imported.added.length > 0 ? imported.sidecar : current;
      });
    } catch (error) {
      if (error instanceof ImportFormatError) throw new CliError(`${from}: ${error.message}`);
      if (error instanceof InvalidFileError && error.file === target.sidecar) {
        const errors = error.problems.filter((p) => p.severity === 'error');
        for (const p of error.problems) io.err(formatProblem(sidecarShown, p));
        throw new CliError(
          `refusing to import into ${sidecarShown}: it has ${counted(errors.length, 'error')}; fix ${errors.length === 1 ? 'it' : 'them'} first ('${PROGRAM} validate ${sidecarShown}')`,
        );
      }
      if (error instanceof InvalidFileError) throw new CliError(`${shown(io.cwd, target.text)}: ${error.problems[0]?.message ?? 'cannot be read'}`);
      if (error instanceof VerifyError) throw new CliError(`internal error: ${error.message}; nothing was written`);
      throw error;
    }
    if (result === undefined) throw new CliError('internal error: the import did not run');
    const loaded = { noSidecar: created };
    const { added, skipped, unplaced } = result;
    io.out(
      `${sidecarShown}: ${added.length} added, ${skipped.length} skipped (already there), ${unplaced.length} unplaced${loaded.noSidecar && added.length > 0 ? ' (new sidecar)' : ''}`,
    );
    if (result.otherDocuments) io.out(`  ${counted(result.otherDocuments, 'annotation')} in ${from} belong to other documents and were left alone`);
    for (const u of unplaced) io.out(`  unplaced ${u.ref}${u.quote !== undefined ? ` ${show(u.quote)}` : ''}: ${u.reason}`);
    return unplaced.length > 0 ? 1 : 0;
  },
};

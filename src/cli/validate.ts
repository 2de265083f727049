/** `validate`: every sidecar problem, in the layout editors and CI logs understand. */
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../core';
import { PATHS_HELP, PROGRAM, type Command } from './command';
import { UsageError } from './errors';
import { formatProblem, loadTarget } from './load';
import { resolveTargets, shown } from './targets';

/** `transcript-annotator validate`. */
export const validateCommand: Command = {
  name: 'validate',
  options: {},
  help: `Usage: ${PROGRAM} validate <files or folders>

Checks each sidecar against the schema and against its text file, and prints
every problem on standard output as

  path:line:column: severity: message [code]

with 1-based lines and columns (columns count UTF-16 code units, as VS Code
does), then a summary on standard error.

${PATHS_HELP}

Exit status: 0 when no errors were found (warnings alone still exit 0),
1 when any error was found, 2 for bad arguments.`,

  async run(args, io) {
    if (args.operands.length === 0) throw new UsageError('validate: missing files or folders to validate');
    const targets = resolveTargets(args.operands, io.cwd);
    let errors = 0;
    let warnings = 0;
    for (const target of targets) {
      const loaded = await loadTarget(target);
      if (loaded.noSidecar) {
        const name = path.basename(target.text) + SIDECAR_SUFFIX;
        io.out(`${shown(io.cwd, target.text)}:1:1: error: no sidecar beside this text file (expected ${name}) [no-sidecar]`);
        errors++;
        continue;
      }
      for (const p of loaded.problems) {
        io.out(formatProblem(shown(io.cwd, target.sidecar), p));
        if (p.severity === 'error') errors++;
        else warnings++;
      }
    }
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    io.err(`${plural(targets.length, 'sidecar')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
    return errors > 0 ? 1 : 0;
  },
};

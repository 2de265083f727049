/**
 * Entry of the command-line tool (bundled to dist/cli.js): picks the verb,
 * parses its arguments and turns every failure into one line on stderr and
 * an exit code (1 for failures, 2 for bad arguments), never a stack trace.
 */
import { parseArgs } from './args';
import { agreeCommand } from './agree';
import { checkCommand } from './check';
import { PROGRAM, type Command, type Io } from './command';
import { CliError, messageOf, UsageError } from './errors';
import { exportCommand } from './export';
import { importCommand } from './import';
import { stdoutFailed, toStdout } from './stdout';
import { installMergeDriverCommand } from './installMergeDriver';
import { mergeDriverCommand } from './mergeDriver';
import { suggestCommand } from './suggest';
import { MAIN_HELP } from './usage';
import { sep } from 'node:path';
import { validateCommand } from './validate';

const COMMANDS: readonly Command[] = [
  validateCommand,
  exportCommand,
  importCommand,
  checkCommand,
  mergeDriverCommand,
  installMergeDriverCommand,
  agreeCommand,
  suggestCommand,
];

/** Runs the tool on `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [verb, ...rest] = argv;
  try {
    if (verb === undefined) throw new UsageError(`missing command (${COMMANDS.map((c) => c.name).join(', ')})`);
    if (verb === '--help' || verb === '-h' || verb === 'help') {
      const topic = COMMANDS.find((c) => c.name === rest[0]);
      io.out(topic ? topic.help : MAIN_HELP);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === verb);
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(verb)} (expected ${COMMANDS.map((c) => c.name).join(', ')})`);
    const args = parseArgs(rest, command.options);
    if (args.help) {
      io.out(command.help);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${PROGRAM}: ${error.message} (see '${PROGRAM} ${COMMANDS.some((c) => c.name === verb) ? `${verb} ` : ''}--help')`);
      return 2;
    }
    io.err(`${PROGRAM}: ${relativeToCwd(error instanceof CliError ? error.message : messageOf(error), io.cwd)}`);
    return 1;
  }
}

// Errors of the write pipeline name absolute paths; users gave relative ones.
function relativeToCwd(message: string, cwd: string): string {
  return message.split(cwd.endsWith(sep) ? cwd : cwd + sep).join('');
}

// `transcript-annotator export ... --out - | head` closes the pipe early: stop quietly. A full
// or failing standard output gets one line on stderr. Never a stack trace.
process.stdout.on('error', stdoutFailed);

const io: Io = {
  cwd: process.cwd(),
  out: (line) => toStdout(line + '\n'),
  err: (line) => void process.stderr.write(line + '\n'),
  write: (text) => toStdout(text),
};
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});

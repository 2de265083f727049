/**
 * Standard output that may be closed (`| head`) or full (`> /dev/full`): a closed pipe stops
 * the tool quietly, any other failure prints one line on stderr and exits 1. Writes to a file
 * are synchronous in Node, so their errors are thrown right here rather than emitted later.
 */
import { messageOf } from './errors';
import { PROGRAM } from './command';

let failed = false;

/** Writes to standard output; after a failure, further output is dropped. */
export function toStdout(text: string): void {
  if (failed) return;
  try {
    process.stdout.write(text);
  } catch (error) {
    stdoutFailed(error as NodeJS.ErrnoException);
  }
}

/** Handles a standard output error: EPIPE ends quietly, anything else with one line and exit 1. */
export function stdoutFailed(error: NodeJS.ErrnoException): void {
  if (failed) return;
  failed = true;
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const code = typeof error.code === 'string' ? error.code : undefined;
  const why = code === 'ENOSPC' ? 'no space left on the device' : (code ?? messageOf(error));
  process.stderr.write(`${PROGRAM}: cannot write to standard output: ${why}\n`);
  process.exit(1);
}

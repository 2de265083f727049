/** The two ways a command fails: bad arguments (exit 2) or a file it cannot process (exit 1). */

/** Bad arguments: printed as one line and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure the user can act on (missing file, invalid sidecar...): one line and exit code 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** A short message for any thrown value, never a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path;
    if (typeof code === 'string' && typeof path === 'string') return `${path}: ${describeErrno(code)}`;
    return error.message;
  }
  return String(error);
}

function describeErrno(code: string): string {
  const known: Readonly<Record<string, string>> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'already exists',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
  };
  return known[code] ?? code;
}

/** `install-merge-driver`: tells git to merge sidecars with `merge-driver`. */
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { driverConfig, MERGE_ATTRIBUTES_LINE, MERGE_DRIVER_DESCRIPTION, MERGE_DRIVER_NAME, shellQuote, withAttributesLine } from '../core/team';
import { PROGRAM, type Command, type Io } from './command';
import { CliError, UsageError } from './errors';
import { updateTeamFile } from './teamWrite';

const DRIVER = MERGE_DRIVER_NAME;
const ATTRIBUTES_LINE = MERGE_ATTRIBUTES_LINE;

/** `transcript-annotator install-merge-driver`. */
export const installMergeDriverCommand: Command = {
  name: 'install-merge-driver',
  options: { global: 'flag', command: 'value' },
  help: `Usage: ${PROGRAM} install-merge-driver [--global] [--command <command>]

Sets git up to merge sidecars and entities.annotations.yaml with
'${PROGRAM} merge-driver', so merges, rebases and cherry-picks of
annotation work do not stop at conflicts:
  - adds "${ATTRIBUTES_LINE}" to the repository's .gitattributes
    (commit it, so the whole team uses it);
  - sets merge.${DRIVER}.name and merge.${DRIVER}.driver in the
    repository's git config (each clone runs this once).

  --global             the user's git config and global attributes file
                       (core.attributesFile, else ~/.config/git/attributes)
                       instead, for every repository
  --command <command>  how git starts this tool (default: this node and this
                       script, by absolute path), e.g. "npx ${PROGRAM}"

Running it again changes nothing. Exit status: 0 done, 1 not in a git
repository (without --global) or git failed, 2 bad arguments.`,

  async run(args, io) {
    if (args.operands.length > 0) throw new UsageError('install-merge-driver: takes no files');
    const global = args.flags.has('global');
    const command = args.values.get('command') ?? `${shellQuote(process.execPath)} ${shellQuote(path.resolve(process.argv[1] ?? 'transcript-annotator'))}`;
    const attributes = global ? globalAttributesFile(io) : path.join(repositoryRoot(io), '.gitattributes');
    const added = await ensureLine(attributes);
    const scope = global ? ['--global'] : ['--local'];
    git(io, ['config', ...scope, `merge.${DRIVER}.name`, MERGE_DRIVER_DESCRIPTION]);
    git(io, ['config', ...scope, `merge.${DRIVER}.driver`, driverConfig(command)]);
    io.out(`${added ? 'added' : 'already in'} ${attributes}: ${ATTRIBUTES_LINE}`);
    io.out(`set merge.${DRIVER}.driver in the ${global ? 'global' : 'repository'} git config`);
    return 0;
  },
};

function git(io: Io, args: readonly string[]): string {
  const r = spawnSync('git', args, { cwd: io.cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw new CliError(`install-merge-driver: cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new CliError(`install-merge-driver: git ${args[0]} failed: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}`);
  return r.stdout.trim();
}

function repositoryRoot(io: Io): string {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: io.cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw new CliError(`install-merge-driver: cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new CliError('install-merge-driver: not inside a git repository (use --global to set it up for every repository)');
  return r.stdout.trim();
}

function globalAttributesFile(io: Io): string {
  const r = spawnSync('git', ['config', '--global', '--path', 'core.attributesFile'], { cwd: io.cwd, encoding: 'utf8', timeout: 30_000 });
  const configured = r.status === 0 ? r.stdout.trim() : '';
  if (configured) return configured;
  const base = process.env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
  return path.join(base, 'git', 'attributes');
}

/** Appends the attributes line to `file` unless it is there already (under its lock); returns whether it was added. */
async function ensureLine(file: string): Promise<boolean> {
  try {
    return (await updateTeamFile(file, (current) => withAttributesLine(current) ?? current, 'install-merge-driver')).written;
  } catch (error) {
    throw new CliError(`install-merge-driver: cannot update ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `merge-driver`: git's custom merge driver for sidecars and the entity registry. */
import * as path from 'node:path';
import { isRegistryName } from '../core/registry/schema';
import { show } from '../core/sidecar/semantic';
import { mergeFiles, type MergeNote } from '../core/team';
import { PROGRAM, type Command } from './command';
import { CliError, UsageError } from './errors';
import { readText } from './fsio';
import { formatProblem } from './load';
import { writeTeamFile } from './teamWrite';

/** `transcript-annotator merge-driver`. */
export const mergeDriverCommand: Command = {
  name: 'merge-driver',
  options: {},
  help: `Usage: ${PROGRAM} merge-driver <ancestor> <current> <other> [<path>]

Git's merge driver for sidecars (<name>.annotations.yaml) and the entity
registry (entities.annotations.yaml): git runs it as
  ${PROGRAM} merge-driver %O %A %B %P
once '${PROGRAM} install-merge-driver' has set it up.

It merges by annotation (or entity) id and by field, against the ancestor:
additions on both sides are kept; a field changed on one side takes that
change; a field changed differently on both sides keeps ours (current),
records theirs in attributes ("merge.theirs.<field>") and marks the
annotation proposed; an annotation deleted on one side and edited on the
other is kept, proposed, with "merge.deleted". In the registry theirs' name
becomes an alias and other values go into the note. Every such case is listed.
The result is written over <current>, canonical, its comments kept.

Exit status: 0 merged (even with cases to review); 1 an input does not load
(invalid YAML or schema): <current> is left alone and git reports a conflict;
2 bad arguments.`,

  async run(args, io) {
    const [ancestor, current, other, shownPath] = args.operands;
    if (ancestor === undefined || current === undefined || other === undefined)
      throw new UsageError("merge-driver: expects <ancestor> <current> <other> [<path>] (git's %O %A %B %P)");
    if (args.operands.length > 4) throw new UsageError('merge-driver: too many arguments');
    const name = shownPath ?? current;
    const read = (file: string): string => {
      const r = readText(path.resolve(io.cwd, file));
      if (r.kind === 'ok') return r.raw;
      throw new CliError(`merge-driver: ${name}: cannot read ${file}: ${r.kind === 'missing' ? 'no such file' : r.message}`);
    };
    const result = mergeFiles(isRegistryName(name) ? 'registry' : 'sidecar', read(ancestor), read(current), read(other));
    if (!result.ok) {
      io.err(formatProblem(`${name} (${result.input} version)`, result.problem));
      throw new CliError(`merge-driver: ${name}: the ${result.input} version does not load; left for git to report as a conflict`);
    }
    await writeTeamFile(path.resolve(io.cwd, current), result.text, 'merge-driver');
    io.out(`${name}: merged${result.notes.length > 0 ? `, ${result.notes.length} to review` : ''}`);
    for (const note of result.notes) io.out(`  ${describeNote(note)}`);
    return 0;
  },
};

/** One line per case to review, in the terms of the merge (ours = current, theirs = other). */
export function describeNote(note: MergeNote): string {
  switch (note.what) {
    case 'conflict':
      return `${note.id}: ${note.field} changed on both sides: kept ours ${show(note.ours ?? '')}, theirs ${show(note.theirs ?? '')} recorded for review`;
    case 'deleted-edited':
      return `${note.id}: deleted on ${note.deletedBy === 'ours' ? 'our' : 'their'} side and edited on the other: kept for review`;
    case 'deleted-referenced':
      return `${note.id}: deleted on ${note.deletedBy === 'ours' ? 'our' : 'their'} side but a claim still names it: kept for review`;
  }
}

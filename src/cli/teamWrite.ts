/**
 * The only place the team verbs (merge-driver, install-merge-driver) write files, so the
 * write path can be changed in one spot: through the CLI's atomic writer.
 */
import { writeAtomic } from './fsio';

/** Writes `content` over `file` (a merge result, a .gitattributes), atomically. */
export function writeTeamFile(file: string, content: string): void {
  writeAtomic(file, content);
}

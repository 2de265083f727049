/**
 * The only place the team verbs (merge-driver, install-merge-driver) write files: through the
 * one write pipeline (lock, verify, atomic replace, temporary files swept).
 */
import { textCodec, updateFile, type UpdateResult } from '../core/storage';
import { nodeFs } from './nodeFs';

/** Writes `content` over `file` (a merge result, a .gitattributes) under its lock, atomically. */
export async function writeTeamFile(file: string, content: string, tool = 'transcript-annotator'): Promise<void> {
  await updateFile(nodeFs(tool), file, textCodec, () => content);
}

/** Changes `file` (missing: '') under its lock; the result says whether it was rewritten. */
export function updateTeamFile(file: string, change: (current: string) => string, tool = 'transcript-annotator'): Promise<UpdateResult<string>> {
  return updateFile(nodeFs(tool), file, textCodec, change);
}

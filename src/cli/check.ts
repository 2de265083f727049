/** `check`: re-anchors annotations to the current text, and with --fix saves the result. */
import { type Annotation } from '../core';
import { checkSidecarAgainstText } from '../core/anchor';
import { InvalidFileError, updateSidecar } from '../core/storage';
import { show } from '../core/sidecar/semantic';
import { PATHS_HELP, PROGRAM, type Command, type Io } from './command';
import { UsageError } from './errors';
import { nodeFs } from './nodeFs';
import { errorsOf, formatProblem, loadTarget } from './load';
import { resolveTargets, shown, type Target } from './targets';

// Errors that only say the text moved under the annotations: exactly what check repairs.
const DRIFT = new Set(['quote-mismatch', 'offset-out-of-range']);

/** `transcript-annotator check`. */
export const checkCommand: Command = {
  name: 'check',
  options: { fix: 'flag' },
  help: `Usage: ${PROGRAM} check <files or folders> [--fix]

Re-anchors every annotation to the current content of its text file and
reports, per file, how many are unchanged, moved, need review (their text was
edited) and orphaned (their text is gone), listing all but the unchanged.

  --fix   write the re-anchored sidecars (only those that changed), atomically.
          Without it nothing is written.

${PATHS_HELP}

Exit status: 0 when nothing needs attention; 1 when an annotation needs review
or is orphaned, when a sidecar would change and --fix was not given, or when a
sidecar cannot be checked (invalid beyond moved text: run validate); 2 for bad
arguments.`,

  async run(args, io) {
    if (args.operands.length === 0) throw new UsageError('check: missing files or folders to check');
    let attention = false;
    for (const target of resolveTargets(args.operands, io.cwd)) {
      if (!(await checkOne(target, args.flags.has('fix'), io))) attention = true;
    }
    return attention ? 1 : 0;
  },
};

// One file; returns false when it needs attention.
async function checkOne(target: Target, fix: boolean, io: Io): Promise<boolean> {
  const where = shown(io.cwd, target.text);
  // The shared loader: the same size, depth, alias and single-document limits as every verb.
  const loaded = await loadTarget(target);
  if (loaded.noSidecar) {
    io.out(`${where}: no sidecar, nothing to check`);
    return true;
  }
  const sidecar = loaded.sidecar ?? loaded.stale;
  if (sidecar === undefined || loaded.textRaw === undefined) {
    for (const p of errorsOf(loaded.problems).filter((p) => !DRIFT.has(p.code))) io.err(formatProblem(shown(io.cwd, target.sidecar), p));
    io.out(`${where}: cannot be checked: the sidecar has errors; run '${PROGRAM} validate ${where}'`);
    return false;
  }
  const { sidecar: next, report, changed } = checkSidecarAgainstText(sidecar, loaded.textRaw);
  const { unchanged, moved, needsReview, orphaned } = report;
  io.out(`${where}: ${unchanged.length} unchanged, ${moved.length} moved, ${needsReview.length} need review, ${orphaned.length} orphaned`);
  const before = new Map<string, Annotation>(sidecar.annotations.map((a) => [a.id, a]));
  const after = new Map<string, Annotation>(next.annotations.map((a) => [a.id, a]));
  const list = (label: string, ids: readonly string[]): void => {
    for (const id of ids) {
      const [was, now] = [before.get(id), after.get(id)];
      const quote = was === undefined ? '' : ` ${show(was.quote)}${now && now.quote !== was.quote ? ` -> ${show(now.quote)}` : ''}`;
      const where = was && now && (now.start !== was.start || now.end !== was.end) ? ` (${was.start}-${was.end} -> ${now.start}-${now.end})` : '';
      io.out(`  ${label} ${id}${quote}${where}`);
    }
  };
  list('moved', moved);
  list('needs review', needsReview);
  list('orphaned', orphaned);
  if (changed && fix) {
    // Re-anchored again under the lock, on the sidecar and text as they are now: a writer that
    // changed the sidecar since the report above is merged, not overwritten.
    try {
      const written = await updateSidecar(
        nodeFs('check'),
        { text: target.text, sidecar: target.sidecar },
        (current, context) => checkSidecarAgainstText(current, context.textRaw).sidecar,
        { allowStale: true },
      );
      io.out(written.written ? `  updated ${shown(io.cwd, target.sidecar)}` : `  ${shown(io.cwd, target.sidecar)} was already up to date`);
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      for (const p of errorsOf(error.problems)) io.err(formatProblem(shown(io.cwd, target.sidecar), p));
      io.out(`  not updated: ${shown(io.cwd, error.file)} changed and now has errors; run '${PROGRAM} validate ${where}'`);
      return false;
    }
  } else if (changed) {
    io.out(`  the sidecar is out of date; run with --fix to update it`);
  }
  return needsReview.length === 0 && orphaned.length === 0 && (fix || !changed);
}

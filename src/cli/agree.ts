/** `agree`: inter-annotator agreement of two annotation sets over the same texts. */
import type { Annotation } from '../core';
import { AGREEMENT_FORMATS, computeAgreement, formatComparisons, type AgreementFormat, type Comparison } from '../core/team';
import { PROGRAM, type Command } from './command';
import { CliError, UsageError } from './errors';
import { pairSides, revisionSide, workingSide, type SideDocument } from './agreeSides';

/** How annotations without an author are named with --by-author. */
const NO_AUTHOR = '(no author)';

/** `transcript-annotator agree`. */
export const agreeCommand: Command = {
  name: 'agree',
  options: { ref: 'value', 'by-author': 'flag', format: 'value' },
  help: `Usage: ${PROGRAM} agree <A> <B> [--format text|json|csv|markdown]
       ${PROGRAM} agree <A> --ref <git revision>
       ${PROGRAM} agree <paths> --by-author

Inter-annotator agreement. Each side is a sidecar (or its text file) or a
folder; folders are paired by the documents' paths under them. With --ref the
other side is the same files at that git revision (a branch, tag or commit).
With --by-author the annotations of the paths are split by their author and
every pair of authors is compared.

For each kind (entity, claim, speaker) and each type (entity type, claim type):
the annotations on each side, precision, recall and F1 with exact matching
(same span and type) and with overlap matching (spans sharing a character,
same type, paired one to one, largest overlap first), and token-level
Cohen's kappa and Krippendorff's alpha (nominal). A is the reference. Also:
how often claims at the same span name the same source (by), and entity
mentions the same canonical entity. Rejected and orphaned annotations do not
count; a document whose text differs between the sides is skipped.

  --format   text (default), json, csv (RFC 4180) or markdown
  --ref      compare with this git revision
  --by-author compare the authors within the paths

Exit status: 0 compared; 1 nothing could be compared; 2 bad arguments.`,

  async run(args, io) {
    const format = (args.values.get('format') ?? 'text') as AgreementFormat;
    if (!(AGREEMENT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`agree: unknown format ${JSON.stringify(format)} (expected ${AGREEMENT_FORMATS.join(', ')})`);
    const ref = args.values.get('ref');
    const byAuthor = args.flags.has('by-author');
    const operands = args.operands;
    let comparisons: Comparison[];
    if (byAuthor) {
      if (ref !== undefined) throw new UsageError('agree: --by-author and --ref cannot be combined');
      if (operands.length === 0) throw new UsageError('agree: missing the files or folders to compare authors in');
      comparisons = byAuthors((await Promise.all(operands.map((o) => workingSide(o, io.cwd)))).flat());
    } else if (ref !== undefined) {
      if (operands.length !== 1) throw new UsageError('agree: with --ref, give one file or folder');
      const operand = operands[0] as string;
      const a = await workingSide(operand, io.cwd);
      const { pairs, skipped } = pairSides(a, revisionSide(operand, a, ref, io.cwd));
      comparisons = [{ a: operand, b: `${ref}:${operand}`, report: computeAgreement(pairs), skipped }];
    } else {
      if (operands.length !== 2) throw new UsageError('agree: expects two sides <A> <B> (or one with --ref or --by-author)');
      const [x, y] = operands as [string, string];
      const { pairs, skipped } = pairSides(await workingSide(x, io.cwd), await workingSide(y, io.cwd));
      comparisons = [{ a: x, b: y, report: computeAgreement(pairs), skipped }];
    }
    io.write(formatComparisons(comparisons, format));
    if (comparisons.every((c) => c.report.documents === 0)) throw new CliError('agree: no document could be compared');
    return 0;
  },
};

function byAuthors(documents: readonly SideDocument[]): Comparison[] {
  const usable = documents.filter((d) => d.annotations !== undefined && d.text !== undefined);
  const authors = [...new Set(usable.flatMap((d) => (d.annotations as Annotation[]).map((a) => a.author ?? NO_AUTHOR)))].sort();
  if (authors.length < 2)
    throw new CliError(
      `agree: --by-author needs annotations by two authors; found ${authors.length === 0 ? 'none' : authors.map((a) => JSON.stringify(a)).join('')}`,
    );
  const skipped = documents.filter((d) => d.problem).map((d) => ({ path: d.shown, reason: d.problem as string }));
  const comparisons: Comparison[] = [];
  for (let i = 0; i < authors.length; i++) {
    for (let j = i + 1; j < authors.length; j++) {
      const [x, y] = [authors[i] as string, authors[j] as string];
      const of = (d: SideDocument, who: string): Annotation[] => (d.annotations as Annotation[]).filter((a) => (a.author ?? NO_AUTHOR) === who);
      const pairs = usable.map((d) => ({ path: d.shown, text: d.text as string, a: of(d, x), b: of(d, y) }));
      comparisons.push({ a: x, b: y, report: computeAgreement(pairs), skipped });
    }
  }
  return comparisons;
}

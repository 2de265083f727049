/**
 * The claims board: for each question, what every source says, who said it,
 * the figures it states, and whether the sources conflict. Plain data, for a
 * webview, a tree view or the exporters alike.
 */
import type { EntityRegistry } from '../registry/schema';
import type { AnnotationStatus } from '../schema';
import { comparedFigures, conflicting, DEFAULT_TOLERANCE } from './compare';
import { claimAuthorName } from './features';
import { extractFigures, type Figure, type FigureKind } from './figures';
import type { ClaimRef } from './question';

/** One claim of a group. */
export interface BoardRow {
  /** The source document's key. */
  key: string;
  /** How readers know the source document (outlet and date, see sourceLabel), when the caller names it. */
  source?: string;
  claimId: string;
  /** The claim as quoted from the source. */
  text: string;
  /** Who made it, resolved from `by`. */
  by?: string;
  /** Every figure the claim states. */
  figures: Figure[];
  /** The figure compared across the group; absent for rejected claims and claims without a comparable figure. */
  compared?: Figure;
  status: AnnotationStatus;
  note?: string;
}

/** One question and its claims. */
export interface BoardGroup {
  question: string;
  /** By document key, then position in the document. */
  rows: BoardRow[];
  /** True when two compared figures cannot both be true (see compare.ts for the tolerance rule). Rejected claims take no part. */
  conflict: boolean;
  /** Kind and unit of the compared figures. */
  kind?: FigureKind;
  unit?: string;
  /** Number of distinct documents. */
  sources: number;
}

/** The whole board, questions in code unit order. */
export interface ClaimsBoard {
  groups: BoardGroup[];
}

/** Options of {@link claimsBoard}. */
export interface BoardOptions {
  /** Names entities by their registry name. */
  registry?: EntityRegistry;
  /** Relative tolerance of `about` figures (default 0.05). */
  tolerance?: number;
}

/** Builds the board from claims grouped by question (e.g. `WorkspaceIndex.claimsByQuestion()`). */
export function claimsBoard(groups: Iterable<readonly [string, readonly ClaimRef[]]>, options: BoardOptions = {}): ClaimsBoard {
  const board: BoardGroup[] = [];
  for (const [question, refs] of groups) {
    const sorted = refs.slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.claim.start - b.claim.start || a.claim.end - b.claim.end));
    const rows: BoardRow[] = sorted.map((ref) => {
      const by = claimAuthorName(ref, options.registry);
      const { claim } = ref;
      return {
        key: ref.key,
        claimId: claim.id,
        text: claim.quote,
        ...(by !== undefined ? { by } : {}),
        figures: extractFigures(claim.quote),
        status: claim.status,
        ...(claim.note !== undefined ? { note: claim.note } : {}),
      };
    });
    const live = rows.filter((r) => r.status !== 'rejected');
    const compared = comparedFigures(live.map((r) => r.figures));
    live.forEach((row, i) => {
      const figure = compared[i];
      if (figure) row.compared = figure;
    });
    const first = compared.find((f) => f !== undefined);
    const unit = compared.find((f) => f?.unit !== undefined)?.unit ?? first?.currency;
    board.push({
      question,
      rows,
      conflict: conflicting(compared, options.tolerance ?? DEFAULT_TOLERANCE),
      ...(first ? { kind: first.kind } : {}),
      ...(unit !== undefined ? { unit } : {}),
      sources: new Set(rows.map((r) => r.key)).size,
    });
  }
  return { groups: board.sort((a, b) => (a.question < b.question ? -1 : a.question > b.question ? 1 : 0)) };
}

/**
 * The suggested groups the claims board shows (the core's suggestGroups: the same kind of
 * figure about the same thing across sources), and Group these: every member filed under
 * the suggested question, as one undoable change per file.
 */
import * as vscode from 'vscode';
import { suggestGroups, withQuestion } from '../core/claims';
import { Services } from '../services';

/** Names sources on the board; undefined while a source's text has not been read. */
export type SourceNameOf = (uri: string) => string | undefined;

/** One suggestion as the board shows it. */
export interface BoardSuggestion {
  readonly question: string;
  /** Whether some members already have this question (the others would join them). */
  readonly existing: boolean;
  readonly kind?: string;
  readonly keywords: string[];
  readonly claims: Array<{ readonly uri: string; readonly id: string; readonly text: string; readonly source: string }>;
}

export function boardSuggestions(services: Services, nameOf: SourceNameOf): BoardSuggestion[] {
  const refs = services.index.index.allClaims();
  const quoteOf = new Map(refs.map((ref) => [`${ref.key}#${ref.claim.id}`, ref.claim.quote]));
  return suggestGroups(refs, { registry: services.registry.combined() }).map((group) => ({
    question: group.question,
    existing: group.existing,
    ...(group.kind ? { kind: group.kind } : {}),
    keywords: group.keywords,
    claims: group.claims.map((claim) => ({
      uri: claim.key,
      id: claim.id,
      text: quoteOf.get(`${claim.key}#${claim.id}`) ?? '',
      source: nameOf(claim.key) ?? vscode.workspace.asRelativePath(services.index.uriOf(claim.key)),
    })),
  }));
}

/** Files the suggestion's claims under its question; returns the number of claims filed. */
export async function groupSuggestion(services: Services, suggestion: BoardSuggestion): Promise<number> {
  const byFile = new Map<string, Set<string>>();
  for (const claim of suggestion.claims) byFile.set(claim.uri, (byFile.get(claim.uri) ?? new Set()).add(claim.id));
  let filed = 0;
  for (const [key, ids] of byFile) {
    await services.annotator.change(services.index.uriOf(key), `Group claims under “${suggestion.question}”`, (current) =>
      current.map((a) => {
        if (a.kind !== 'claim' || !ids.has(a.id)) return a;
        filed++;
        return withQuestion(a, suggestion.question);
      }),
    );
  }
  return filed;
}

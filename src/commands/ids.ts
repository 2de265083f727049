/**
 * Every command id, listed once. The command table (commands/index.ts) is typed against this
 * list so each id has a handler, and a unit test checks the list against package.json.
 * Kept free of the vscode module so that test runs in plain Node.
 */
export const commandIds = [
  'transcriptAnnotator.openSidecar',
  'transcriptAnnotator.annotateFile',
  'transcriptAnnotator.tagClaim',
  'transcriptAnnotator.tagSpeaker',
  'transcriptAnnotator.tagEntity',
  'transcriptAnnotator.tagSpeakerTurns',
  'transcriptAnnotator.editAnnotation',
  'transcriptAnnotator.removeAnnotation',
  'transcriptAnnotator.undo',
  'transcriptAnnotator.redo',
  'transcriptAnnotator.export',
  'transcriptAnnotator.import',
  'transcriptAnnotator.reattachAnnotation',
  'transcriptAnnotator.acceptAnnotation',
  'transcriptAnnotator.rejectAnnotation',
  'transcriptAnnotator.nextAnnotation',
  'transcriptAnnotator.previousAnnotation',
  'transcriptAnnotator.nextUnreviewed',
  'transcriptAnnotator.revealAnnotation',
  'transcriptAnnotator.toggleHighlights',
  'transcriptAnnotator.filterAnnotations',
  'transcriptAnnotator.clearAnnotationFilter',
  'transcriptAnnotator.openRegistry',
  'transcriptAnnotator.renameEntity',
  'transcriptAnnotator.mergeEntities',
  'transcriptAnnotator.addAlias',
  'transcriptAnnotator.tagAllMentions',
  'transcriptAnnotator.groupClaim',
  'transcriptAnnotator.showClaimsBoard',
  'transcriptAnnotator.exportClaimsBoard',
  'transcriptAnnotator.suggestAnnotations',
  'transcriptAnnotator.reviewSuggestions',
  'transcriptAnnotator.acceptSuggestion',
  'transcriptAnnotator.rejectSuggestion',
  'transcriptAnnotator.skipSuggestion',
  'transcriptAnnotator.stopReviewingSuggestions',
  'transcriptAnnotator.acceptSuggestions',
  'transcriptAnnotator.rejectSuggestions',
  'transcriptAnnotator.installMergeDriver',
  'transcriptAnnotator.showAgreement',
  'transcriptAnnotator.exportAgreement',
  'transcriptAnnotator.editSource',
  'transcriptAnnotator.showAnnotationsTable',
  'transcriptAnnotator.resizeAnnotation',
  'transcriptAnnotator.growAnnotationStart',
  'transcriptAnnotator.growAnnotationEnd',
  'transcriptAnnotator.shrinkAnnotationStart',
  'transcriptAnnotator.shrinkAnnotationEnd',
  'transcriptAnnotator.compareAnnotations',
  'transcriptAnnotator.keepMine',
  'transcriptAnnotator.takeTheirs',
  'transcriptAnnotator.keepBoth',
  'transcriptAnnotator.acceptAllAgreements',
  'transcriptAnnotator.endComparison',
] as const;

export type CommandId = (typeof commandIds)[number];

/**
 * A `command:` link (hovers, markdown) running `id` with `args` as its one argument. The JSON is
 * percent-encoded whole, parentheses too (encodeURIComponent keeps them), so no character of an
 * argument (a file name with a `)`) can end the markdown link or start another.
 */
export function commandUri(id: CommandId, args?: unknown): string {
  if (args === undefined) return `command:${id}`;
  const query = encodeURIComponent(JSON.stringify([args]))
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29');
  return `command:${id}?${query}`;
}

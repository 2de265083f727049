/**
 * Every command id, listed once. The command table (commands/index.ts) is typed against this
 * list so each id has a handler, and a unit test checks the list against package.json.
 * Kept free of the vscode module so that test runs in plain Node.
 */
export const commandIds = [
  'transcriptAnnotator.openSidecar',
  'transcriptAnnotator.getDecorations',
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
  'transcriptAnnotator.getLastReanchorSummary',
  'transcriptAnnotator.acceptAnnotation',
  'transcriptAnnotator.rejectAnnotation',
  'transcriptAnnotator.nextAnnotation',
  'transcriptAnnotator.previousAnnotation',
  'transcriptAnnotator.nextUnreviewed',
  'transcriptAnnotator.revealAnnotation',
  'transcriptAnnotator.toggleHighlights',
  'transcriptAnnotator.filterAnnotations',
  'transcriptAnnotator.clearAnnotationFilter',
  'transcriptAnnotator.getAnnotationTree',
  'transcriptAnnotator.openRegistry',
  'transcriptAnnotator.renameEntity',
  'transcriptAnnotator.mergeEntities',
  'transcriptAnnotator.addAlias',
  'transcriptAnnotator.tagAllMentions',
  'transcriptAnnotator.groupClaim',
  'transcriptAnnotator.showClaimsBoard',
  'transcriptAnnotator.exportClaimsBoard',
  'transcriptAnnotator.getClaimsBoard',
  'transcriptAnnotator.suggestAnnotations',
  'transcriptAnnotator.acceptSuggestions',
  'transcriptAnnotator.rejectSuggestions',
  'transcriptAnnotator.getAuthor',
  'transcriptAnnotator.installMergeDriver',
  'transcriptAnnotator.showAgreement',
  'transcriptAnnotator.exportAgreement',
  'transcriptAnnotator.editSource',
  'transcriptAnnotator.compareAnnotations',
  'transcriptAnnotator.keepMine',
  'transcriptAnnotator.takeTheirs',
  'transcriptAnnotator.keepBoth',
  'transcriptAnnotator.acceptAllAgreements',
  'transcriptAnnotator.endComparison',
  'transcriptAnnotator.getComparison',
] as const;

export type CommandId = (typeof commandIds)[number];

/** Commands for tests and internal plumbing, hidden from the Command Palette. */
export const internalCommandIds: readonly CommandId[] = [
  'transcriptAnnotator.getDecorations',
  'transcriptAnnotator.getAnnotationTree',
  'transcriptAnnotator.getLastReanchorSummary',
  'transcriptAnnotator.getClaimsBoard',
  'transcriptAnnotator.getAuthor',
  'transcriptAnnotator.getComparison',
];

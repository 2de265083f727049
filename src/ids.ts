/** Every id the extension contributes, listed once under the `transcriptAnnotator.` prefix. */
export const prefix = 'transcriptAnnotator';

export const extensionId = 'transcript-annotator.transcript-annotator';

export const languageId = 'transcript';

export const outputChannelName = 'Transcript Annotator';

/*
 * The other contributed ids, each listed once and typed; a unit test (test/unit/ids.test.ts)
 * checks these lists against package.json. Command ids are in commands/ids.ts.
 */

/** The activity bar container and its views (contributes.viewsContainers, contributes.views). */
export const viewIds = { container: prefix, annotations: `${prefix}.annotations`, legend: `${prefix}.legend` } as const;
export type ViewId = (typeof viewIds)[keyof typeof viewIds];

/** The editor context submenu (contributes.submenus). */
export const submenuIds = { editorContext: `${prefix}.editorContext` } as const;

/** Context keys the extension sets with `setContext`, for `when` clauses of menus and keybindings. */
export const contextKeys = {
  annotationsFiltered: `${prefix}.annotationsFiltered`,
  comparing: `${prefix}.comparing`,
  reviewingSuggestions: `${prefix}.reviewingSuggestions`,
  highlightsHidden: `${prefix}.highlightsHidden`,
} as const;
export type ContextKey = (typeof contextKeys)[keyof typeof contextKeys];

/** Settings (contributes.configuration), by their key under the `transcriptAnnotator` section. */
export const settingKeys = ['files', 'entityTypes', 'export.destination', 'export.csvRaw', 'entityTypeColors', 'claimTypes', 'author', 'gutterIcons'] as const;
export type SettingKey = (typeof settingKeys)[number];
/** The full id of a setting, as `affectsConfiguration` and the Settings editor name it. */
export const settingId = (key: SettingKey): `${typeof prefix}.${SettingKey}` => `${prefix}.${key}`;

/** Theme colours (contributes.colors). */
export const colorIds = [
  'transcriptAnnotator.compareAgreeBackground',
  'transcriptAnnotator.compareDifferBackground',
  'transcriptAnnotator.compareDifferBorder',
  'transcriptAnnotator.compareOnlyMineBackground',
  'transcriptAnnotator.compareOnlyTheirsBorder',
  'transcriptAnnotator.entityBackground',
  'transcriptAnnotator.entityBorder',
  'transcriptAnnotator.claimUnderline',
  'transcriptAnnotator.speakerBorder',
  'transcriptAnnotator.entityOverviewRuler',
  'transcriptAnnotator.claimOverviewRuler',
  'transcriptAnnotator.speakerOverviewRuler',
  'transcriptAnnotator.entityProposedBackground',
  'transcriptAnnotator.entityProposedBorder',
  'transcriptAnnotator.claimProposedUnderline',
  'transcriptAnnotator.speakerProposedBorder',
  'transcriptAnnotator.rejectedBackground',
  'transcriptAnnotator.rejectedBorder',
  'transcriptAnnotator.entityType.person',
  'transcriptAnnotator.entityType.organization',
  'transcriptAnnotator.entityType.location',
  'transcriptAnnotator.entityType.event',
  'transcriptAnnotator.entityType.other',
  'transcriptAnnotator.entityType.extra1',
  'transcriptAnnotator.entityType.extra2',
  'transcriptAnnotator.entityType.extra3',
] as const;
export type ColorId = (typeof colorIds)[number];

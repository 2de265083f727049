/** Claims compared across sources: figures, grouping by question, the claims board and its exports. */
export { extractFigures, type Figure, type FigureKind, type FigureBound } from './figures';
export { keywordsOf } from './keywords';
export { QUESTION_ATTRIBUTE, claimQuestion, withQuestion, type ClaimRef } from './question';
export { claimFeatures, claimAuthorName, entityIdOf, type ClaimFeatures } from './features';
export { comparable, agree, comparedFigures, conflicting, DEFAULT_TOLERANCE } from './compare';
export { suggestGroups, type GroupSuggestion, type SuggestGroupsOptions } from './groups';
export { proposeQuestion } from './proposeQuestion';
export { claimsBoard, type ClaimsBoard, type BoardGroup, type BoardRow, type BoardOptions } from './board';
export { boardToCsv, boardToMarkdown, csvField, BOARD_CSV_COLUMNS } from './export';
export { headlineOf, sourceName } from './sourceName';

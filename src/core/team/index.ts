/** Team work on annotations: three-way merges of sidecars and registries, agreement. */
export { pick3, mergeList, mergeById, type Side, type Pick3 } from './threeWay';
export { mergeSidecars, sameAnnotation, MERGE_ATTRIBUTE_PREFIX, type MergeNote, type SidecarMerge } from './mergeSidecar';
export { mergeRegistries, type RegistryMerge } from './mergeRegistry';
export { mergeFiles, type MergeFilesResult, type MergeInputName } from './mergeFiles';
export { MERGE_DRIVER_NAME, MERGE_ATTRIBUTES_LINE, MERGE_DRIVER_DESCRIPTION, withAttributesLine, shellQuote, driverConfig } from './gitSetup';
export {
  computeAgreement,
  matching,
  typeOf,
  OUTSIDE,
  type AgreementDocument,
  type AgreementReport,
  type AgreementRow,
  type Matching,
  type PropertyAgreement,
} from './agreement';
export { cohensKappa, krippendorffAlpha, oneVsRest, type ConfusionMatrix } from './coefficients';
export { formatComparisons, cell as spreadsheetCell, AGREEMENT_FORMATS, AGREEMENT_CSV_COLUMNS, type AgreementFormat, type Comparison } from './agreementFormat';
export {
  compareAnnotations,
  resolveItem,
  acceptAgreements,
  itemHas,
  comparisonCounts,
  COMPARED_FIELDS,
  type ComparisonItem,
  type ComparisonStatus,
  type Resolution,
} from './adjudicate';

/** Team work on annotations: three-way merges of sidecars and registries, agreement. */
export { pick3, mergeList, mergeById, type Side, type Pick3 } from './threeWay';
export { mergeSidecars, sameAnnotation, MERGE_ATTRIBUTE_PREFIX, type MergeNote, type SidecarMerge } from './mergeSidecar';
export { mergeRegistries, type RegistryMerge } from './mergeRegistry';
export { mergeFiles, type MergeFilesResult, type MergeInputName } from './mergeFiles';

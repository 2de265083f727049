/** Platform-neutral core of Transcript Annotator (no vscode, no node modules: runs in a browser worker too). */
export * from './schema';
export * from './text';
export * from './offsets';
export * from './ids';
export * from './problems';
export { sidecarNameFor, textNameForSidecar, isSidecarName, baseName, SIDECAR_SUFFIX } from './sidecar/paths';
export { loadSidecar, checkSidecarSize, MAX_SIDECAR_BYTES, TEXT_CHANGE_CODES, type LoadOptions, type LoadResult } from './sidecar/load';
export { serializeSidecar } from './sidecar/serialize';
export { writeCanonical, compareAnnotations, sortedAnnotations } from './sidecar/canonicalWriter';
export { sameAnnotations, sameSidecar, sameSource } from './sidecar/same';
export { fastRead, type FastRead } from './sidecar/fastReader';
export { yamlRead, type YamlRead } from './sidecar/yamlReader';
export { validateSidecar, type Validation } from './sidecar/validate';
export type { TextContext } from './sidecar/semantic';
export { counted, pluralOf } from './plural';

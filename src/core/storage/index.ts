/**
 * The one safe write path for sidecars and the registry (and the guards of exports), over a
 * small file-system interface. See the README section "How files are written".
 */
export { folderOf, nameOf, sibling, contentBytes, type PipelineFs, type FileStat, type FileContent, type LockOwner } from './fileSystem';
export {
  acquireLock,
  withLock,
  isLocked,
  waitUnlocked,
  describeOwner,
  tempNameFor,
  newToken,
  LockTimeoutError,
  LockLostError,
  LOCK_STALE_MS,
  LOCK_WAIT_MS,
  LOCK_SUFFIX,
  type LockOptions,
  type HeldLock,
  type LockReport,
} from './lock';
export {
  readTextFile,
  loadSidecarFile,
  explainTextError,
  megabytes,
  MAX_TEXT_BYTES,
  type TextRead,
  type SidecarPaths,
  type SidecarFile,
  type SidecarFileOptions,
} from './read';
export {
  updateFile,
  textCodec,
  updateSidecar,
  updateRegistry,
  isTempOf,
  InvalidFileError,
  VerifyError,
  type Codec,
  type UpdateOptions,
  type UpdateResult,
  type SidecarContext,
  type SidecarUpdateOptions,
  type SidecarUpdateResult,
} from './update';
export { cachedVerdict, recheckCached, matchesText, type SidecarCache } from './reuse';
export { writeExport, checkExportDestinations, ExportRefusedError, type ExportGuard } from './exportGuard';

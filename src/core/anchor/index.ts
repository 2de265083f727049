/** Keeping annotations attached to their text: live edit tracking and re-anchoring on load. */
export { SpanTracker, type SpanPosition, type EditReport, type ApplyOptions } from './spans';
export { mapSpan, type Edit, type Mapped } from './edit';
export { reanchor, type ReanchorOptions, type ReanchorReport, type ReanchorResult } from './reanchor';
export { checkSidecarAgainstText, type SidecarCheck } from './check';

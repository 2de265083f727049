/** What the CLI and the extension both write to set git up for the merge driver. */

/** The driver's name in git's config (`merge.<name>.driver`) and attributes. */
export const MERGE_DRIVER_NAME = 'transcript-annotator';
/** The attributes line that routes every sidecar and the registry to the driver. */
export const MERGE_ATTRIBUTES_LINE = `*.annotations.yaml merge=${MERGE_DRIVER_NAME}`;
/** `merge.<name>.name`: what git shows for the driver. */
export const MERGE_DRIVER_DESCRIPTION = 'Transcript Annotator: merges sidecars by annotation id and field';

/** `existing` attributes text with the driver's line appended, or undefined when it is there already. */
export function withAttributesLine(existing: string): string | undefined {
  if (existing.split(/\r?\n/).some((line) => line.trim().replace(/\s+/g, ' ') === MERGE_ATTRIBUTES_LINE)) return undefined;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  return `${existing}${existing === '' || existing.endsWith('\n') ? '' : eol}${MERGE_ATTRIBUTES_LINE}${eol}`;
}

/** `s` as one word for the POSIX shell that git runs drivers with. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The `merge.<name>.driver` value for a command that starts the CLI. */
export function driverConfig(command: string): string {
  return `${command} merge-driver %O %A %B %P`;
}

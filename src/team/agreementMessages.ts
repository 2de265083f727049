/**
 * The messages the agreement webview may send, checked field by field (a webview is a web
 * page). Kept free of the vscode module so it is unit-tested in plain Node.
 */
export type AgreementMessage = { readonly type: 'ready' } | { readonly type: 'export'; readonly format: 'csv' | 'markdown' };

/** The message if it has exactly the fields of one kind above, with valid values; else undefined. */
export function parseAgreementMessage(value: unknown): AgreementMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (record['type'] === 'ready') return keys === 'type' ? { type: 'ready' } : undefined;
  if (record['type'] === 'export' && keys === 'format,type' && (record['format'] === 'csv' || record['format'] === 'markdown'))
    return { type: 'export', format: record['format'] };
  return undefined;
}

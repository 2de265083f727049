/**
 * The messages the Annotations table webview may send, checked field by field; anything of
 * another shape is dropped. Kept free of the vscode module so it is unit-tested in plain Node.
 */
import { ANNOTATION_ID_PATTERN } from '../core';

/** One annotation, as the table names it. */
export interface RowKey {
  readonly uri: string;
  readonly id: string;
}

export type TableAction = 'accept' | 'reject' | 'remove';

export type TableMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly uri: string; readonly id: string }
  | { readonly type: 'bulk'; readonly action: TableAction; readonly rows: readonly RowKey[] };

const maxUriLength = 4096;
const maxRows = 100_000;

function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function rowKey(value: unknown): RowKey | undefined {
  if (!plainObject(value) || Object.keys(value).sort().join(',') !== 'id,uri') return undefined;
  const { uri, id } = value;
  return typeof uri === 'string' && uri.length > 0 && uri.length <= maxUriLength && typeof id === 'string' && ANNOTATION_ID_PATTERN.test(id)
    ? { uri, id }
    : undefined;
}

/** The message if it has exactly the fields of one of the kinds above, with valid values; else undefined. */
export function parseTableMessage(value: unknown): TableMessage | undefined {
  if (!plainObject(value)) return undefined;
  const keys = Object.keys(value).sort().join(',');
  switch (value['type']) {
    case 'ready':
      return keys === 'type' ? { type: 'ready' } : undefined;
    case 'reveal': {
      const key = keys === 'id,type,uri' ? rowKey({ uri: value['uri'], id: value['id'] }) : undefined;
      return key ? { type: 'reveal', ...key } : undefined;
    }
    case 'bulk': {
      const { action, rows } = value;
      if (keys !== 'action,rows,type' || (action !== 'accept' && action !== 'reject' && action !== 'remove')) return undefined;
      if (!Array.isArray(rows) || rows.length === 0 || rows.length > maxRows) return undefined;
      const keysOf = rows.map(rowKey);
      return keysOf.every((key): key is RowKey => key !== undefined) ? { type: 'bulk', action, rows: keysOf } : undefined;
    }
    default:
      return undefined;
  }
}

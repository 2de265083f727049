/**
 * The messages the claims board webview may send. A webview is a web page: whatever it
 * posts is checked field by field, and anything of another shape is dropped. Kept free of
 * the vscode module so it is unit-tested in plain Node.
 */
import { ANNOTATION_ID_PATTERN } from '../core';

export type BoardMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly uri: string; readonly id: string }
  | { readonly type: 'export'; readonly format: 'csv' | 'markdown' }
  /** Group these: file a suggested group's claims under its question. */
  | { readonly type: 'group'; readonly question: string };

const maxUriLength = 4096;

/** The message if it has exactly the fields of one of the kinds above, with valid values; else undefined. */
export function parseBoardMessage(value: unknown): BoardMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  switch (record['type']) {
    case 'ready':
      return keys === 'type' ? { type: 'ready' } : undefined;
    case 'reveal': {
      const { uri, id } = record;
      const valid =
        keys === 'id,type,uri' &&
        typeof uri === 'string' &&
        uri.length > 0 &&
        uri.length <= maxUriLength &&
        typeof id === 'string' &&
        ANNOTATION_ID_PATTERN.test(id);
      return valid ? { type: 'reveal', uri: uri, id: id } : undefined;
    }
    case 'export': {
      const { format } = record;
      return keys === 'format,type' && (format === 'csv' || format === 'markdown') ? { type: 'export', format } : undefined;
    }
    case 'group': {
      const { question } = record;
      return keys === 'question,type' && typeof question === 'string' && question.trim() !== '' && question.length <= 1000
        ? { type: 'group', question }
        : undefined;
    }
    default:
      return undefined;
  }
}

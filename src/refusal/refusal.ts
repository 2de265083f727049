/**
 * Refusals as the model decides them: a store that will not write says why, as data, and the
 * refusal UI (./show.ts) tells the user. Keeping the two apart lets the stores load without
 * any dialog code.
 */
import type * as vscode from 'vscode';
import type { Problem } from '../core';

/** Why a change was not written. */
export type Refusal =
  /** The sidecar has errors: an invalid sidecar is never overwritten. */
  | { readonly reason: 'invalid-sidecar'; readonly textUri: vscode.Uri; readonly sidecarUri: vscode.Uri; readonly problems: readonly Problem[] }
  /** The entity registry has errors. */
  | { readonly reason: 'invalid-registry'; readonly uri: vscode.Uri; readonly problems: readonly Problem[] }
  /** The entity registry has unsaved edits in an editor, which a write would clash with on save. */
  | { readonly reason: 'unsaved-registry'; readonly uri: vscode.Uri };

/** Tells the user about a refusal; not awaited, so the command ends at once. */
export type TellRefusal = (refusal: Refusal) => void;

/** Thrown (after the refusal was told once) when a change is refused; commands let it end quietly. */
export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

/**
 * Test-only. What the integration tests (and the editor bench) read of the extension's
 * internals, without shipping commands for it: `activate` returns this object as `test` on the
 * extension's exports (`vscode.extensions.getExtension(extensionId).exports.test`). It is not an
 * API for other extensions and changes whenever the tests need it to.
 */
import * as vscode from 'vscode';
import { getClaimsBoard, sendClaimsBoardMessage } from './claims';
import type { DecorationRanges } from './decorations/controller';
import type { Services } from './services';
import { panelOf } from './table';
import { getComparison } from './team/compareCommands';
import { gitIdentity, resolveAuthor } from './team/gitIdentity';
import type { TreeSnapshot } from './views/annotationsView';
import { promptShown, promptsShown } from './util/prompt';

/** The internals a test may read; each is named after the internal command it replaced. */
export interface TestApi {
  /** The highlight ranges of the active editor, by kind. */
  readonly getDecorations: () => DecorationRanges;
  /** A snapshot of the Annotations view's tree. */
  readonly getAnnotationTree: () => TreeSnapshot[];
  /** The message of the last re-anchoring on load, if any. */
  readonly getLastReanchorSummary: () => string | undefined;
  /** The claims board's data model, its sources named. */
  readonly getClaimsBoard: () => ReturnType<typeof getClaimsBoard>;
  /** A message from the board's page, handled as the panel handles it. */
  readonly sendClaimsBoardMessage: (message: unknown) => ReturnType<typeof sendClaimsBoardMessage>;
  /** Who new annotations of `{ uri }` would be by, after reading the git identity again. */
  readonly getAuthor: (args?: { readonly uri?: string }) => Promise<ReturnType<typeof resolveAuthor>>;
  /** What the Annotations table shows. */
  readonly getAnnotationsTable: () => ReturnType<typeof panelOf>['model'];
  /** A message from the table's page, handled as the panel handles it. */
  readonly sendAnnotationsTableMessage: (message: unknown) => ReturnType<ReturnType<typeof panelOf>['receive']>;
  /** The legend of the per-type colours, and the texts of the active editor under each colour. */
  readonly getEntityTypeColors: () => { legend: ReturnType<Services['typeLayer']['legend']>; texts: Record<string, (string | undefined)[]> };
  /** The comparison of `{ uri? }` (default: the active editor) as plain data with the highlights drawn. */
  readonly getComparison: (args?: unknown) => ReturnType<typeof getComparison>;
  /** How many quick picks and input boxes the workbench has shown since activation (src/util/prompt.ts). */
  readonly promptsShown: typeof promptsShown;
  /** The prompt number `index` (from 0), once the workbench shows it with its items. */
  readonly promptShown: typeof promptShown;
}

export function testApi(services: Services): TestApi {
  return {
    getDecorations: () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? services.decorations.rangesOf(editor) : { claim: [], speaker: [], entity: [] };
    },
    getAnnotationTree: () => services.annotationsView.snapshot(),
    getLastReanchorSummary: () => services.reanchorer.lastSummary,
    getClaimsBoard: () => getClaimsBoard(services),
    sendClaimsBoardMessage: (message) => sendClaimsBoardMessage(services, message),
    getAuthor: async (args) => {
      await gitIdentity.refresh();
      return resolveAuthor(typeof args?.uri === 'string' ? vscode.Uri.parse(args.uri) : undefined);
    },
    getAnnotationsTable: () => panelOf(services).model,
    sendAnnotationsTableMessage: (message) => panelOf(services).receive(message),
    getEntityTypeColors: () => {
      const editor = vscode.window.activeTextEditor;
      const ranges = editor ? services.typeLayer.rangesOf(editor) : {};
      const texts = Object.fromEntries(Object.entries(ranges).map(([color, list]) => [color, list.map((range) => editor?.document.getText(range))]));
      return { legend: services.typeLayer.legend(), texts };
    },
    getComparison: (args) => getComparison(services, args),
    promptsShown,
    promptShown,
  };
}

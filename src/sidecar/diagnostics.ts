/**
 * Sidecar problems in the Problems panel, at their exact line and column: from the file
 * on disk, and live from the editor while a sidecar is being edited.
 */
import { baseName, loadSidecar, textNameForSidecar } from '../core';
import { explainTextError, readTextFile } from '../core/storage';
import { LiveDiagnostics } from '../diagnostics/live';
import { pathOf, workspaceFs } from '../util/workspaceFs';
import type { SidecarState, SidecarStore } from './store';

export class SidecarDiagnostics extends LiveDiagnostics<SidecarState> {
  constructor(store: SidecarStore) {
    super({
      name: 'transcriptAnnotator',
      onDidChange: store.onDidChange,
      fileOf: (state) => state.sidecarUri,
      problemsOf: (state) => state.problems,
      stateOf: (document) => {
        const textPath = textNameForSidecar(document.uri.path);
        return textPath ? store.peek(document.uri.with({ path: textPath })) : undefined;
      },
      isChecked: (document) => textNameForSidecar(document.uri.path) !== undefined,
      check: async (document) => {
        const textUri = document.uri.with({ path: textNameForSidecar(document.uri.path) ?? document.uri.path });
        const text = await readTextFile(workspaceFs, pathOf(textUri));
        const result = loadSidecar(document.getText(), text.kind === 'ok' ? text.raw : undefined, { textFileName: baseName(textUri.path) });
        return text.kind === 'error' ? explainTextError(result.problems, baseName(textUri.path), text) : result.problems;
      },
    });
  }
}

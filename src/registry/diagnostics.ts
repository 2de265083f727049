/**
 * Registry problems in the Problems panel at their exact line and column, the same way as
 * sidecar problems: from the file on disk, and live from the editor while it is being edited.
 */
import { loadRegistry } from '../core/registry';
import { LiveDiagnostics } from '../diagnostics/live';
import type { RegistryState, RegistryStore } from './store';

export class RegistryDiagnostics extends LiveDiagnostics<RegistryState> {
  constructor(store: RegistryStore) {
    super({
      name: 'transcriptAnnotator.registry',
      onDidChange: store.onDidChange,
      fileOf: (state) => state.uri,
      problemsOf: (state) => state.problems,
      stateOf: (document) => {
        const folder = store.folderOfRegistry(document.uri);
        return folder && store.peek(folder);
      },
      isChecked: (document) => store.folderOfRegistry(document.uri) !== undefined,
      check: (document) => loadRegistry(document.getText()).problems,
    });
  }
}

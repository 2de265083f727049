/**
 * The workspace-wide index of annotations (the core's WorkspaceIndex) kept up to date from
 * the sidecar store: each time one file's sidecar is loaded or written, only that file's
 * entries are replaced. Serves references, hover and view counts, pickers and the claims board.
 * Documents are keyed by their URI string, so two folders never collide.
 */
import * as vscode from 'vscode';
import { WorkspaceIndex } from '../core/workspace';
import { RegistryStore } from '../registry/store';
import { SidecarState, SidecarStore } from '../sidecar/store';

/** What views and hovers show about a canonical entity. */
export interface EntityDescription {
  /** The registry name, when the registry lists the entity. */
  readonly name?: string;
  /** Mentions that are neither rejected nor orphaned, and the files holding them. */
  readonly mentions: number;
  readonly files: number;
}

export class IndexedWorkspace implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after any sidecar or registry change (often in bursts: listeners debounce). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    store: SidecarStore,
    readonly registry: RegistryStore,
  ) {
    for (const state of store.all()) this.update(state, false);
    this.disposables.push(
      store.onDidChange((state) => this.update(state)),
      registry.onDidChange(() => this.changed.fire()),
    );
  }

  private update(state: SidecarState, notify = true): void {
    const key = state.textUri.toString();
    this.uris.set(key, state.textUri);
    this.index.update(key, state.sidecar);
    if (notify) this.changed.fire();
  }

  /** The text file of an index key. */
  uriOf(key: string): vscode.Uri {
    return this.uris.get(key) ?? vscode.Uri.parse(key);
  }

  /** The entity's name in the registry of `uri`'s folder, when it lists it. */
  entityName(id: string, uri?: vscode.Uri): string | undefined {
    return this.registry.registryFor(uri)?.entities.find((entity) => entity.id === id)?.name;
  }

  /** The entity's registry name and its mention counts across the workspace. */
  describeEntity(id: string, uri?: vscode.Uri): EntityDescription {
    const live = this.index.mentionsOf(id).filter((mention) => mention.annotation.status !== 'rejected');
    const name = this.entityName(id, uri);
    return { ...(name !== undefined ? { name } : {}), mentions: live.length, files: new Set(live.map((mention) => mention.key)).size };
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

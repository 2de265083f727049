/**
 * The entity registry of each workspace folder (`entities.annotations.yaml` at its root),
 * loaded and validated like a sidecar and written atomically. The only place that reads or
 * writes registry files; an invalid registry is never overwritten.
 */
import * as vscode from 'vscode';
import { Problem } from '../core';
import { emptyRegistry, EntityRegistry, loadRegistry, REGISTRY_FILE_NAME, RegistryEntity, sameRegistry } from '../core/registry';
import { InvalidFileError, updateRegistry, VerifyError } from '../core/storage';
import { RefusedError, type Refusal, type TellRefusal } from '../refusal/refusal';
import { readText } from '../util/fs';
import { pathOf, workspaceFs } from '../util/workspaceFs';

/** What is known about one folder's registry. */
export interface RegistryState {
  readonly folder: vscode.WorkspaceFolder;
  readonly uri: vscode.Uri;
  readonly exists: boolean;
  /** The file's content as last read or written. */
  readonly source: string | undefined;
  /** The valid registry (empty while there is no file); undefined when the file has errors. */
  readonly registry: EntityRegistry | undefined;
  readonly problems: readonly Problem[];
}

export function registryUriOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, REGISTRY_FILE_NAME);
}

export class RegistryStore implements vscode.Disposable {
  private readonly states = new Map<string, RegistryState>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly changed = new vscode.EventEmitter<RegistryState>();
  /** Fires whenever a registry is (re)loaded or written. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly tell: TellRefusal) {}

  /** The folder whose registry names the entities of `uri`: its own folder, else the first one. */
  folderOf(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  }

  /** The folder whose registry file `uri` is, if it is one. */
  folderOfRegistry(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && registryUriOf(folder).toString() === uri.toString() ? folder : undefined;
  }

  peek(folder: vscode.WorkspaceFolder): RegistryState | undefined {
    return this.states.get(folder.uri.toString());
  }

  all(): RegistryState[] {
    return [...this.states.values()];
  }

  /** The valid registry for `uri` as last loaded (synchronous, for hovers and views). */
  registryFor(uri?: vscode.Uri): EntityRegistry | undefined {
    const folder = this.folderOf(uri);
    return folder ? this.peek(folder)?.registry : undefined;
  }

  /** Every loaded valid registry's entities in one, for views that span folders (first folder wins on an id). */
  combined(): EntityRegistry {
    const byId = new Map<string, RegistryEntity>();
    for (const entity of this.all().flatMap((state) => state.registry?.entities ?? [])) if (!byId.has(entity.id)) byId.set(entity.id, entity);
    return { ...emptyRegistry(), entities: [...byId.values()] };
  }

  get(folder: vscode.WorkspaceFolder): Promise<RegistryState> {
    const cached = this.peek(folder);
    return cached ? Promise.resolve(cached) : this.reload(folder);
  }

  reload(folder: vscode.WorkspaceFolder): Promise<RegistryState> {
    return this.serialize(folder, () => this.load(folder));
  }

  /**
   * Applies `change` to the folder's registry, read afresh from disk, and writes it when it
   * differs. Throws RefusedError (after telling the user) while the file is invalid.
   */
  update(folder: vscode.WorkspaceFolder, change: (registry: EntityRegistry) => EntityRegistry): Promise<EntityRegistry> {
    return this.serialize(folder, async () => {
      const state = await this.load(folder, false);
      if (!state.registry) {
        this.refuse({ reason: 'invalid-registry', uri: state.uri, problems: state.problems });
      }
      // Writing under the user's unsaved edits would leave them to clash on save.
      if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === state.uri.toString() && document.isDirty)) {
        this.refuse({ reason: 'unsaved-registry', uri: state.uri });
      }
      const next = change(state.registry);
      if (next === state.registry || sameRegistry(next, state.registry)) return state.registry;
      // The pipeline re-reads the file under its lock and applies the change to that, so a CLI or
      // another window writing the registry meanwhile is merged, not overwritten.
      let result: EntityRegistry;
      try {
        result = (
          await updateRegistry(workspaceFs, pathOf(state.uri), (current) =>
            current === state.registry || sameRegistry(current, state.registry as EntityRegistry) ? next : change(current),
          )
        ).value;
      } catch (error) {
        if (error instanceof InvalidFileError) {
          const fresh = await this.load(folder);
          this.refuse({ reason: 'invalid-registry', uri: fresh.uri, problems: fresh.problems });
        }
        if (error instanceof VerifyError) throw new Error(`The entity registry was not saved: the change would make it invalid (${error.reason}).`);
        throw error;
      }
      return (await this.load(folder)).registry ?? result;
    });
  }

  /** Tells the user once why the registry was not written, and ends the command quietly. */
  private refuse(refusal: Refusal): never {
    this.tell(refusal);
    throw new RefusedError(refusal);
  }

  private async load(folder: vscode.WorkspaceFolder, notify = true): Promise<RegistryState> {
    const uri = registryUriOf(folder);
    const file = await readText(uri);
    let state: RegistryState;
    if (file.kind === 'missing') {
      state = { folder, uri, exists: false, source: undefined, registry: emptyRegistry(), problems: [] };
    } else if (file.kind === 'error') {
      const problem: Problem = {
        severity: 'error',
        code: 'unreadable',
        message: `cannot read the entity registry: ${file.message}`,
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
      };
      state = { folder, uri, exists: true, source: undefined, registry: undefined, problems: [problem] };
    } else {
      const result = loadRegistry(file.raw);
      state = { folder, uri, exists: true, source: file.raw, registry: result.registry, problems: result.problems };
    }
    const previous = this.peek(folder);
    this.states.set(folder.uri.toString(), state);
    if (notify || previous?.source !== state.source || previous?.exists !== state.exists) this.changed.fire(state);
    return state;
  }

  /** Forgets a folder removed from the workspace. */
  forget(folder: vscode.WorkspaceFolder): void {
    this.states.delete(folder.uri.toString());
  }

  // One operation at a time per folder, so a reload never interleaves with a write.
  private serialize<T>(folder: vscode.WorkspaceFolder, operation: () => Promise<T>): Promise<T> {
    const key = folder.uri.toString();
    const next = (this.queues.get(key) ?? Promise.resolve()).then(operation, operation);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * Who is annotating when `transcriptAnnotator.author` is empty: the git identity
 * (`user.name`) of the repository holding the file, read through the built-in git
 * extension's API. The API may be missing (the browser, git disabled, no git installed):
 * then no name is known and annotations simply record no author, as before.
 */
import * as vscode from 'vscode';

/** The few members of a repository in the git extension's API (its `git.d.ts`, version 1) used here. */
export interface GitRepository {
  readonly rootUri: vscode.Uri;
  getConfig(key: string): Promise<string>;
  setConfig(key: string, value: string): Promise<string>;
  unsetConfig?(key: string): Promise<string>;
  /** The file at `path` (absolute) in revision `ref`, decoded. */
  show?(ref: string, path: string): Promise<string>;
}
interface GitApi {
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}
interface GitExtension {
  getAPI(version: 1): GitApi;
}

/** Where the recorded author comes from. */
export type AuthorSource = 'setting' | 'git' | 'none';

/** The git `user.name` of each open repository, kept current while the window is used. */
export class GitIdentity implements vscode.Disposable {
  private readonly names = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private api: GitApi | undefined;
  private started: Promise<void> | undefined;
  private readonly opened = new vscode.EventEmitter<GitRepository>();
  /** Fires for each repository once its identity has been read (also those open at start). */
  readonly onDidOpenRepository = this.opened.event;

  /** The repositories git knows, once connected. */
  get repositories(): readonly GitRepository[] {
    return this.api?.repositories ?? [];
  }

  /** The innermost repository holding `uri`. */
  repositoryFor(uri: vscode.Uri): GitRepository | undefined {
    return this.repositories.filter((r) => contains(r.rootUri, uri)).sort((a, b) => b.rootUri.path.length - a.rootUri.path.length)[0];
  }

  /** Connects to the git extension once; never throws. */
  start(): Promise<void> {
    this.started ??= this.connect();
    return this.started;
  }

  private async connect(): Promise<void> {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) return;
    try {
      const exports = extension.isActive ? extension.exports : await extension.activate();
      this.api = exports.getAPI(1);
    } catch {
      return; // git disabled or not installed: no identity, no error
    }
    this.disposables.push(
      this.opened,
      this.api.onDidOpenRepository((repository) => void this.read(repository).then(() => this.opened.fire(repository))),
      // A `git config user.name` typed in a terminal is picked up when the window is used again.
      vscode.window.onDidChangeWindowState((state) => state.focused && void this.readAll(false)),
    );
    await this.readAll(true);
    for (const repository of this.api.repositories) this.opened.fire(repository);
  }

  /** Reads `user.name` again for every repository, opening the workspace folders' own if git has not yet. */
  async refresh(): Promise<void> {
    await this.start();
    await this.readAll(true);
  }

  // Opening the workspace folders' repositories costs a git process per folder: not on every focus.
  private async readAll(openFolders: boolean): Promise<void> {
    const api = this.api;
    if (!api) return;
    const known = (uri: vscode.Uri): boolean => api.repositories.some((r) => contains(r.rootUri, uri));
    for (const folder of openFolders ? (vscode.workspace.workspaceFolders ?? []) : []) {
      if (!known(folder.uri) && api.openRepository) await api.openRepository(folder.uri).catch(() => null);
    }
    await Promise.all(api.repositories.map((repository) => this.read(repository)));
  }

  /** Opens the repository at `root` (a folder git has not found by itself, such as a nested one) and reads its identity. */
  async openRepository(root: vscode.Uri): Promise<boolean> {
    await this.start();
    const repository = await this.api?.openRepository?.(root).catch(() => null);
    if (repository) await this.read(repository);
    return !!repository;
  }

  private async read(repository: GitRepository): Promise<void> {
    const key = repository.rootUri.toString();
    const name = (await repository.getConfig('user.name').catch(() => '')).trim();
    if (name) this.names.set(key, name);
    else this.names.delete(key);
  }

  /** `user.name` of the innermost repository holding `uri`; without a uri, of the only repository. */
  nameFor(uri?: vscode.Uri): string | undefined {
    let best: { root: string; name: string } | undefined;
    for (const [root, name] of this.names) {
      if (uri ? !contains(vscode.Uri.parse(root), uri) : this.names.size !== 1) continue;
      if (!best || root.length > best.root.length) best = { root, name };
    }
    return best?.name;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function contains(root: vscode.Uri, uri: vscode.Uri): boolean {
  if (root.scheme !== uri.scheme || root.authority !== uri.authority) return false;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path === root.path || uri.path.startsWith(base);
}

/** The one identity of the window (the composition root starts it). */
export const gitIdentity = new GitIdentity();

/** The author to record on a new annotation of `uri`, and where the name comes from. */
export function resolveAuthor(uri?: vscode.Uri): { name?: string; source: AuthorSource } {
  const configured = vscode.workspace.getConfiguration('transcriptAnnotator').get<string>('author')?.trim();
  if (configured) return { name: configured, source: 'setting' };
  const name = gitIdentity.nameFor(uri ?? vscode.window.activeTextEditor?.document.uri);
  return name ? { name, source: 'git' } : { source: 'none' };
}

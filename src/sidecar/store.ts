/**
 * The annotations of every text file the user works with, loaded from their sidecars,
 * validated against the text, and written back through the core's write pipeline (lock,
 * re-read, verify, atomic replace), the same one the command-line tool uses. The only place
 * that reads or writes sidecar files.
 */
import * as vscode from 'vscode';
import { Annotation, DocumentSource, Problem, Sidecar, sidecarNameFor } from '../core';
import { InvalidFileError, loadSidecarFile, updateSidecar, VerifyError, type SidecarCache } from '../core/storage';
import { pathOf, workspaceFs } from '../util/workspaceFs';

/** What is known about one text file's sidecar. */
export interface SidecarState {
  readonly textUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  /** Whether the sidecar file exists on disk. */
  readonly exists: boolean;
  /** The sidecar file's content as last read or written. */
  readonly source: string | undefined;
  /** The valid sidecar; undefined when there is none on disk or it has errors. */
  readonly sidecar: Sidecar | undefined;
  readonly problems: readonly Problem[];
  /** A sidecar that is sound but whose text changed under it: re-anchoring starts from it. */
  readonly stale?: Sidecar;
}

export interface UpdateOptions {
  /**
   * Also change a sidecar whose only errors come from a changed text (quotes that no longer
   * match): for changes that place every annotation again, such as re-anchoring.
   */
  readonly replacesPositions?: boolean;
  /** Also set the document's `source:` (null removes it); undefined keeps it as it is. */
  readonly source?: DocumentSource | null;
}

/** Whether the state has errors that forbid changing its annotations. */
export function isInvalid(state: SidecarState): boolean {
  return state.exists && state.sidecar === undefined;
}

export function sidecarUriFor(textUri: vscode.Uri): vscode.Uri {
  return textUri.with({ path: sidecarNameFor(textUri.path) });
}

export class SidecarStore implements vscode.Disposable {
  private readonly states = new Map<string, SidecarState>();
  private readonly queues = new Map<string, Promise<unknown>>();
  // The bytes each state was made from: reading back our own write, or a watcher's reload of
  // it, then costs a comparison instead of a parse, and a save skips parsing an unchanged file.
  private readonly verdicts = new Map<string, SidecarCache>();
  private readonly changed = new vscode.EventEmitter<SidecarState>();
  /** Fires whenever a sidecar's state is (re)loaded or written. */
  readonly onDidChange = this.changed.event;

  /** The cached state, if the file was loaded. */
  peek(textUri: vscode.Uri): SidecarState | undefined {
    return this.states.get(textUri.toString());
  }

  all(): SidecarState[] {
    return [...this.states.values()];
  }

  /** The state of a text file's sidecar, loading it on first use. */
  get(textUri: vscode.Uri): Promise<SidecarState> {
    const cached = this.peek(textUri);
    return cached ? Promise.resolve(cached) : this.reload(textUri);
  }

  /** Reads the sidecar and the text from disk again. */
  reload(textUri: vscode.Uri): Promise<SidecarState> {
    return this.serialize(textUri, () => this.load(textUri));
  }

  /**
   * Applies `change` to the annotations and writes the sidecar when they differ.
   * Refuses (returns `refused`) when the sidecar on disk is invalid: it is never overwritten.
   */
  update(
    textUri: vscode.Uri,
    change: (annotations: readonly Annotation[], sidecar: Sidecar) => readonly Annotation[],
    options: UpdateOptions = {},
  ): Promise<{ state: SidecarState; written: boolean } | 'refused'> {
    return this.serialize(textUri, async () => {
      const paths = { text: pathOf(textUri), sidecar: pathOf(sidecarUriFor(textUri)) };
      let written: boolean;
      try {
        const result = await updateSidecar(
          workspaceFs,
          paths,
          (current) => {
            const source = options.source === undefined ? current.source : (options.source ?? undefined);
            const { source: _previous, ...rest } = current;
            return { ...rest, ...(source !== undefined ? { source } : {}), annotations: [...change(current.annotations, current)] };
          },
          {
            ...(options.replacesPositions ? { allowStale: true } : {}),
            ...this.cacheOf(textUri),
          },
        );
        written = result.written;
        if (result.cache) this.verdicts.set(textUri.toString(), result.cache);
      } catch (error) {
        if (error instanceof InvalidFileError && error.file === paths.sidecar) {
          await this.load(textUri, false);
          return 'refused' as const;
        }
        if (error instanceof VerifyError) throw new Error(`The change was not saved: it would make the sidecar invalid (${error.reason}).`);
        if (error instanceof InvalidFileError) throw new Error(`The change was not saved: ${error.problems[0]?.message ?? 'the text file cannot be read'}.`);
        throw error;
      }
      return { state: await this.load(textUri, written), written };
    });
  }

  private async load(textUri: vscode.Uri, notify = true): Promise<SidecarState> {
    const sidecarUri = sidecarUriFor(textUri);
    // The shared loader: the CLI's limits, and a sidecar briefly absent while a writer replaces it is waited for.
    const file = await loadSidecarFile(workspaceFs, { text: pathOf(textUri), sidecar: pathOf(sidecarUri) }, this.cacheOf(textUri));
    const result = file.result;
    if (file.source !== undefined && file.textRaw !== undefined && file.textError === undefined)
      this.verdicts.set(textUri.toString(), { source: file.source, textRaw: file.textRaw, result });
    else this.verdicts.delete(textUri.toString());
    const state: SidecarState = file.exists
      ? {
          textUri,
          sidecarUri,
          exists: true,
          source: file.source,
          sidecar: result.sidecar,
          problems: result.problems,
          ...(result.stale ? { stale: result.stale } : {}),
        }
      : { textUri, sidecarUri, exists: false, source: undefined, sidecar: undefined, problems: [] };
    const previous = this.states.get(textUri.toString());
    this.states.set(textUri.toString(), state);
    if (notify || previous?.source !== state.source) this.changed.fire(state);
    return state;
  }

  private cacheOf(textUri: vscode.Uri): { cached?: SidecarCache } {
    const cached = this.verdicts.get(textUri.toString());
    return cached ? { cached } : {};
  }

  // One operation at a time per file, so a reload never interleaves with a write.
  private serialize<T>(textUri: vscode.Uri, operation: () => Promise<T>): Promise<T> {
    const key = textUri.toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(operation, operation);
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

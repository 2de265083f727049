/**
 * The annotations of every text file the user works with, loaded from their sidecars,
 * validated against the text, and written back atomically. The only place that reads
 * or writes sidecar files.
 */
import * as vscode from 'vscode';
import {
  Annotation,
  baseName,
  DocumentSource,
  hashText,
  loadSidecar,
  normalizeText,
  Problem,
  sameAnnotations,
  sameSource,
  serializeSidecar,
  Sidecar,
  SIDECAR_VERSION,
  sidecarNameFor,
} from '../core';
import { readText, writeTextAtomic } from '../util/fs';

const missingRetryMs = 150;

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
      const state = await this.load(textUri, false);
      const stale = options.replacesPositions ? state.stale : undefined;
      if (isInvalid(state) && !stale) return 'refused' as const;
      const base = state.sidecar ?? stale ?? (await this.emptySidecar(textUri));
      const annotations = change(base.annotations, base);
      const source = options.source === undefined ? base.source : (options.source ?? undefined);
      if (state.sidecar && sameAnnotations(base.annotations, annotations) && sameSource(base.source, source)) return { state, written: false };
      // The annotations are checked against the current text below, so that is what they were made against.
      const text = await readText(textUri);
      const textHash = text.kind === 'ok' ? hashText(normalizeText(text.raw)) : base.textHash;
      const { source: _previous, ...rest } = base;
      const next: Sidecar = { ...rest, textHash, ...(source !== undefined ? { source } : {}), annotations: [...annotations] };
      const content = serializeSidecar(next, state.source);
      if (content === state.source) return { state, written: false };
      // Last line of defence: never write a sidecar that would not load back cleanly.
      const check = loadSidecar(content, text.kind === 'ok' ? text.raw : undefined, { textFileName: baseName(textUri.path) });
      const error = check.problems.find((problem) => problem.severity === 'error');
      if (error) throw new Error(`The change was not saved: it would make the sidecar invalid (${error.message}).`);
      await writeTextAtomic(state.sidecarUri, content);
      return { state: await this.load(textUri), written: true };
    });
  }

  private async emptySidecar(textUri: vscode.Uri): Promise<Sidecar> {
    const text = await readText(textUri);
    const normalized = text.kind === 'ok' ? normalizeText(text.raw) : '';
    return { version: SIDECAR_VERSION, text: baseName(textUri.path), textHash: hashText(normalized), annotations: [] };
  }

  private async load(textUri: vscode.Uri, notify = true): Promise<SidecarState> {
    const sidecarUri = sidecarUriFor(textUri);
    let [sidecarFile, textFile] = await Promise.all([readText(sidecarUri), readText(textUri)]);
    if (sidecarFile.kind === 'missing' && this.states.get(textUri.toString())?.exists) {
      // A rename over an existing file may delete the target first: look again before
      // concluding that a sidecar we knew is gone.
      await new Promise((resolve) => setTimeout(resolve, missingRetryMs));
      sidecarFile = await readText(sidecarUri);
    }
    let state: SidecarState;
    if (sidecarFile.kind === 'missing') {
      state = { textUri, sidecarUri, exists: false, source: undefined, sidecar: undefined, problems: [] };
    } else if (sidecarFile.kind === 'error') {
      const problem: Problem = { severity: 'error', code: 'unreadable', message: `cannot read the sidecar: ${sidecarFile.message}`, line: 0, column: 0, endLine: 0, endColumn: 0 };
      state = { textUri, sidecarUri, exists: true, source: undefined, sidecar: undefined, problems: [problem] };
    } else {
      const textRaw = textFile.kind === 'ok' ? textFile.raw : undefined;
      const result = loadSidecar(sidecarFile.raw, textRaw, { textFileName: baseName(textUri.path) });
      state = { textUri, sidecarUri, exists: true, source: sidecarFile.raw, sidecar: result.sidecar, problems: result.problems, ...(result.stale ? { stale: result.stale } : {}) };
    }
    const previous = this.states.get(textUri.toString());
    this.states.set(textUri.toString(), state);
    if (notify || previous?.source !== state.source) this.changed.fire(state);
    return state;
  }

  // One operation at a time per file, so a reload never interleaves with a write.
  private serialize<T>(textUri: vscode.Uri, operation: () => Promise<T>): Promise<T> {
    const key = textUri.toString();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(operation, operation);
    this.queues.set(key, next.catch(() => undefined));
    return next;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

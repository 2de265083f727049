/**
 * Every change to a file's annotations goes through here: one sidecar write per change,
 * refused while the sidecar is invalid, and undoable with Transcript Annotator: Undo/Redo.
 */
import * as vscode from 'vscode';
import { Annotation, DocumentSource, sameAnnotations, sameSource } from '../core';
import { RefusedError, type Refusal, type TellRefusal } from '../refusal/refusal';
import { isInvalid, SidecarStore, UpdateOptions } from '../sidecar/store';

const historyLimit = 100;

/** One step back: the annotations, and the document source when the step changed it (null: there was none). */
interface Step {
  readonly label: string;
  readonly annotations: readonly Annotation[];
  readonly source?: DocumentSource | null;
}

interface History {
  readonly undo: Step[];
  readonly redo: Step[];
}

export class Annotator {
  private readonly histories = new Map<string, History>();

  constructor(
    private readonly store: SidecarStore,
    private readonly tell: TellRefusal,
  ) {}

  /**
   * Applies `change` as one undoable step and writes the sidecar. Returns the annotations
   * after the change, or throws RefusedError (after telling the user) when the sidecar is invalid.
   */
  async change(
    textUri: vscode.Uri,
    label: string,
    change: (annotations: readonly Annotation[]) => readonly Annotation[],
    options: UpdateOptions = {},
  ): Promise<readonly Annotation[]> {
    let before: readonly Annotation[] = [];
    let sourceBefore: DocumentSource | undefined;
    const result = await this.store.update(
      textUri,
      (annotations, sidecar) => {
        before = annotations;
        sourceBefore = sidecar.source;
        return change(annotations);
      },
      options,
    );
    if (result === 'refused') {
      return this.refuse(textUri);
    }
    const after = result.state.sidecar?.annotations ?? [];
    const sourceChanged = options.source !== undefined && !sameSource(sourceBefore, result.state.sidecar?.source);
    if (result.written && (!sameAnnotations(before, after) || sourceChanged)) {
      const history = this.history(textUri);
      history.undo.push({ label, annotations: before, ...(sourceChanged ? { source: sourceBefore ?? null } : {}) });
      if (history.undo.length > historyLimit) history.undo.shift();
      history.redo.length = 0;
    }
    return after;
  }

  /** Restores the annotation set before the last change; returns its label, if any. */
  undo(textUri: vscode.Uri): Promise<string | undefined> {
    return this.travel(textUri, 'undo', 'redo');
  }

  redo(textUri: vscode.Uri): Promise<string | undefined> {
    return this.travel(textUri, 'redo', 'undo');
  }

  private async travel(textUri: vscode.Uri, from: keyof History, to: keyof History): Promise<string | undefined> {
    const history = this.history(textUri);
    const step = history[from].pop();
    if (!step) return undefined;
    let current: readonly Annotation[] = [];
    let currentSource: DocumentSource | undefined;
    const result = await this.store.update(
      textUri,
      (annotations, sidecar) => {
        current = annotations;
        currentSource = sidecar.source;
        return step.annotations;
      },
      step.source !== undefined ? { source: step.source } : {},
    );
    if (result === 'refused') {
      history[from].push(step);
      return this.refuse(textUri);
    }
    history[to].push({ label: step.label, annotations: current, ...(step.source !== undefined ? { source: currentSource ?? null } : {}) });
    return step.label;
  }

  private history(textUri: vscode.Uri): History {
    const key = textUri.toString();
    let history = this.histories.get(key);
    if (!history) this.histories.set(key, (history = { undo: [], redo: [] }));
    return history;
  }

  /** Tells the user once why the change was not written, and ends the command quietly. */
  private async refuse(textUri: vscode.Uri): Promise<never> {
    const state = await this.store.get(textUri);
    const refusal: Refusal = { reason: 'invalid-sidecar', textUri: state.textUri, sidecarUri: state.sidecarUri, problems: state.problems };
    if (isInvalid(state)) this.tell(refusal);
    throw new RefusedError(refusal);
  }
}

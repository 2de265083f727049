/**
 * Which annotations a review command acts on: the one named by its argument
 * (`{ uri, id }`, as hover links, tree items and tests pass), else those under the cursor of
 * the active editor, asking which when several overlap there.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { Annotation } from '../core';
import { spansAtPosition } from '../decorations/spans';
import { Services } from '../services';
import { UserError } from '../util/userError';

/** The argument object of the review commands; both fields optional. */
export interface AnnotationArgument {
  readonly uri?: string;
  readonly id?: string;
}

export interface Target {
  readonly textUri: vscode.Uri;
  readonly annotations: readonly Annotation[];
}

export function parseArgument(argument: unknown): AnnotationArgument {
  if (typeof argument !== 'object' || argument === null) return {};
  const { uri, id } = argument as Record<string, unknown>;
  return { ...(typeof uri === 'string' ? { uri } : {}), ...(typeof id === 'string' ? { id } : {}) };
}

/** The annotations to act on, or undefined when there are none (the user has been told) or the pick was cancelled. */
export async function resolveTarget(services: Services, argument: unknown, verb: string): Promise<Target | undefined> {
  const { uri, id } = parseArgument(argument);
  const editor = vscode.window.activeTextEditor;
  const textUri = uri ? vscode.Uri.parse(uri) : editor?.document.uri;
  if (!textUri) throw new UserError(`Open a transcript to ${verb} its annotations.`);
  if (id) {
    const state = await services.store.get(textUri);
    const annotation = state.sidecar?.annotations.find((candidate) => candidate.id === id);
    if (!annotation) throw new UserError(`${vscode.workspace.asRelativePath(textUri)} has no annotation ${id}.`);
    return { textUri, annotations: [annotation] };
  }
  if (!editor || editor.document.uri.toString() !== textUri.toString())
    throw new UserError(`Open ${vscode.workspace.asRelativePath(textUri)} to ${verb} an annotation.`);
  const here = annotationsUnderCursor(services, editor);
  if (here.length === 0) {
    void vscode.window.showInformationMessage(`There is no annotation under the cursor to ${verb}.`);
    return undefined;
  }
  const picked = here.length === 1 ? here : await pickAnnotations(here, verb);
  return picked ? { textUri, annotations: picked } : undefined;
}

/** The annotations at the cursor where they are drawn now (live positions while edited), innermost first. */
export function annotationsUnderCursor(services: Services, editor: vscode.TextEditor): Annotation[] {
  return spansAtPosition(services.store, editor.document, editor.selection.active).map((span) => span.annotation);
}

async function pickAnnotations(candidates: readonly Annotation[], verb: string): Promise<readonly Annotation[] | undefined> {
  type Item = vscode.QuickPickItem & { annotations: readonly Annotation[] };
  const items: Item[] = candidates.map((annotation) => ({
    label: annotation.quote.length > 70 ? `${annotation.quote.slice(0, 69)}…` : annotation.quote,
    description: `${annotation.kind} · ${annotation.status}`,
    annotations: [annotation],
  }));
  items.push({ label: `All ${candidates.length} annotations here`, annotations: candidates });
  const choice = await showQuickPick(items, { placeHolder: `Several annotations overlap here: which one to ${verb}?` });
  return choice?.annotations;
}

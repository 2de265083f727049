/**
 * Review Suggestions: one suggestion at a time, from the keyboard. The flow selects the
 * next suggestion still proposed; while it runs, Alt+A accepts it, Alt+R rejects it and
 * Alt+N skips it (each moving on to the next), and Escape stops. Every verdict is its own
 * undoable change, so a mistake is one Undo Annotation Change away.
 */
import * as vscode from 'vscode';
import { isSuggested } from '../core/suggest';
import { canonicalOf, learnAliases } from './aliases';
import { spansOf, type Span } from '../decorations/spans';
import { objectArg, textUriArg } from '../registry/args';
import { Services } from '../services';
import { contextKeys } from '../ids';

const CONTEXT = contextKeys.reviewingSuggestions;

/** What the review commands return: the suggestion now selected and how many are left. */
export interface ReviewStep {
  /** The suggestion just settled, if any. */
  readonly settled?: string;
  /** The suggestion now selected, absent when none is left. */
  readonly current?: string;
  readonly remaining: number;
}

let reviewing: { uri: string; current?: string } | undefined;
let message: vscode.Disposable | undefined;

function openSuggestions(services: Services, document: vscode.TextDocument): Span[] {
  return spansOf(services.store, document).filter((span) => isSuggested(span.annotation) && span.annotation.status === 'proposed');
}

async function setReviewing(value: typeof reviewing): Promise<void> {
  reviewing = value;
  await vscode.commands.executeCommand('setContext', CONTEXT, value !== undefined);
}

/** Document order of suggestions: by start, then end (an entity inside a claim that starts with it comes first). */
function compare(a: vscode.Range, b: vscode.Range): number {
  return a.start.compareTo(b.start) || a.end.compareTo(b.end);
}

/** Selects the first open suggestion after `after` (at or after it when `inclusive`; wrapping), or stops when none is left. */
async function show(services: Services, editor: vscode.TextEditor, after: vscode.Range, settled?: string, inclusive = false): Promise<ReviewStep> {
  const open = openSuggestions(services, editor.document);
  message?.dispose();
  const name = vscode.workspace.asRelativePath(editor.document.uri);
  const next = open.find((span) => (inclusive ? span.range.start.isAfterOrEqual(after.start) : compare(span.range, after) > 0)) ?? open[0];
  if (next === undefined) {
    await setReviewing(undefined);
    message = vscode.window.setStatusBarMessage(`$(check) No suggestions left to review in ${name}`, 4000);
    return { ...(settled ? { settled } : {}), remaining: 0 };
  }
  editor.selection = new vscode.Selection(next.range.end, next.range.start);
  editor.revealRange(next.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await setReviewing({ uri: editor.document.uri.toString(), current: next.annotation.id });
  const a = next.annotation;
  const what = a.kind === 'entity' ? `${a.type} entity` : a.kind === 'claim' ? `claim${a.claimType ? ` (${a.claimType})` : ''}` : 'speaker';
  message = vscode.window.setStatusBarMessage(
    `Suggestion ${open.indexOf(next) + 1} of ${open.length}: ${what} — Alt+A accept, Alt+R reject, Alt+N skip, Esc stop`,
  );
  return { ...(settled ? { settled } : {}), current: a.id, remaining: open.length };
}

async function editorFor(services: Services, raw: unknown): Promise<vscode.TextEditor> {
  const args = objectArg(raw);
  const uri = textUriArg(args, 'review suggestions in');
  const active = vscode.window.activeTextEditor;
  if (active?.document.uri.toString() === uri.toString()) return active;
  return vscode.window.showTextDocument(uri);
}

/** Review Suggestions (`{ uri? }`): starts the flow at the cursor. */
export async function reviewSuggestions(services: Services, raw: unknown): Promise<ReviewStep> {
  const editor = await editorFor(services, raw);
  await services.store.reload(editor.document.uri);
  return show(services, editor, editor.selection, undefined, true);
}

/** Accept / Reject the selected suggestion and move on; Skip moves on without a verdict. */
export async function stepSuggestion(services: Services, verdict: 'accepted' | 'rejected' | 'skip'): Promise<ReviewStep> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !reviewing || reviewing.uri !== editor.document.uri.toString()) {
    await setReviewing(undefined);
    throw new Error('Run "Review Suggestions" first: no review is under way in this editor.');
  }
  const id = reviewing.current;
  const span = openSuggestions(services, editor.document).find((s) => s.annotation.id === id);
  if (verdict === 'skip' || !span) return show(services, editor, span?.range ?? editor.selection);
  const modified = new Date().toISOString();
  const canonical = verdict === 'accepted' ? canonicalOf(span.annotation) : undefined;
  const changed = await services.annotator.change(editor.document.uri, verdict === 'accepted' ? 'Accept suggestion' : 'Reject suggestion', (current) =>
    current.map((annotation) =>
      annotation.id === id ? { ...annotation, status: verdict, modified, ...(canonical ? { entity: canonical.id } : {}) } : annotation,
    ),
  );
  if (canonical)
    await learnAliases(
      services,
      editor.document.uri,
      changed.filter((a) => a.id === id),
    );
  return show(services, editor, span.range, id);
}

/** Stops the flow (Escape). */
export async function stopReview(): Promise<void> {
  message?.dispose();
  await setReviewing(undefined);
}

/** Stops the flow when the user turns to another document. */
export function watchReview(): vscode.Disposable {
  return vscode.window.onDidChangeActiveTextEditor((editor) => {
    if (reviewing && editor?.document.uri.toString() !== reviewing.uri) void stopReview();
  });
}

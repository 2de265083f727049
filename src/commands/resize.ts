/**
 * Resize Annotation to Selection (`{ id?, uri? }`) and the keys that grow or shrink the
 * annotation under the cursor by a word at either end. Each resize is one undoable change;
 * the annotation keeps its id, fields and review status, and gets the new quote and context.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { Annotation, contextAround } from '../core';
import { SpanEdge, SpanStep, stepSpan } from '../core/annotate';
import { ensureSaved, parseArgs, targetEditor } from '../annotate/args';
import { documentTexts, DocumentTexts, targetsOf } from '../annotate/targets';
import { spansOf } from '../decorations/spans';
import { Services } from '../services';
import { UserError } from '../util/userError';
import { annotationsUnderCursor } from '../review/target';

export async function resizeAnnotation(services: Services, rawArgs: unknown): Promise<string | undefined> {
  const args = parseArgs(rawArgs);
  const editor = await targetEditor(args);
  const { document } = editor;
  if (!(await ensureSaved(document, args === undefined, 'resize an annotation'))) return undefined;
  const texts = documentTexts(document);
  const [target] = targetsOf(editor, texts, 'word');
  if (!target || editor.selection.isEmpty) throw new UserError('Select the text the annotation should cover, then run Resize Annotation to Selection.');
  const annotations = (await services.store.reload(document.uri)).sidecar?.annotations ?? [];
  let annotation: Annotation | undefined;
  if (args?.id) {
    annotation = annotations.find((candidate) => candidate.id === args.id && !candidate.orphaned);
    if (!annotation) throw new UserError(`No annotation with id ${args.id} is drawn in ${vscode.workspace.asRelativePath(document.uri)}.`);
  } else {
    // The annotations the selection overlaps, innermost (shortest) first.
    const overlapping = spansOf(services.store, document)
      .filter((span) => span.range.intersection(editor.selection) !== undefined && !span.range.intersection(editor.selection)?.isEmpty)
      .sort((a, b) => a.annotation.end - a.annotation.start - (b.annotation.end - b.annotation.start))
      .map((span) => span.annotation);
    if (overlapping.length === 0) throw new UserError('The selection overlaps no annotation: select from inside the annotation to its new extent.');
    annotation = overlapping.length === 1 ? overlapping[0] : await pick(overlapping);
    if (!annotation) return undefined;
  }
  await moveSpan(services, document.uri, texts, annotation, target.start, target.end);
  return annotation.id;
}

/** The key commands: one word more or less at the start or end of the annotation under the cursor. */
export async function stepAnnotation(services: Services, edge: SpanEdge, step: SpanStep): Promise<string | undefined> {
  const editor = await targetEditor(undefined);
  const { document } = editor;
  if (!(await ensureSaved(document, true, 'resize an annotation'))) return undefined;
  const [here] = annotationsUnderCursor(services, editor);
  if (!here) throw new UserError(`Put the cursor on an annotation to ${step} it.`);
  const texts = documentTexts(document);
  const span = stepSpan(Array.from(texts.text.text), here, edge, step);
  if (!span) {
    vscode.window.setStatusBarMessage(step === 'grow' ? 'The annotation already reaches the edge of the text' : 'The annotation is down to one word', 3000);
    return undefined;
  }
  await moveSpan(services, document.uri, texts, here, span.start, span.end);
  // Keep the cursor on the annotation, so the key can be pressed again.
  const start = document.positionAt(texts.map.toUtf16(span.start));
  const end = document.positionAt(texts.map.toUtf16(span.end));
  if (!new vscode.Range(start, end).contains(editor.selection.active) || editor.selection.active.isEqual(end))
    editor.selection = new vscode.Selection(start, start);
  return here.id;
}

async function moveSpan(services: Services, uri: vscode.Uri, texts: DocumentTexts, annotation: Annotation, start: number, end: number): Promise<void> {
  if (annotation.start === start && annotation.end === end) return;
  const quote = texts.text.slice(start, end);
  const { prefix, suffix } = contextAround(texts.text, start, end);
  await services.annotator.change(uri, `Resize ${annotation.kind}`, (current) =>
    current.map((a) => {
      if (a.id !== annotation.id) return a;
      const { prefix: _p, suffix: _s, ...rest } = a;
      return { ...rest, start, end, quote, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}), modified: new Date().toISOString() };
    }),
  );
}

async function pick(candidates: readonly Annotation[]): Promise<Annotation | undefined> {
  const items = candidates.map((annotation) => ({ label: annotation.quote, description: annotation.kind, annotation }));
  return (await showQuickPick(items, { title: 'Several annotations overlap the selection: which one to resize?' }))?.annotation;
}

/** The annotation a command acts on: by id, or the one under the cursor (a pick when several overlap). */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { Annotation } from '../core';
import { Services } from '../services';
import { AnnotationArgs, targetEditor } from './args';
import { annotationsUnderCursor } from '../review/target';
import { UserError } from '../util/userError';

export interface Chosen {
  readonly uri: vscode.Uri;
  readonly annotation: Annotation;
}

export async function chooseAnnotation(services: Services, args: AnnotationArgs | undefined, verb: string): Promise<Chosen | undefined> {
  if (args?.id) {
    const uri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) throw new UserError('Say which file the annotation belongs to ("uri").');
    const annotation = (await services.store.reload(uri)).sidecar?.annotations.find((candidate) => candidate.id === args.id);
    if (!annotation) throw new UserError(`No annotation with id ${args.id} in ${vscode.workspace.asRelativePath(uri)}.`);
    return { uri, annotation };
  }
  const editor = await targetEditor(args);
  const here = annotationsUnderCursor(services, editor);
  if (here.length === 0) throw new UserError(`There is no annotation under the cursor to ${verb}.`);
  if (here.length === 1) return { uri: editor.document.uri, annotation: here[0] as Annotation };
  const picked = await showQuickPick(
    here.map((annotation) => ({ label: `${annotation.kind}: ${annotation.quote}`, description: annotation.status, annotation })),
    { title: `Which annotation to ${verb}?` },
  );
  return picked ? { uri: editor.document.uri, annotation: picked.annotation } : undefined;
}

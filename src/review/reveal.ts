/**
 * Reveal Annotation (`{ uri, id }`, what the Annotations view runs on click): selects the
 * annotation in its text, or shows its sidecar entry when it is orphaned and has no text.
 */
import * as vscode from 'vscode';
import { rangeOf } from '../decorations/spans';
import { Services } from '../services';
import { sidecarUriFor } from '../sidecar/store';
import { selectSpan } from './navigate';
import { sidecarEntries } from '../core/sidecar/entries';
import { parseArgument } from './target';
import { UserError } from '../util/userError';

export async function revealAnnotation(services: Services, argument: unknown): Promise<void> {
  const { uri, id } = parseArgument(argument);
  if (!uri || !id) throw new UserError('Reveal Annotation needs the uri and id of an annotation.');
  const textUri = vscode.Uri.parse(uri);
  const state = await services.store.get(textUri);
  const annotation = state.sidecar?.annotations.find((candidate) => candidate.id === id);
  if (!annotation) throw new UserError(`${vscode.workspace.asRelativePath(textUri)} has no annotation ${id}.`);
  if (annotation.orphaned) {
    await showSidecarEntry(textUri, id);
    return;
  }
  const editor = await vscode.window.showTextDocument(textUri, { preserveFocus: false });
  selectSpan(editor, { annotation, range: rangeOf(editor.document, annotation) });
}

/** Opens the sidecar of `textUri` with the cursor on the entry of annotation `id` (top if absent). */
export async function showSidecarEntry(textUri: vscode.Uri, id: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(sidecarUriFor(textUri));
  // The open document, not the file: unsaved edits may have moved the entry.
  const entry = sidecarEntries(document.getText()).find((candidate) => candidate.id === id);
  const position = document.positionAt(entry?.start ?? 0);
  const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

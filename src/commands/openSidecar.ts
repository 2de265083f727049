/**
 * "Open Sidecar": the sidecar of the active (or given) text file, at the given annotation's
 * entry, else at its first problem when it has any, else at the top.
 */
import * as vscode from 'vscode';
import { showSidecarEntry } from '../review/reveal';
import { parseArgument } from '../review/target';
import { Services } from '../services';
import { showFileAt } from '../refusal/show';
import { sidecarUriFor } from '../sidecar/store';
import { UserError } from '../util/userError';

function textUriFrom(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  if (typeof argument === 'string') return vscode.Uri.parse(argument);
  const { uri } = parseArgument(argument);
  return uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
}

/** Takes a text uri (Uri or string), or `{ uri, id }` to open at that annotation's entry. */
export async function openSidecar(services: Services, argument: unknown): Promise<void> {
  const textUri = textUriFrom(argument);
  if (!textUri) throw new UserError('Open a text file first.');
  const state = await services.store.get(textUri);
  if (!state.exists) {
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(textUri)} has no annotations yet.`);
    return;
  }
  const { id } = parseArgument(argument);
  if (id) await showSidecarEntry(textUri, id);
  else await showFileAt(sidecarUriFor(textUri), state.problems);
}

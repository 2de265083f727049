/** "Annotate This File": treat a plain text file as a transcript without creating a sidecar. */
import * as vscode from 'vscode';
import { baseName } from '../core';
import { languageId } from '../ids';
import { Services } from '../services';
import { TranscriptAssociation } from './association';
import { UserError } from '../util/userError';

// The command table hands handlers only the Services, so the association registered for
// them is found here rather than widening Services for one command.
const associations = new WeakMap<Services, TranscriptAssociation>();

export function bindAssociation(services: Services, association: TranscriptAssociation): vscode.Disposable {
  associations.set(services, association);
  return new vscode.Disposable(() => associations.delete(services));
}

/** Switches the given (or active) plain text document to the transcript language. */
export async function annotateFile(services: Services, argument?: unknown): Promise<void> {
  const association = associations.get(services);
  if (!association) throw new UserError('The transcript language is not ready yet.');
  const document = argument instanceof vscode.Uri ? await vscode.workspace.openTextDocument(argument) : vscode.window.activeTextEditor?.document;
  if (!document) throw new UserError('Open a plain text file first.');
  if (document.languageId !== 'plaintext' && document.languageId !== languageId) {
    throw new UserError(`${baseName(document.uri.path)} is not a plain text file, so it cannot be annotated as a transcript.`);
  }
  await association.annotate(document);
}

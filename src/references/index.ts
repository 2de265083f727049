/** Cross-file features of canonical entities: Go to References on a tagged mention. */
import * as vscode from 'vscode';
import { languageId } from '../ids';
import { Services } from '../services';
import { EntityReferenceProvider } from './referenceProvider';

export function registerReferences(services: Services): vscode.Disposable[] {
  // Plain text too, like the hover cards: a .txt switched back to plain text keeps its annotations.
  const texts: vscode.DocumentSelector = [{ language: languageId }, { language: 'plaintext' }];
  return [vscode.languages.registerReferenceProvider(texts, new EntityReferenceProvider(services.store, services.index))];
}

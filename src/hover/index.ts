/** Hover cards: on annotated text, and on annotation entries in sidecars. */
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core';
import { languageId } from '../ids';
import { SidecarStore } from '../sidecar/store';
import { AnnotationHoverProvider, EntityNames } from './annotationHover';
import { SidecarEntryHoverProvider } from './sidecarHover';

export function registerHovers(store: SidecarStore, names?: EntityNames): vscode.Disposable[] {
  // Plain text too: a .txt with a sidecar the user switched back to plain text keeps its cards.
  const texts: vscode.DocumentSelector = [{ language: languageId }, { language: 'plaintext' }];
  const sidecars: vscode.DocumentSelector = { pattern: `**/*${SIDECAR_SUFFIX}` };
  return [
    vscode.languages.registerHoverProvider(texts, new AnnotationHoverProvider(store, names)),
    vscode.languages.registerHoverProvider(sidecars, new SidecarEntryHoverProvider(store)),
  ];
}

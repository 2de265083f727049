/** Gathering the documents to export: one file, or every sidecar of the workspace. */
import * as vscode from 'vscode';
import { Annotation, SIDECAR_SUFFIX, textNameForSidecar } from '../core';
import type { ExportDocument } from '../core/exchange';
import { readText } from '../util/fs';
import { SidecarStore } from '../sidecar/store';

export interface Collected {
  readonly documents: ExportDocument[];
  /** Files skipped, with why (an invalid sidecar, an unreadable text). */
  readonly skipped: string[];
  /** The text files of `documents`, in the same order. */
  readonly uris: vscode.Uri[];
}

/** The document's path as exporters name it: relative to its workspace folder, `/`-separated. */
function exportPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
}

export async function collectDocuments(
  store: SidecarStore,
  textUris: readonly vscode.Uri[],
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
  token?: vscode.CancellationToken,
  /** The registry name of a canonical entity, for the human-readable formats. */
  nameOf?: (entity: string, uri: vscode.Uri) => string | undefined,
): Promise<Collected | undefined> {
  const documents: ExportDocument[] = [];
  const skipped: string[] = [];
  const uris: vscode.Uri[] = [];
  for (const uri of textUris) {
    if (token?.isCancellationRequested) return undefined;
    progress?.report({ message: exportPath(uri), increment: 100 / textUris.length });
    const state = await store.reload(uri);
    if (!state.sidecar) {
      if (state.exists) skipped.push(`${exportPath(uri)}: its sidecar has errors`);
      continue;
    }
    const text = await readText(uri);
    if (text.kind !== 'ok') {
      skipped.push(`${exportPath(uri)}: ${text.kind === 'missing' ? 'the text file is missing' : text.message}`);
      continue;
    }
    documents.push({
      path: exportPath(uri),
      text: text.raw,
      sidecar: state.sidecar,
      ...(nameOf ? { entityNames: entityNamesOf(state.sidecar.annotations, (entity) => nameOf(entity, uri)) } : {}),
    });
    uris.push(uri);
  }
  return { documents, skipped, uris };
}

/** The text files of every sidecar in the workspace, in path order. */
export async function workspaceTextFiles(): Promise<vscode.Uri[]> {
  const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
  return sidecars
    .map((uri) => textNameForSidecar(uri.path))
    .filter((path): path is string => path !== undefined)
    .map((path) => sidecars[0]!.with({ path }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function entityNamesOf(annotations: readonly Annotation[], nameOf: (entity: string) => string | undefined): Record<string, string> {
  const names: Record<string, string> = {};
  for (const annotation of annotations) {
    if (annotation.kind !== 'entity' || !annotation.entity || Object.hasOwn(names, annotation.entity)) continue;
    const name = nameOf(annotation.entity);
    if (name !== undefined) names[annotation.entity] = name;
  }
  return names;
}

/**
 * Go to References on a tagged entity mention: every mention of its canonical entity in the
 * workspace, from the index. Rejected mentions are left out (a reviewer said "not this
 * entity"), as are orphaned ones, whose text is gone.
 */
import * as vscode from 'vscode';
import { Annotation } from '../core';
import { spansAtPosition } from '../decorations/spans';
import { SidecarStore } from '../sidecar/store';
import { locationsIn } from './locations';
import { IndexedWorkspace } from './workspaceIndex';

export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly store: SidecarStore,
    private readonly workspace: IndexedWorkspace,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    _context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    const entity = entityAt(this.store, document, position);
    if (!entity) return undefined;
    const byKey = new Map<string, Annotation[]>();
    for (const { key, annotation } of this.workspace.index.mentionsOf(entity)) {
      if (annotation.status === 'rejected') continue;
      byKey.set(key, [...(byKey.get(key) ?? []), annotation]);
    }
    const locations: vscode.Location[] = [];
    for (const [key, annotations] of byKey) {
      if (token.isCancellationRequested) return undefined;
      locations.push(...(await locationsIn(this.store, this.workspace.uriOf(key), annotations)));
    }
    return locations;
  }
}

/** The canonical entity of the innermost linked entity or speaker annotation at `position`. */
export function entityAt(store: SidecarStore, document: vscode.TextDocument, position: vscode.Position): string | undefined {
  for (const { annotation } of spansAtPosition(store, document, position)) {
    // A speaker label linked to a person finds that person's mentions too.
    if (annotation.kind !== 'claim' && annotation.entity && annotation.status !== 'rejected') return annotation.entity;
  }
  return undefined;
}

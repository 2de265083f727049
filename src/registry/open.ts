/**
 * Opening the entity registry: at its first error when it has one (what the refusal message
 * offers), or at an entity's entry. "Open Entity Registry" creates an empty one on first use,
 * so there is always somewhere to write aliases and notes by hand.
 */
import * as vscode from 'vscode';
import { emptyRegistry, writeRegistry } from '../core/registry';
import { Services } from '../services';
import { pathOf, workspaceFs } from '../util/workspaceFs';
import { objectArg, optionalString } from './args';
import type { RegistryState } from './store';
import { UserError } from '../util/userError';

/** Opens the registry with the cursor on its first error, else on the entry of `entityId`, else at the top. */
export async function showRegistryAt(state: RegistryState, entityId?: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(state.uri);
  const first = state.problems.find((problem) => problem.severity === 'error');
  let position = new vscode.Position(first?.line ?? 0, first?.column ?? 0);
  if (!first && entityId) {
    const at = document.getText().search(new RegExp(`^\\s*-\\s+id:\\s*["']?${entityId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`, 'm'));
    if (at >= 0) position = document.positionAt(at);
  }
  return vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}

/** `transcriptAnnotator.openRegistry { uri?, entity? }`: returns the registry's URI. */
export async function openRegistry(services: Services, raw: unknown): Promise<string> {
  const args = objectArg(raw);
  const uri = optionalString(args, 'uri');
  const folder = services.registry.folderOf(uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri);
  if (!folder) throw new UserError('Open a folder first: the entity registry lives at the root of a workspace folder.');
  let state = await services.registry.reload(folder);
  if (!state.exists) {
    // Created only if still absent: never over a registry another writer just made.
    await workspaceFs.createExclusive(pathOf(state.uri), new TextEncoder().encode(writeRegistry(emptyRegistry())));
    state = await services.registry.reload(folder);
  }
  await showRegistryAt(state, optionalString(args, 'entity'));
  return state.uri.toString();
}

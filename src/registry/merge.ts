/**
 * Merge Entities (`{ from, into }`): two canonical entities found to be the same. Every
 * mention of `from` in every sidecar of the folder is pointed at `into` (one undoable change
 * per file, through the annotator), then the registry folds `from`'s names into `into`'s
 * aliases. Nothing is written when the registry, or a sidecar that may mention `from`, is
 * invalid: a merge that stopped halfway would leave mentions of an entity that is gone.
 */
import * as vscode from 'vscode';
import { counted, linkedEntity, SIDECAR_SUFFIX, textNameForSidecar } from '../core';
import { mergeEntities, rewriteEntityRefs } from '../core/registry';
import { Services } from '../services';
import { objectArg, optionalString } from './args';
import { pickEntity, resolveEntityArg, ResolvedEntity } from './resolve';
import { registryTarget } from './target';
import { UserError } from '../util/userError';

export interface MergeOutcome {
  readonly from: string;
  readonly into: string;
  /** The text files whose sidecars were rewritten (URI strings). */
  readonly files: string[];
  readonly mentions: number;
}

export async function mergeEntitiesCommand(services: Services, raw: unknown): Promise<MergeOutcome | undefined> {
  const args = objectArg(raw);
  const uri = optionalString(args, 'uri');
  const { folder, registry } = await registryTarget(services, uri ? vscode.Uri.parse(uri) : undefined);
  const [fromArg, intoArg] = [optionalString(args, 'from'), optionalString(args, 'into')];
  const from = fromArg ? resolveEntityArg(services, registry, fromArg) : await pickEntity(services, registry, 'Merge which entity (it goes away)?');
  if (!from) return undefined;
  const into = intoArg
    ? resolveEntityArg(services, registry, intoArg)
    : await pickEntity(services, registry, `Merge ${from.name} into which entity (it stays)?`, from.id);
  if (!into) return undefined;
  // Checked before any file is touched: an impossible merge (into itself, too many aliases) throws here.
  mergeEntities(registry, new Map(), from.id, into.id);

  const affected = await sidecarsMentioning(services, folder, from.id);
  if (!fromArg || !intoArg) {
    const mentions = affected.reduce((sum, file) => sum + file.mentions, 0);
    const answer = await vscode.window.showWarningMessage(
      `Merge ${from.name} into ${into.name}? ${counted(mentions, 'mention')} in ${counted(affected.length, 'file')} will point to ${into.name}, and ${from.name} leaves the registry.`,
      { modal: true },
      'Merge',
    );
    if (answer !== 'Merge') return undefined;
  }
  const files: string[] = [];
  let mentions = 0;
  for (const { textUri } of affected) {
    let changed = 0;
    await services.annotator.change(textUri, `Merge ${from.id} into ${into.id}`, (current) => {
      changed = current.filter((a) => linkedEntity(a) === from.id).length;
      return rewriteEntityRefs({ version: 1, text: '', textHash: '', annotations: [...current] }, from.id, into.id).annotations;
    });
    if (changed > 0) files.push(textUri.toString());
    mentions += changed;
  }
  await services.registry.update(folder, (current) => mergeEntities(current, new Map(), from.id, into.id).registry);
  void vscode.window.showInformationMessage(
    `Merged ${describe(from)} into ${describe(into)}: ${counted(mentions, 'mention')} in ${counted(files.length, 'file')} now point to ${into.name}.`,
  );
  return { from: from.id, into: into.id, files, mentions };
}

function describe(entity: ResolvedEntity): string {
  return `${entity.name} (${entity.id})`;
}

/**
 * Every text file of the folder whose sidecar mentions `entityId` (orphaned mentions too: they
 * may come back). Refuses when an invalid sidecar's text names the id, since it cannot be fixed.
 */
async function sidecarsMentioning(
  services: Services,
  folder: vscode.WorkspaceFolder,
  entityId: string,
): Promise<Array<{ textUri: vscode.Uri; mentions: number }>> {
  const sidecars = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/*${SIDECAR_SUFFIX}`), '**/node_modules/**');
  const found: Array<{ textUri: vscode.Uri; mentions: number }> = [];
  const blocked: string[] = [];
  for (const sidecarUri of sidecars.sort((a, b) => a.path.localeCompare(b.path))) {
    const textPath = textNameForSidecar(sidecarUri.path);
    if (!textPath) continue;
    const state = await services.store.reload(sidecarUri.with({ path: textPath }));
    if (!state.sidecar) {
      if (state.exists && (state.source ?? '').includes(entityId)) blocked.push(vscode.workspace.asRelativePath(state.sidecarUri));
      continue;
    }
    const mentions = state.sidecar.annotations.filter((a) => linkedEntity(a) === entityId).length;
    if (mentions > 0) found.push({ textUri: state.textUri, mentions });
  }
  if (blocked.length > 0)
    throw new UserError(
      `Nothing was merged: fix ${blocked.join(', ')} first, since ${blocked.length === 1 ? 'it has' : 'they have'} errors and may mention ${entityId}.`,
    );
  return found;
}

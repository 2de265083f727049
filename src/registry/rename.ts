/**
 * Rename Entity (`{ entity, name, keepOldName? }`): gives a canonical entity a new display
 * name in the registry. Sidecars refer to entities by id, and ids never change, so every
 * mention in every file follows the new name without a single sidecar being rewritten.
 */
import * as vscode from 'vscode';
import { showInputBox } from '../util/prompt';
import { cleanName, findEntity, renameEntity } from '../core/registry';
import { Services } from '../services';
import { objectArg, optionalBoolean, optionalString } from './args';
import { pickEntity, resolveEntityArg, withEntity } from './resolve';
import { registryTarget } from './target';

export interface RenameOutcome {
  readonly id: string;
  readonly name: string;
}

export async function renameEntityCommand(services: Services, raw: unknown): Promise<RenameOutcome | undefined> {
  const args = objectArg(raw);
  const uri = optionalString(args, 'uri');
  const { folder, registry } = await registryTarget(services, uri ? vscode.Uri.parse(uri) : undefined);
  const given = optionalString(args, 'entity');
  const entity = given ? resolveEntityArg(services, registry, given) : await pickEntity(services, registry, 'Rename which entity?');
  if (!entity) return undefined;
  const newName =
    optionalString(args, 'name') ??
    (await showInputBox({
      title: `Rename ${entity.name}`,
      value: entity.name,
      prompt: `The display name of ${entity.name}; its id (${entity.id}), and so every mention, stays`,
      validateInput: (value) => (value.trim() === '' ? 'A name cannot be empty.' : undefined),
    }));
  if (newName === undefined) return undefined;
  const name = cleanName(newName);
  const keepOldName = optionalBoolean(args, 'keepOldName') ?? false;
  await services.registry.update(folder, (current) => {
    const listed = findEntity(current, entity.id) ? current : withEntity(current, entity);
    return renameEntity(listed, entity.id, name, { keepOldName });
  });
  vscode.window.setStatusBarMessage(`$(check) Renamed ${entity.name} to ${name}`, 3000);
  return { id: entity.id, name };
}

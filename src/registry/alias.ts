/**
 * Add Alias (`{ entity, alias? }`): another way an entity is written ("Abadie", "the prime
 * minister"), so suggestions and Tag All Mentions find it. The alias defaults to the
 * selected text, which is how one usually meets a new way of writing a name.
 */
import * as vscode from 'vscode';
import { showInputBox } from '../util/prompt';
import { addAlias, cleanName, findEntity } from '../core/registry';
import { Services } from '../services';
import { objectArg, optionalString } from './args';
import { pickEntity, resolveEntityArg, withEntity } from './resolve';
import { registryTarget } from './target';

export interface AliasOutcome {
  readonly id: string;
  readonly aliases: string[];
}

export async function addAliasCommand(services: Services, raw: unknown): Promise<AliasOutcome | undefined> {
  const args = objectArg(raw);
  const uri = optionalString(args, 'uri');
  const { folder, registry } = await registryTarget(services, uri ? vscode.Uri.parse(uri) : undefined);
  const given = optionalString(args, 'entity');
  const entity = given ? resolveEntityArg(services, registry, given) : await pickEntity(services, registry, 'Add an alias to which entity?');
  if (!entity) return undefined;
  const alias =
    optionalString(args, 'alias') ??
    selectedText() ??
    (await showInputBox({
      title: `Another name for ${entity.name}`,
      prompt: 'Written exactly as in the texts: mentions are matched with this case',
      validateInput: (value) => (value.trim() === '' ? 'An alias cannot be empty.' : undefined),
    }));
  if (alias === undefined) return undefined;
  const clean = cleanName(alias);
  const written = await services.registry.update(folder, (current) =>
    addAlias(findEntity(current, entity.id) ? current : withEntity(current, entity), entity.id, clean),
  );
  const aliases = findEntity(written, entity.id)?.aliases ?? [];
  vscode.window.setStatusBarMessage(`$(check) “${clean}” is now a name of ${entity.name}`, 3000);
  return { id: entity.id, aliases: [...aliases] };
}

/** The active editor's selected text, whitespace trimmed; undefined when nothing is selected. */
function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) return undefined;
  const text = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

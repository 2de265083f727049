/** The entity registry's entries in the command table (commands/index.ts spreads them in). */
import type { CommandId } from '../commands/ids';
import { Services } from '../services';
import { addAliasCommand } from './alias';
import { mergeEntitiesCommand } from './merge';
import { openRegistry } from './open';
import { renameEntityCommand } from './rename';
import { tagAllMentionsCommand } from './tagMentions';

type Handler = (services: Services, ...args: unknown[]) => unknown;

export const registryCommands = {
  'transcriptAnnotator.openRegistry': (services, ...args) => openRegistry(services, args[0]),
  'transcriptAnnotator.renameEntity': (services, ...args) => renameEntityCommand(services, args[0]),
  'transcriptAnnotator.mergeEntities': (services, ...args) => mergeEntitiesCommand(services, args[0]),
  'transcriptAnnotator.addAlias': (services, ...args) => addAliasCommand(services, args[0]),
  'transcriptAnnotator.tagAllMentions': (services, ...args) => tagAllMentionsCommand(services, args[0]),
} satisfies Partial<Record<CommandId, Handler>>;

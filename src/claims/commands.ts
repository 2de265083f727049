/** The claims commands' entries in the command table (commands/index.ts spreads them in). */
import type { CommandId } from '../commands/ids';
import { Services } from '../services';
import { exportClaimsBoard, groupClaim, showClaimsBoard } from '.';

type Handler = (services: Services, ...args: unknown[]) => unknown;

export const claimsCommands = {
  'transcriptAnnotator.groupClaim': (services, ...args) => groupClaim(services, args[0]),
  'transcriptAnnotator.showClaimsBoard': (services) => showClaimsBoard(services),
  'transcriptAnnotator.exportClaimsBoard': (services, ...args) => exportClaimsBoard(services, args[0]),
} satisfies Partial<Record<CommandId, Handler>>;

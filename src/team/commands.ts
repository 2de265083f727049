/** The team commands' entries in the command table (commands/index.ts spreads them in). */
import type { CommandId } from '../commands/ids';
import { Services } from '../services';
import { exportAgreement, showAgreement } from './agreementPanel';
import { installMergeDriver } from './mergeDriver';
import { acceptAllAgreements, compareWith, endComparison, settle } from './compareCommands';

type Handler = (services: Services, ...args: unknown[]) => unknown;

export const teamCommands = {
  'transcriptAnnotator.installMergeDriver': (services, ...args) => installMergeDriver(services, args[0]),
  'transcriptAnnotator.showAgreement': (services, ...args) => showAgreement(services, args[0]),
  'transcriptAnnotator.exportAgreement': (services, ...args) => exportAgreement(services, args[0]),
  'transcriptAnnotator.compareAnnotations': (services, ...args) => compareWith(services, args[0]),
  'transcriptAnnotator.keepMine': (services, ...args) => settle(services, args[0], 'mine'),
  'transcriptAnnotator.takeTheirs': (services, ...args) => settle(services, args[0], 'theirs'),
  'transcriptAnnotator.keepBoth': (services, ...args) => settle(services, args[0], 'both'),
  'transcriptAnnotator.acceptAllAgreements': (services, ...args) => acceptAllAgreements(services, args[0]),
  'transcriptAnnotator.endComparison': (services, ...args) => endComparison(services, args[0]),
} satisfies Partial<Record<CommandId, Handler>>;

/** The suggestion commands' entries in the command table (commands/index.ts spreads them in). */
import type { CommandId } from '../commands/ids';
import { Services } from '../services';
import { settleSuggestions } from './review';
import { reviewSuggestions, stepSuggestion, stopReview } from './reviewFlow';
import { suggestAnnotationsCommand } from './suggest';

type Handler = (services: Services, ...args: unknown[]) => unknown;

export const suggestCommands = {
  'transcriptAnnotator.suggestAnnotations': (services, ...args) => suggestAnnotationsCommand(services, args[0]),
  'transcriptAnnotator.acceptSuggestions': (services, ...args) => settleSuggestions(services, args[0], 'accepted'),
  'transcriptAnnotator.rejectSuggestions': (services, ...args) => settleSuggestions(services, args[0], 'rejected'),
  'transcriptAnnotator.reviewSuggestions': (services, ...args) => reviewSuggestions(services, args[0]),
  'transcriptAnnotator.acceptSuggestion': (services) => stepSuggestion(services, 'accepted'),
  'transcriptAnnotator.rejectSuggestion': (services) => stepSuggestion(services, 'rejected'),
  'transcriptAnnotator.skipSuggestion': (services) => stepSuggestion(services, 'skip'),
  'transcriptAnnotator.stopReviewingSuggestions': () => stopReview(),
} satisfies Partial<Record<CommandId, Handler>>;

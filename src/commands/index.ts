/**
 * The command table: one entry per command, every handler wrapped with the same error
 * handling so a failure becomes a clear message, never a silent rejection.
 */
import * as vscode from 'vscode';
import { RefusedError } from '../refusal/refusal';
import { CommandId } from './ids';
import { Services } from '../services';
import { openSidecar } from './openSidecar';
import { reattachAnnotation } from './reattach';
import { exportAnnotations } from '../exchange/exportCommand';
import { importAnnotations } from '../exchange/importCommand';
import { editAnnotation, removeAnnotation } from './editAnnotation';
import { redoAnnotations, undoAnnotations } from './history';
import { tagClaim, tagEntity, tagSpeaker } from './tag';
import { tagSpeakerTurns } from './tagSpeakerTurns';
import { annotateFile } from '../language';
import { navigate } from '../review/navigate';
import { revealAnnotation } from '../review/reveal';
import { setStatus } from '../review/setStatus';
import { claimsCommands } from '../claims/commands';
import { registryCommands } from '../registry/commands';
import { suggestCommands } from '../suggest/commands';
import { teamCommands } from '../team/commands';
import { editSource } from '../source/editSource';
import { tableCommands } from '../table';
import { UserError } from '../util/userError';
import { warnUser } from './warnUser';
import { resizeAnnotation, stepAnnotation } from './resize';
import { fromHover, refreshHover } from '../hover/refresh';

type Handler = (services: Services, ...args: unknown[]) => unknown;

const table: Record<CommandId, Handler> = {
  'transcriptAnnotator.openSidecar': (services, ...args) => openSidecar(services, args[0]),
  'transcriptAnnotator.annotateFile': (services, ...args) => annotateFile(services, args[0]),
  'transcriptAnnotator.tagClaim': (services, ...args) => tagClaim(services, args[0]),
  'transcriptAnnotator.tagSpeaker': (services, ...args) => tagSpeaker(services, args[0]),
  'transcriptAnnotator.tagEntity': (services, ...args) => tagEntity(services, args[0]),
  'transcriptAnnotator.tagSpeakerTurns': (services, ...args) => tagSpeakerTurns(services, args[0]),
  'transcriptAnnotator.editAnnotation': (services, ...args) => editAnnotation(services, args[0]),
  'transcriptAnnotator.removeAnnotation': (services, ...args) => removeAnnotation(services, args[0]),
  'transcriptAnnotator.undo': (services, ...args) => undoAnnotations(services, args[0]),
  'transcriptAnnotator.redo': (services, ...args) => redoAnnotations(services, args[0]),
  'transcriptAnnotator.export': (services, ...args) => exportAnnotations(services, args[0]),
  'transcriptAnnotator.import': (services, ...args) => importAnnotations(services, args[0]),
  'transcriptAnnotator.reattachAnnotation': (services, ...args) => reattachAnnotation(services, args[0]),
  'transcriptAnnotator.acceptAnnotation': (services, ...args) => setStatus(services, args[0], 'accepted'),
  'transcriptAnnotator.rejectAnnotation': (services, ...args) => setStatus(services, args[0], 'rejected'),
  'transcriptAnnotator.nextAnnotation': (services) => navigate(services, 'next'),
  'transcriptAnnotator.previousAnnotation': (services) => navigate(services, 'previous'),
  'transcriptAnnotator.nextUnreviewed': (services) => navigate(services, 'next', true),
  'transcriptAnnotator.revealAnnotation': (services, ...args) => revealAnnotation(services, args[0]),
  'transcriptAnnotator.toggleHighlights': async (services) => {
    const shown = await services.decorations.toggle();
    services.typeLayer.setHidden(!shown);
    return shown;
  },
  'transcriptAnnotator.filterAnnotations': (services, ...args) => services.annotationsView.filter.choose(args[0]),
  'transcriptAnnotator.clearAnnotationFilter': (services) => services.annotationsView.filter.clear(),
  'transcriptAnnotator.editSource': (services, ...args) => editSource(services, args[0]),
  'transcriptAnnotator.resizeAnnotation': (services, ...args) => resizeAnnotation(services, args[0]),
  'transcriptAnnotator.growAnnotationStart': (services) => stepAnnotation(services, 'start', 'grow'),
  'transcriptAnnotator.growAnnotationEnd': (services) => stepAnnotation(services, 'end', 'grow'),
  'transcriptAnnotator.shrinkAnnotationStart': (services) => stepAnnotation(services, 'start', 'shrink'),
  'transcriptAnnotator.shrinkAnnotationEnd': (services) => stepAnnotation(services, 'end', 'shrink'),
  ...registryCommands,
  ...claimsCommands,
  ...suggestCommands,
  ...teamCommands,
  ...tableCommands,
};

export function registerCommands(services: Services): vscode.Disposable[] {
  return (Object.keys(table) as CommandId[]).map((id) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        const result = await table[id](services, ...args);
        if (fromHover(args[0])) await refreshHover(services.store, args[0]);
        return result;
      } catch (error) {
        if (error instanceof RefusedError) return undefined; // the user has been told why
        if (error instanceof UserError) return warnUser(services, id, error);
        const message = error instanceof Error ? error.message : String(error);
        services.log.error(`${id} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
        void vscode.window.showErrorMessage(`Transcript Annotator: ${message}`);
        return undefined;
      }
    }),
  );
}

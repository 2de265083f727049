/**
 * Suggest Annotations (`{ uri?, kinds? }`): proposes speaker turns, mentions of registry
 * entities and their aliases, and candidate claims for one file, all `proposed` and marked
 * `suggested`, as one undoable change. Nothing is proposed where an annotation of the same
 * kind already is (a rejected one included), so running it again never duplicates.
 */
import * as vscode from 'vscode';
import { Annotation, AnnotationKind, counted, normalizeText } from '../core';
import { suggestAnnotations } from '../core/suggest';
import { author } from '../annotate/args';
import { annotateFile } from '../language';
import { outletRepeatedLines } from '../language/boilerplate';
import { objectArg, optionalChoices, textUriArg } from '../registry/args';
import { Services } from '../services';
import { readText } from '../util/fs';
import { UserError } from '../util/userError';
import { workspacePeople } from './speakerPeople';

export interface SuggestOutcome {
  /** Ids of the proposed annotations. */
  readonly ids: string[];
  readonly counts: Record<AnnotationKind, number>;
}

const allKinds: readonly AnnotationKind[] = ['speaker', 'entity', 'claim'];

export async function suggestAnnotationsCommand(services: Services, raw: unknown): Promise<SuggestOutcome | undefined> {
  const args = objectArg(raw);
  const uri = textUriArg(args, 'suggest annotations for');
  const kinds = optionalChoices(args, 'kinds', allKinds) ?? allKinds;
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open?.isDirty) throw new UserError(`Save ${vscode.workspace.asRelativePath(uri)} first: annotations are anchored to the saved text.`);
  const file = await readText(uri);
  if (file.kind !== 'ok') throw new UserError(`Cannot read ${vscode.workspace.asRelativePath(uri)}${file.kind === 'error' ? `: ${file.message}` : ''}.`);
  // Lines the outlet repeats across the folder's texts are page chrome too.
  const repeated = await outletRepeatedLines(uri, file.raw);
  const propose = (annotations: readonly Annotation[]): Annotation[] =>
    suggestAnnotations({
      ...(repeated ? { repeatedLines: repeated } : {}),
      normalizedText: normalizeText(file.raw),
      rawText: file.raw,
      annotations,
      kinds,
      ...(services.registry.registryFor(uri) ? { registry: services.registry.registryFor(uri) } : {}),
      ...(author(uri) ? { author: author(uri) } : {}),
      people: workspacePeople(services, uri),
    });
  // A file without a sidecar gets one only when there is something to propose; an invalid one is left for the annotator to refuse.
  const state = await services.store.reload(uri);
  const invalid = state.exists && !state.sidecar;
  if (!invalid && propose(state.sidecar?.annotations ?? []).length === 0) {
    void vscode.window.showInformationMessage(`No new suggestions for ${vscode.workspace.asRelativePath(uri)}.`);
    return { ids: [], counts: { speaker: 0, entity: 0, claim: 0 } };
  }
  let created: Annotation[] = [];
  if (open?.languageId === 'plaintext') await annotateFile(services, uri);
  await services.annotator.change(uri, 'Suggest annotations', (current) => {
    created = propose(current);
    return [...current, ...created];
  });
  const counts = { speaker: 0, entity: 0, claim: 0 };
  for (const annotation of created) counts[annotation.kind]++;
  const what = allKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${kind}${counts[kind] === 1 ? '' : 's'}`)
    .join(', ');
  void vscode.window
    .showInformationMessage(
      `Proposed ${counted(created.length, 'annotation')} in ${vscode.workspace.asRelativePath(uri)}: ${what}. Review them one by one (Review Suggestions), or reject them all at once.`,
      'Review',
      'Reject All',
    )
    .then((action) =>
      action === 'Reject All'
        ? vscode.commands.executeCommand('transcriptAnnotator.rejectSuggestions', { uri: uri.toString() })
        : action === 'Review'
          ? vscode.commands.executeCommand('transcriptAnnotator.reviewSuggestions', { uri: uri.toString() })
          : undefined,
    );
  return { ids: created.map((annotation) => annotation.id), counts };
}

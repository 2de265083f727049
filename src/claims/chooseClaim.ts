/** The claim a claims command acts on: `{ uri, id }`, else the claim under the cursor (asking when several overlap). */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { ClaimAnnotation } from '../core';
import { spansAtPosition } from '../decorations/spans';
import { ArgRecord, optionalString } from '../registry/args';
import { Services } from '../services';
import { UserError } from '../util/userError';

export interface ClaimTarget {
  readonly uri: vscode.Uri;
  readonly id: string;
  readonly claim: ClaimAnnotation;
}

export async function chooseClaim(services: Services, args: ArgRecord, verb: string): Promise<ClaimTarget | undefined> {
  const id = optionalString(args, 'id');
  const given = optionalString(args, 'uri');
  const editor = vscode.window.activeTextEditor;
  const uri = given ? vscode.Uri.parse(given) : editor?.document.uri;
  if (!uri) throw new UserError(`Open a transcript to ${verb} its claims.`);
  if (id) {
    const annotation = (await services.store.get(uri)).sidecar?.annotations.find((candidate) => candidate.id === id);
    if (annotation?.kind !== 'claim') throw new UserError(`${vscode.workspace.asRelativePath(uri)} has no claim ${id}.`);
    return { uri, id, claim: annotation };
  }
  if (!editor || editor.document.uri.toString() !== uri.toString())
    throw new UserError(`Open ${vscode.workspace.asRelativePath(uri)} and put the cursor on a claim to ${verb} it.`);
  const claims = spansAtPosition(services.store, editor.document, editor.selection.active)
    .map((span) => span.annotation)
    .filter((annotation): annotation is ClaimAnnotation => annotation.kind === 'claim');
  if (claims.length === 0) throw new UserError(`There is no claim under the cursor to ${verb}.`);
  const claim =
    claims.length === 1
      ? claims[0]
      : (
          await showQuickPick(
            claims.map((candidate) => ({ label: candidate.quote, description: candidate.status, candidate })),
            { title: `Which claim to ${verb}?` },
          )
        )?.candidate;
  return claim ? { uri, id: claim.id, claim } : undefined;
}

/**
 * Reject Suggestions / Accept Suggestions (`{ uri? }`): settles every suggestion of a file
 * still `proposed`, as one undoable change. Rejecting keeps them in the sidecar, marked
 * rejected, rather than removing them: the suggester never proposes again where a rejected
 * annotation lies, so a rejected batch stays rejected on the next run.
 */
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import { isSuggested } from '../core/suggest';
import { canonicalOf, learnAliases } from './aliases';
import { objectArg, textUriArg } from '../registry/args';
import { Services } from '../services';
import { counted } from '../core';

export async function settleSuggestions(services: Services, raw: unknown, status: 'accepted' | 'rejected'): Promise<{ changed: number }> {
  const uri = textUriArg(objectArg(raw), `${status === 'accepted' ? 'accept' : 'reject'} suggestions in`);
  const name = vscode.workspace.asRelativePath(uri);
  const open = (await services.store.reload(uri)).sidecar?.annotations.filter((a) => isSuggested(a) && a.status === 'proposed') ?? [];
  if (open.length === 0) {
    vscode.window.setStatusBarMessage(`No suggestions left to review in ${name}`, 3000);
    return { changed: 0 };
  }
  const modified = new Date().toISOString();
  let changed = 0;
  const learned: Annotation[] = [];
  await services.annotator.change(uri, status === 'accepted' ? 'Accept suggestions' : 'Reject suggestions', (current) =>
    current.map((annotation) => {
      if (!isSuggested(annotation) || annotation.status !== 'proposed') return annotation;
      changed++;
      // An accepted surname points to the full name it stands for, which the registry learns below.
      const canonical = status === 'accepted' ? canonicalOf(annotation) : undefined;
      if (canonical) learned.push(annotation);
      return { ...annotation, status, modified, ...(canonical ? { entity: canonical.id } : {}) };
    }),
  );
  await learnAliases(services, uri, learned);
  vscode.window.setStatusBarMessage(`$(check) ${status === 'accepted' ? 'Accepted' : 'Rejected'} ${counted(changed, 'suggestion')} in ${name}`, 3000);
  return { changed };
}

/** Accept and Reject: set the review status of annotations, as one undoable sidecar write. */
import * as vscode from 'vscode';
import { AnnotationStatus } from '../core';
import { Services } from '../services';
import { resolveTarget } from './target';

const verbs: Record<Exclude<AnnotationStatus, 'proposed'>, { verb: string; past: string; label: string }> = {
  accepted: { verb: 'accept', past: 'Accepted', label: 'Accept Annotation' },
  rejected: { verb: 'reject', past: 'Rejected', label: 'Reject Annotation' },
};

export async function setStatus(services: Services, argument: unknown, status: 'accepted' | 'rejected'): Promise<void> {
  const { verb, past, label } = verbs[status];
  const target = await resolveTarget(services, argument, verb);
  if (!target) return;
  const ids = new Set(target.annotations.map((annotation) => annotation.id));
  const modified = new Date().toISOString();
  let changed = 0;
  await services.annotator.change(target.textUri, label, (annotations) =>
    annotations.map((annotation) => {
      // Unchanged annotations keep their `modified` date, so the sidecar diff shows only real changes.
      if (!ids.has(annotation.id) || annotation.status === status) return annotation;
      changed++;
      return { ...annotation, status, modified };
    }),
  );
  const what = changed === 1 ? '1 annotation' : `${changed} annotations`;
  vscode.window.setStatusBarMessage(changed > 0 ? `$(check) ${past} ${what}` : `Already ${status}`, 3000);
}

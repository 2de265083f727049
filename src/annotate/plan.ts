/** What Tag Claim / Tag Speaker / Tag Entity plan for each target before anything is written. */
import type * as vscode from 'vscode';
import type { Annotation } from '../core';
import type { AnnotationFields } from '../core/annotate';
import type { Services } from '../services';
import type { Registration } from '../registry/ensure';
import type { AnnotationArgs } from './args';
import type { DocumentTexts, Target } from './targets';

/** Per target: the fields of its annotation, plus any annotations to create first (e.g. the speaker of a claim). */
export interface Planned {
  readonly fields: AnnotationFields;
  readonly before?: readonly Annotation[];
  /** The canonical entity to list in the entity registry once the tag is written. */
  readonly register?: Registration;
}

export type Planner = (target: Target, context: TagContext) => Promise<Planned | undefined>;

export interface TagContext {
  readonly services: Services;
  readonly editor: vscode.TextEditor;
  readonly texts: DocumentTexts;
  readonly args: AnnotationArgs | undefined;
  readonly annotations: readonly Annotation[];
  readonly ids: Set<string>;
}

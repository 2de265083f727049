/** The services the composition root builds and the commands use. */
import * as vscode from 'vscode';
import { Annotator } from './annotate/annotator';
import { DecorationController } from './decorations/controller';
import { SidecarStore } from './sidecar/store';
import { AnnotationsView } from './views/annotationsView';

export interface Services {
  readonly log: vscode.LogOutputChannel;
  readonly store: SidecarStore;
  readonly decorations: DecorationController;
  /** Every change to annotations goes through it: one undoable sidecar write each. */
  readonly annotator: Annotator;
  readonly context: vscode.ExtensionContext;
  /** The Annotations view: its filter and, for tests, a snapshot of its tree. */
  readonly annotationsView: AnnotationsView;
}

/** The services the composition root builds and the commands use. */
import * as vscode from 'vscode';
import { Reanchorer } from './anchor/reanchorOnLoad';
import { Annotator } from './annotate/annotator';
import { DecorationController } from './decorations/controller';
import { EntityTypeLayer } from './decorations/typeLayer';
import { IndexedWorkspace } from './references/workspaceIndex';
import { RegistryStore } from './registry/store';
import { SidecarStore } from './sidecar/store';
import { AnnotationsView } from './views/annotationsView';

export interface Services {
  readonly log: vscode.LogOutputChannel;
  readonly store: SidecarStore;
  readonly decorations: DecorationController;
  /** Every change to annotations goes through it: one undoable sidecar write each. */
  readonly annotator: Annotator;
  readonly context: vscode.ExtensionContext;
  readonly reanchorer: Reanchorer;
  /** The Annotations view: its filter and, for tests, a snapshot of its tree. */
  readonly annotationsView: AnnotationsView;
  /** The entity registry of each workspace folder; the only reader and writer of those files. */
  readonly registry: RegistryStore;
  /** Cross-file lookups (entity mentions, claims by question), updated as sidecars change. */
  readonly index: IndexedWorkspace;
  /** The per-type colours of entity mentions, and their legend. */
  readonly typeLayer: EntityTypeLayer;
}

/** The services the composition root builds and the commands use. */
import * as vscode from 'vscode';
import { DecorationController } from './decorations/controller';
import { SidecarStore } from './sidecar/store';

export interface Services {
  readonly log: vscode.LogOutputChannel;
  readonly store: SidecarStore;
  readonly decorations: DecorationController;
}

/**
 * Composition root shared by the node and browser entry points: builds the services,
 * wires them together and registers every disposable in one place.
 */
import * as vscode from 'vscode';
import { Annotator } from './annotate/annotator';
import { registerCommands } from './commands';
import { DecorationController } from './decorations/controller';
import { registerHovers } from './hover';
import { outputChannelName } from './ids';
import { registerLanguageFeatures } from './language';
import { Services } from './services';
import { SidecarDiagnostics } from './sidecar/diagnostics';
import { SidecarStore } from './sidecar/store';
import { SidecarWatcher } from './sidecar/watcher';
import { AnnotationStatusItem } from './status/statusItem';
import { AnnotationsView } from './views/annotationsView';

export function activateShared(context: vscode.ExtensionContext): Services {
  const log = vscode.window.createOutputChannel(outputChannelName, { log: true });
  const store = new SidecarStore();
  const diagnostics = new SidecarDiagnostics(store);
  const decorations = new DecorationController(store, context.extensionUri);
  const watcher = new SidecarWatcher(store);
  const annotationsView = new AnnotationsView(store);
  const services: Services = { log, store, decorations, annotator: new Annotator(store), context, annotationsView };
  context.subscriptions.push(log, store, diagnostics, decorations, watcher, ...registerCommands(services), ...registerLanguageFeatures(services));
  context.subscriptions.push(annotationsView, new AnnotationStatusItem(store), ...registerHovers(store));

  void watcher.scanWorkspace().catch((error: unknown) => log.error(`Scanning the workspace for sidecars failed: ${String(error)}`));
  log.info(`Transcript Annotator activated in VS Code ${vscode.version}`);
  return services;
}

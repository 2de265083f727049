/**
 * Composition root shared by the node and browser entry points: builds the services,
 * wires them together and registers every disposable in one place.
 */
import * as vscode from 'vscode';
import { LiveAnnotations } from './anchor/live';
import { Reanchorer } from './anchor/reanchorOnLoad';
import { Annotator } from './annotate/annotator';
import { registerCommands } from './commands';
import { watchReview } from './suggest/reviewFlow';
import { DecorationController } from './decorations/controller';
import { EntityTypeLayer } from './decorations/typeLayer';
import { LegendView } from './views/legendView';
import { useLivePositions } from './decorations/spans';
import { registerHovers } from './hover';
import { outputChannelName } from './ids';
import { registerLanguageFeatures } from './language';
import { IndexedWorkspace } from './references/workspaceIndex';
import { showRefusal } from './refusal/show';
import { registerRegistryFeatures, RegistryStore } from './registry';
import { Services } from './services';
import { SidecarDiagnostics } from './sidecar/diagnostics';
import { SidecarStore } from './sidecar/store';
import { RefreshOnUse } from './sidecar/refreshOnUse';
import { SidecarWatcher } from './sidecar/watcher';
import { AnnotationStatusItem } from './status/statusItem';
import { gitIdentity } from './team/gitIdentity';
import { registerComparison } from './team/compareEditor';
import { offerMergeDriver } from './team/mergeDriver';
import { AnnotationsView } from './views/annotationsView';

export function activateShared(context: vscode.ExtensionContext): Services {
  const log = vscode.window.createOutputChannel(outputChannelName, { log: true });
  const store = new SidecarStore();
  const diagnostics = new SidecarDiagnostics(store);
  const decorations = new DecorationController(store, context.extensionUri);
  const annotator = new Annotator(store, showRefusal);
  const live = new LiveAnnotations(store, annotator, log);
  useLivePositions((document) => live.positions(document));
  decorations.followDrift(live.onDidDrift);
  const watcher = new SidecarWatcher(store, (uri) => live.isTracking(uri));
  const reanchorer = new Reanchorer(store, annotator, log);
  const registry = new RegistryStore(showRefusal);
  const index = new IndexedWorkspace(store, registry);
  const annotationsView = new AnnotationsView(store, index);
  const typeLayer = new EntityTypeLayer(store);
  const services: Services = { log, store, decorations, annotator, context, reanchorer, annotationsView, registry, index, typeLayer };
  typeLayer.followDrift(live.onDidDrift);
  context.subscriptions.push(typeLayer, new LegendView(typeLayer));
  context.subscriptions.push(log, store, diagnostics, decorations, watcher, ...registerCommands(services), ...registerLanguageFeatures(services));
  context.subscriptions.push(watchReview());
  context.subscriptions.push(live, reanchorer);
  context.subscriptions.push(annotationsView, new AnnotationStatusItem(store), ...registerHovers(store, (entity, uri) => index.entityName(entity, uri)));
  context.subscriptions.push(registry, index, ...registerRegistryFeatures(services));
  context.subscriptions.push(gitIdentity, offerMergeDriver(services));
  context.subscriptions.push(...registerComparison(store));
  context.subscriptions.push(new RefreshOnUse(store, registry));
  void gitIdentity.start();

  void watcher.scanWorkspace().catch((error: unknown) => log.error(`Scanning the workspace for sidecars failed: ${String(error)}`));
  log.info(`Transcript Annotator activated in VS Code ${vscode.version}`);
  return services;
}

/**
 * Show Annotations Table (`{ scope?: "file" | "workspace" }`), and the one table panel per
 * window that the test API (src/testApi.ts) also reads.
 */
import * as vscode from 'vscode';
import type { CommandId } from '../commands/ids';
import { Services } from '../services';
import { UserError } from '../util/userError';
import { AnnotationsTablePanel, TableModel } from './panel';

type Handler = (services: Services, ...args: unknown[]) => unknown;

const panels = new WeakMap<Services, AnnotationsTablePanel>();

export function panelOf(services: Services): AnnotationsTablePanel {
  let panel = panels.get(services);
  if (!panel) {
    panel = new AnnotationsTablePanel(services);
    panels.set(services, panel);
    services.context.subscriptions.push(panel);
  }
  return panel;
}

async function showAnnotationsTable(services: Services, raw: unknown): Promise<TableModel> {
  const scope = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['scope'] : undefined;
  if (scope !== undefined && scope !== 'file' && scope !== 'workspace')
    throw new UserError(`Unknown scope "${typeof scope === 'string' ? scope : JSON.stringify(scope)}": use "file" or "workspace".`);
  // Without a scope: the active file when there is one, else the workspace.
  const panel = panelOf(services);
  const chosen = scope ?? (vscode.window.activeTextEditor ? 'file' : 'workspace');
  // With the table itself focused there is no active text editor: the file shown so far stays.
  if (chosen === 'file' && !vscode.window.activeTextEditor && !panel.hasFile)
    throw new UserError('Open a transcript to see its annotations, or show the table for the workspace.', [
      { title: 'Show for Workspace', command: 'transcriptAnnotator.showAnnotationsTable', args: { scope: 'workspace' } },
    ]);
  return panel.show(chosen);
}

export const tableCommands = {
  'transcriptAnnotator.showAnnotationsTable': (services, ...args) => showAnnotationsTable(services, args[0]),
} satisfies Partial<Record<CommandId, Handler>>;

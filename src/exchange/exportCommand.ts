/**
 * Transcript Annotator: Export Annotations... — this file or every sidecar of the workspace,
 * in any export format, to a file or folder. Accepts `{ scope, format, out }`.
 */
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportFormat, ExportFormat } from '../core/exchange';
import { Services } from '../services';
import { writeTextAtomic } from '../util/fs';
import { collectDocuments, workspaceTextFiles } from './collect';
import { exportNextSteps, showExportDone } from './exportMessage';
import { UserError } from '../util/userError';
import { counted } from '../core';

export interface ExportArgs {
  readonly scope?: 'file' | 'workspace';
  readonly format?: string;
  /** A file (one-file formats) or folder (per-document formats): absolute, or relative to the first workspace folder. */
  readonly out?: string;
}

export interface ExportOutcome {
  readonly files: string[];
  readonly documents: number;
  readonly warnings: string[];
}

export async function exportAnnotations(services: Services, rawArgs: unknown): Promise<ExportOutcome | undefined> {
  const args = (rawArgs && typeof rawArgs === 'object' ? rawArgs : {}) as ExportArgs;
  const active = vscode.window.activeTextEditor?.document.uri;
  const scope = args.scope ?? (await pickScope(active !== undefined));
  if (!scope) return undefined;
  if (scope !== 'file' && scope !== 'workspace') throw new UserError(`Unknown scope "${String(scope)}": use "file" or "workspace".`);
  const format = args.format !== undefined ? exportFormat(args.format) : await pickFormat();
  if (!format) {
    if (args.format !== undefined) throw new UserError(`Unknown format "${args.format}": use ${EXPORT_FORMATS.map((f) => f.name).join(', ')}.`);
    return undefined;
  }
  if (scope === 'file' && !active) throw new UserError('Open the transcript to export first.');

  const collected = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Exporting annotations', cancellable: scope === 'workspace' },
    async (progress, token) => collectDocuments(services.store, scope === 'file' ? [active!] : await workspaceTextFiles(), progress, token, (entity, uri) => services.index.entityName(entity, uri)),
  );
  if (!collected) return undefined; // cancelled
  if (collected.documents.length === 0) throw new UserError(`Nothing to export: ${collected.skipped[0] ?? 'no annotated file was found'}.`);

  const out = args.out !== undefined ? resolveOut(args.out) : await pickDestination(format, collected.documents[0]?.path ?? 'annotations');
  if (!out) return undefined;
  const result = format.run(collected.documents);
  const written: string[] = [];
  for (const file of result.files) {
    const target = format.layout === 'single' ? out : vscode.Uri.joinPath(out, ...file.path.split('/'));
    if (format.layout !== 'single') await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await writeTextAtomic(target, file.content);
    written.push(target.toString());
  }
  const warnings = [...collected.skipped, ...result.warnings];
  for (const warning of warnings) services.log.warn(`export ${format.name}: ${warning}`);
  const summary = `Exported ${counted(collected.documents.length, 'document')} as ${format.name} to ${vscode.workspace.asRelativePath(out)}`;
  const message = warnings.length > 0 ? `${summary}, with ${counted(warnings.length, 'warning')}.` : `${summary}.`;
  void showExportDone(message, exportNextSteps(out, format.layout === 'single'), warnings.length > 0, () => services.log.show(true));
  return { files: written, documents: collected.documents.length, warnings };
}

function resolveOut(out: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(out)) return vscode.Uri.parse(out);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (out.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(out) || !folder) return vscode.Uri.file(out);
  return vscode.Uri.joinPath(folder.uri, ...out.split(/[\\/]/));
}

async function pickScope(hasActive: boolean): Promise<'file' | 'workspace' | undefined> {
  const items = [
    ...(hasActive ? [{ label: 'This file', value: 'file' as const }] : []),
    { label: 'Every annotated file in the workspace', value: 'workspace' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Export annotations of' }))?.value;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((format) => ({ label: format.name, detail: format.description, format }));
  return (await vscode.window.showQuickPick(items, { title: 'Export format' }))?.format;
}

async function pickDestination(format: ExportFormat, firstPath: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (format.layout === 'single') {
    const extension = format.name === 'w3c' ? 'jsonld' : format.name === 'markdown' ? 'md' : format.name;
    const name = `${firstPath.replace(/\.[^./]+$/, '')}-annotations.${extension}`;
    return vscode.window.showSaveDialog({ title: `Export as ${format.name}`, ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}) });
  }
  const picked = await vscode.window.showOpenDialog({ title: `Folder for the ${format.name} files`, canSelectFolders: true, canSelectFiles: false, openLabel: 'Export Here', ...(folder ? { defaultUri: folder } : {}) });
  return picked?.[0];
}

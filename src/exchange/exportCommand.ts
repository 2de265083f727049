/**
 * Transcript Annotator: Export Annotations... — this file or every sidecar of the workspace,
 * in any export format, to a file or folder. Accepts `{ scope, format, out }`.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { EXPORT_FORMATS, exportFormat, ExportFormat } from '../core/exchange';
import { Services } from '../services';
import { sidecarUriFor } from '../sidecar/store';
import { collectDocuments, workspaceTextFiles } from './collect';
import { csvRaw, defaultExportFolder, inExportFolder, resolveOut, writeExportFiles, type ExportTarget } from './destination';
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
    async (progress, token) =>
      collectDocuments(services.store, scope === 'file' ? [active!] : await workspaceTextFiles(), progress, token, (entity, uri) =>
        services.index.entityName(entity, uri),
      ),
  );
  if (!collected) return undefined; // cancelled
  if (collected.documents.length === 0) throw new UserError(`Nothing to export: ${collected.skipped[0] ?? 'no annotated file was found'}.`);

  const firstPath = collected.documents[0]?.path ?? 'annotations';
  // A script that passes arguments but no `out` gets the default destination without a dialog.
  const scripted = rawArgs !== null && typeof rawArgs === 'object';
  const out = args.out !== undefined ? resolveOut(args.out) : scripted ? defaultDestination(format, firstPath) : await pickDestination(format, firstPath);
  if (!out) return undefined;
  const result = format.run(collected.documents, { csvRaw: csvRaw() });
  const targets: ExportTarget[] = result.files.map((file) => ({
    uri: format.layout === 'single' ? out : vscode.Uri.joinPath(out, ...file.path.split('/')),
    content: file.content,
  }));
  await writeExportFiles(
    targets,
    collected.uris.flatMap((uri) => [uri, sidecarUriFor(uri)]),
  );
  const written = targets.map((target) => target.uri.toString());
  const warnings = [...collected.skipped, ...result.warnings];
  for (const warning of warnings) services.log.warn(`export ${format.name}: ${warning}`);
  const summary = `Exported ${counted(collected.documents.length, 'document')} as ${format.name} to ${vscode.workspace.asRelativePath(out)}`;
  const message = warnings.length > 0 ? `${summary}, with ${counted(warnings.length, 'warning')}.` : `${summary}.`;
  void showExportDone(message, exportNextSteps(out, format.layout === 'single'), warnings.length > 0, () => services.log.show(true));
  return { files: written, documents: collected.documents.length, warnings };
}

async function pickScope(hasActive: boolean): Promise<'file' | 'workspace' | undefined> {
  const items = [
    ...(hasActive ? [{ label: 'This file', value: 'file' as const }] : []),
    { label: 'Every annotated file in the workspace', value: 'workspace' as const },
  ];
  return (await showQuickPick(items, { title: 'Export annotations of' }))?.value;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((format) => ({ label: format.name, detail: format.description, format }));
  return (await showQuickPick(items, { title: 'Export format' }))?.format;
}

/** The export folder (`exports/` by default) for per-document formats, a file in it for one-file formats. */
function defaultDestination(format: ExportFormat, firstPath: string): vscode.Uri | undefined {
  const folder = defaultExportFolder();
  if (!folder || format.layout !== 'single') return folder;
  const extension =
    format.name === 'w3c' || format.name === 'claimreview'
      ? 'jsonld'
      : format.name === 'markdown'
        ? 'md'
        : format.name === 'labelstudio'
          ? 'json'
          : format.name === 'spacy'
            ? 'jsonl'
            : format.name;
  return vscode.Uri.joinPath(folder, `${firstPath.replace(/\.[^./]+$/, '').replace(/\//g, '-')}-annotations.${extension}`);
}

// Offered in the export folder, created first so the dialog can open it.
function pickDestination(format: ExportFormat, firstPath: string): Promise<vscode.Uri | undefined> {
  return inExportFolder(async (folder) => {
    if (format.layout === 'single') {
      const suggested = defaultDestination(format, firstPath);
      return vscode.window.showSaveDialog({ title: `Export as ${format.name}`, ...(suggested ? { defaultUri: suggested } : {}) });
    }
    const picked = await vscode.window.showOpenDialog({
      title: `Folder for the ${format.name} files`,
      canSelectFolders: true,
      canSelectFiles: false,
      openLabel: 'Export Here',
      ...(folder ? { defaultUri: folder } : {}),
    });
    return picked?.[0];
  });
}

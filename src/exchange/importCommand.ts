/**
 * Transcript Annotator: Import Annotations... — merges a brat `.ann`, a W3C Web Annotation
 * collection or our json export into the active file's sidecar, without duplicates, as one
 * undoable change. Accepts `{ format, from, uri }`.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { baseName, counted, hashText, normalizeText, sameAnnotations, Sidecar, SIDECAR_VERSION } from '../core';
import { guessImportFormat, ImportFormatError, IMPORT_FORMATS, ImportFormatName, ImportResult, runImport } from '../core/exchange';
import { Services } from '../services';
import { readText } from '../util/fs';
import { UserError } from '../util/userError';

export interface ImportArgs {
  readonly format?: string;
  /** The file to import: absolute path or URI, or relative to the first workspace folder. */
  readonly from?: string;
  /** The text file to import into (URI string); default: the active editor's. */
  readonly uri?: string;
}

export interface ImportOutcome {
  readonly added: number;
  readonly skipped: number;
  readonly unplaced: Array<{ ref: string; reason: string }>;
}

export async function importAnnotations(services: Services, rawArgs: unknown): Promise<ImportOutcome | undefined> {
  const args = (rawArgs && typeof rawArgs === 'object' ? rawArgs : {}) as ImportArgs;
  const textUri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  if (!textUri) throw new UserError('Open the transcript to import into first.');
  const from =
    args.from !== undefined
      ? resolve(args.from)
      : (await vscode.window.showOpenDialog({ title: 'Import annotations from', filters: { Annotations: ['ann', 'json', 'jsonld', 'jsonl', 'tsv'] } }))?.[0];
  if (!from) return undefined;
  const format = args.format ?? guessImportFormat(from.path) ?? (await showQuickPick([...IMPORT_FORMATS], { title: 'Format of the file' }));
  if (!format) return undefined;
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UserError(`Cannot import "${format}": use ${IMPORT_FORMATS.join(', ')}.`);

  const [source, text] = await Promise.all([readText(from), readText(textUri)]);
  if (source.kind !== 'ok')
    throw new UserError(`Cannot read ${vscode.workspace.asRelativePath(from)}: ${source.kind === 'missing' ? 'no such file' : source.message}.`);
  if (text.kind !== 'ok') throw new UserError(`Cannot read ${vscode.workspace.asRelativePath(textUri)}.`);

  let result: ImportResult | undefined;
  await services.annotator.change(textUri, `Import ${format}`, (current) => {
    const sidecar: Sidecar = { version: SIDECAR_VERSION, text: baseName(textUri.path), textHash: hashText(normalizeText(text.raw)), annotations: [...current] };
    const target = { textRaw: text.raw, textName: baseName(textUri.path), sidecar };
    const documentPath = vscode.workspace.asRelativePath(textUri, false).replace(/\\/g, '/');
    try {
      result = runImport(format as ImportFormatName, source.raw, { ...target, documentPath });
    } catch (error) {
      if (error instanceof ImportFormatError) throw new UserError(`${vscode.workspace.asRelativePath(from)} is not a valid ${format} file: ${error.message}`);
      throw error;
    }
    return sameAnnotations(current, result.sidecar.annotations) ? current : result.sidecar.annotations;
  });
  if (!result) return undefined;
  const outcome: ImportOutcome = {
    added: result.added.length,
    skipped: result.skipped.length,
    unplaced: result.unplaced.map(({ ref, reason }) => ({ ref, reason })),
  };
  for (const item of result.unplaced) services.log.warn(`import ${format}: ${item.ref}: ${item.reason}`);
  const summary = `Imported ${counted(outcome.added, 'annotation')} into ${baseName(textUri.path)}; ${outcome.skipped} already there`;
  if (outcome.unplaced.length > 0) {
    void vscode.window
      .showWarningMessage(`${summary}; ${outcome.unplaced.length} could not be placed.`, 'Show Details')
      .then((choice) => choice && services.log.show(true));
  } else void vscode.window.showInformationMessage(`${summary}.`);
  return outcome;
}

function resolve(from: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(from)) return vscode.Uri.parse(from);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (from.startsWith('/') || !folder) return vscode.Uri.file(from);
  return vscode.Uri.joinPath(folder.uri, ...from.split(/[\\/]/));
}

/** The argument objects that answer the commands' questions (keybindings, macros, tests). */
import * as vscode from 'vscode';
import { AnnotationStatus } from '../core';
import { resolveAuthor } from '../team/gitIdentity';
import { UserError } from '../util/userError';

/** The defaults of the settings `entityTypes` and `claimTypes` (as in the manifest). */
export const defaultEntityTypes = ['person', 'organization', 'location', 'event', 'other'];
export const defaultClaimTypes = ['statistic', 'event', 'quote', 'prediction', 'other'];

export interface AnnotationArgs {
  /** The text file (URI string); default: the active editor's document. */
  readonly uri?: string;
  /** An annotation id, for commands that act on one annotation. */
  readonly id?: string;
  readonly type?: string;
  /** Canonical entity, by name or id (created when none has that name). */
  readonly entity?: string;
  readonly claimType?: string;
  /** Who made a claim: a speaker or entity of the file, by name or annotation id. */
  readonly by?: string;
  readonly note?: string;
  readonly speaker?: string;
  readonly role?: string;
  readonly status?: AnnotationStatus;
  /** Claims: a fact-checker's verdict, e.g. "False". */
  readonly verdict?: string;
  /** Claims: the address of the published fact check. */
  readonly reviewUrl?: string;
  /** Edit Annotation without values: the field to ask for straight away (e.g. "verdict"). */
  readonly field?: string;
}

const stringKeys = ['uri', 'id', 'type', 'entity', 'claimType', 'by', 'note', 'speaker', 'role', 'verdict', 'reviewUrl', 'field'] as const;
const statuses: readonly string[] = ['proposed', 'accepted', 'rejected'];

/** Validates an argument object; undefined when the command was run without one (prompt then). */
export function parseArgs(value: unknown): AnnotationArgs | undefined {
  if (value === undefined || value === null || value instanceof vscode.Uri) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new UserError('The command argument must be an object, e.g. { "type": "person" }.');
  const record = value as Record<string, unknown>;
  for (const key of stringKeys) {
    if (record[key] !== undefined && typeof record[key] !== 'string') throw new UserError(`The argument "${key}" must be a string.`);
  }
  if (record['status'] !== undefined && !statuses.includes(record['status'] as string)) {
    throw new UserError('The argument "status" must be proposed, accepted or rejected.');
  }
  return record;
}

/** The editor the command acts on: the one showing `args.uri`, else the active one. */
export async function targetEditor(args: AnnotationArgs | undefined): Promise<vscode.TextEditor> {
  if (args?.uri) {
    const uri = vscode.Uri.parse(args.uri);
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    return visible ?? (await vscode.window.showTextDocument(uri));
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new UserError('Open a transcript or article first.');
  return editor;
}

/** Who new annotations of `uri` are by: the `author` setting, else the workspace's git identity. */
export function author(uri?: vscode.Uri): string | undefined {
  return resolveAuthor(uri).name;
}

export function configuredList(setting: 'entityTypes' | 'claimTypes', fallback: readonly string[]): string[] {
  const values = vscode.workspace.getConfiguration('transcriptAnnotator').get<unknown>(setting);
  const list = Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string' && value.trim() !== '') : [];
  return list.length > 0 ? list : [...fallback];
}

/**
 * Offsets of new annotations refer to the saved text, so a document with unsaved changes is
 * saved first: after asking, when the command runs interactively; never silently when it
 * was given an argument object (a script or keybinding), which gets a clear error instead.
 * Returns false when the user declined.
 */
export async function ensureSaved(document: vscode.TextDocument, interactive: boolean, verb: string): Promise<boolean> {
  if (!document.isDirty) return true;
  const name = vscode.workspace.asRelativePath(document.uri);
  if (!interactive) throw new UserError(`Save ${name} before you ${verb}: annotations are anchored to the saved text.`);
  const choice = await vscode.window.showWarningMessage(
    `${name} has unsaved changes. Annotations are anchored to the saved text: save it to ${verb}?`,
    { modal: true },
    'Save and Continue',
  );
  return choice === 'Save and Continue' && (await document.save());
}

/**
 * Edit Document Source... (`transcriptAnnotator.editSource`): where the text was published,
 * kept as `source:` in its sidecar. Asks field by field, proposing the headline as the title
 * and the dateline as the date; or takes `{ uri?, outlet?, title?, url?, published?, language? }`
 * (`""` clears a field) without asking. Returns the source as saved.
 */
import * as vscode from 'vscode';
import { showInputBox } from '../util/prompt';
import { documentSourceSchema, DocumentSource, SOURCE_KEYS } from '../core';
import { proposePublished, proposeTitle } from '../core/source';
import { Services } from '../services';
import { readText } from '../util/fs';

type SourceKey = (typeof SOURCE_KEYS)[number];

const prompts: Readonly<Record<SourceKey, { title: string; prompt: string; placeholder: string }>> = {
  outlet: { title: 'Outlet', prompt: 'Who published the text', placeholder: 'e.g. Varnholm Public Radio' },
  title: { title: 'Title', prompt: 'The headline or programme title', placeholder: 'the headline' },
  url: { title: 'Address', prompt: 'Where it was published (http:// or https://)', placeholder: 'https://…' },
  published: { title: 'Published', prompt: 'When: a date such as 2026-11-21, or an ISO-8601 timestamp', placeholder: 'YYYY-MM-DD' },
  language: { title: 'Language', prompt: 'A language tag such as en or fr-CA', placeholder: 'en' },
};

export async function editSource(services: Services, rawArgs: unknown): Promise<DocumentSource | undefined> {
  const args = parseSourceArgs(rawArgs);
  const uri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) throw new Error('Open a transcript or article first.');
  const state = await services.store.get(uri);
  const current: DocumentSource = state.sidecar?.source ?? {};
  const given = SOURCE_KEYS.filter((key) => args[key] !== undefined);
  let next: DocumentSource | undefined;
  if (given.length > 0) {
    next = { ...current };
    for (const key of given) {
      const value = (args[key] as string).trim();
      if (value === '') delete next[key];
      else next[key] = value;
    }
  } else {
    next = await ask(uri, current);
    if (next === undefined) return undefined;
  }
  const checked = documentSourceSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`The document source was not saved: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}.`);
  }
  const source = checked.data;
  const empty = SOURCE_KEYS.every((key) => source[key] === undefined);
  // Refused (and explained) when the sidecar has errors: an invalid sidecar is never overwritten.
  await services.annotator.change(uri, 'Edit document source', (annotations) => annotations, { source: empty ? null : source });
  void vscode.window.setStatusBarMessage(`Document source of ${vscode.workspace.asRelativePath(uri)} saved`, 3000);
  return empty ? {} : source;
}

async function ask(uri: vscode.Uri, current: DocumentSource): Promise<DocumentSource | undefined> {
  const text = await readText(uri);
  const raw = text.kind === 'ok' ? text.raw : '';
  const proposed: DocumentSource = { ...current };
  proposed.title ??= proposeTitle(raw);
  proposed.published ??= proposePublished(raw);
  const next: DocumentSource = {};
  for (const [i, key] of SOURCE_KEYS.entries()) {
    const field = prompts[key];
    const fieldSchema = documentSourceSchema.shape[key];
    const value = await showInputBox({
      title: `Document source (${i + 1}/${SOURCE_KEYS.length}): ${field.title}`,
      prompt: `${field.prompt}. Leave empty for none; Escape cancels without saving.`,
      placeHolder: field.placeholder,
      value: proposed[key] ?? '',
      ignoreFocusOut: true,
      validateInput: (input) => {
        const trimmed = input.trim();
        if (trimmed === '') return undefined;
        const result = fieldSchema.safeParse(trimmed);
        return result.success ? undefined : result.error.issues[0]?.message;
      },
    });
    if (value === undefined) return undefined;
    if (value.trim() !== '') next[key] = value.trim();
  }
  return next;
}

interface SourceArgs extends Partial<Record<SourceKey, string>> {
  readonly uri?: string;
}

function parseSourceArgs(value: unknown): SourceArgs {
  if (value === undefined || value === null || value instanceof vscode.Uri) return value instanceof vscode.Uri ? { uri: value.toString() } : {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('The command argument must be an object, e.g. { "outlet": "Meridian Wire" }.');
  const record = value as Record<string, unknown>;
  for (const key of ['uri', ...SOURCE_KEYS]) {
    if (record[key] !== undefined && typeof record[key] !== 'string') throw new Error(`The argument "${key}" must be a string.`);
  }
  const unknown = Object.keys(record).filter((key) => key !== 'uri' && !(SOURCE_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`Unknown argument "${unknown[0]}": use uri, ${SOURCE_KEYS.join(', ')}.`);
  return record;
}

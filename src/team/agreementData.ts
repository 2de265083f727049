/**
 * The sides of "Show Agreement...": this file or every annotated file of the workspace
 * (side A), compared with another sidecar or folder (`with`), with the same files at a git
 * revision (`ref`, through the git extension), or, with neither, author against author.
 */
import * as vscode from 'vscode';
import { hashText, loadSidecar, normalizeText, sidecarNameFor, type Annotation } from '../core';
import { computeAgreement, type AgreementDocument, type Comparison } from '../core/team';
import { objectArg, optionalChoice, optionalString } from '../registry/args';
import { Services } from '../services';
import { readText } from '../util/fs';
import { gitIdentity } from './gitIdentity';

/** What to compare, from the argument object `{ ref?, with?, scope? }`. */
export interface AgreementRequest {
  readonly ref?: string;
  readonly with?: string;
  readonly scope: 'file' | 'workspace';
}

const NO_AUTHOR = '(no author)';

/** Reads the argument object; undefined values are left to the caller to ask for. */
export function parseAgreementArgs(raw: unknown): { ref?: string; with?: string; scope?: 'file' | 'workspace' } {
  const args = objectArg(raw);
  const ref = optionalString(args, 'ref');
  const other = optionalString(args, 'with');
  const scope = optionalChoice(args, 'scope', ['file', 'workspace'] as const);
  if (ref !== undefined && other !== undefined) throw new Error('Give either "ref" or "with", not both.');
  return { ...(ref !== undefined ? { ref } : {}), ...(other !== undefined ? { with: other } : {}), ...(scope ? { scope } : {}) };
}

interface SideA {
  readonly uri: vscode.Uri;
  readonly key: string;
  readonly text: string;
  readonly annotations: readonly Annotation[];
}

/** Computes the comparisons of `request`. */
export async function gatherComparisons(services: Services, request: AgreementRequest): Promise<Comparison[]> {
  const { documents, skipped } = await sideA(services, request.scope);
  const label = request.scope === 'file' ? vscode.workspace.asRelativePath(documents[0]?.uri ?? vscode.Uri.file('')) : 'workspace';
  if (request.ref !== undefined) return [await againstRevision(documents, skipped, request.ref, label)];
  if (request.with !== undefined) return [await againstOther(documents, skipped, request.with, request.scope, label)];
  return byAuthor(documents, skipped);
}

async function sideA(services: Services, scope: 'file' | 'workspace'): Promise<{ documents: SideA[]; skipped: { path: string; reason: string }[] }> {
  const skipped: { path: string; reason: string }[] = [];
  let uris: vscode.Uri[];
  if (scope === 'file') {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (!active) throw new Error('Open a transcript or article to compare its annotations, or use the workspace scope.');
    uris = [active];
  } else {
    uris = services.store
      .all()
      .filter((state) => state.exists)
      .map((state) => state.textUri);
  }
  const documents: SideA[] = [];
  for (const uri of uris) {
    const state = await services.store.reload(uri);
    const text = await readText(uri);
    const shown = vscode.workspace.asRelativePath(uri);
    if (!state.sidecar || text.kind !== 'ok') {
      if (scope === 'file') throw new Error(`${shown} has ${state.exists ? 'a sidecar with errors' : 'no annotations'}: nothing to compare.`);
      skipped.push({ path: shown, reason: state.exists ? 'the sidecar has errors' : 'no sidecar' });
      continue;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder ? vscode.workspace.asRelativePath(uri, false) : uri.path;
    documents.push({ uri, key, text: normalizeText(text.raw), annotations: state.sidecar.annotations });
  }
  return { documents, skipped };
}

async function againstRevision(documents: readonly SideA[], skipped: { path: string; reason: string }[], ref: string, label: string): Promise<Comparison> {
  await gitIdentity.start();
  const pairs: AgreementDocument[] = [];
  for (const doc of documents) {
    const shown = vscode.workspace.asRelativePath(doc.uri);
    const b = await revisionSide(doc, ref);
    if ('reason' in b) skipped.push({ path: shown, reason: b.reason });
    else pairs.push({ path: shown, text: doc.text, a: doc.annotations, b: b.annotations });
  }
  return { a: label, b: `${ref}`, report: computeAgreement(pairs), skipped };
}

/** The other side of one document, or why there is none. */
export type OtherSide = { readonly annotations: readonly Annotation[] } | { readonly reason: string };

/** The annotations of `doc` (normalised text) at the git revision `ref`, through the git extension. */
export async function revisionSide(doc: { readonly uri: vscode.Uri; readonly text: string }, ref: string): Promise<OtherSide> {
  await gitIdentity.start();
  const repository = gitIdentity.repositoryFor(doc.uri);
  if (!repository?.show) return { reason: 'not in a git repository VS Code has open' };
  const sidecarUri = vscode.Uri.parse(sidecarNameFor(doc.uri.toString()));
  const [source, text] = await Promise.all([
    repository.show(ref, sidecarUri.fsPath).catch(() => undefined),
    repository.show(ref, doc.uri.fsPath).catch(() => undefined),
  ]);
  const b = source === undefined || text === undefined ? undefined : loadSidecar(source, text).sidecar;
  if (!b || text === undefined)
    return { reason: source === undefined ? `no sidecar at ${ref}` : text === undefined ? `no text at ${ref}` : `the sidecar at ${ref} has errors` };
  if (hashText(normalizeText(text)) !== hashText(doc.text)) return { reason: `the text changed since ${ref}` };
  return { annotations: b.annotations };
}

async function againstOther(
  documents: readonly SideA[],
  skipped: { path: string; reason: string }[],
  other: string,
  scope: 'file' | 'workspace',
  label: string,
): Promise<Comparison> {
  const target = resolvePath(other);
  const isFolder = await vscode.workspace.fs.stat(target).then(
    (s) => (s.type & vscode.FileType.Directory) !== 0,
    () => {
      throw new Error(`${other}: no such file or folder.`);
    },
  );
  if (scope === 'file' && isFolder) throw new Error(`"with" names a folder: compare a folder with the workspace scope, or name a sidecar.`);
  if (scope === 'workspace' && !isFolder) throw new Error(`"with" names a file: compare one file with the file scope, or name a folder.`);
  const pairs: AgreementDocument[] = [];
  for (const doc of documents) {
    const shown = vscode.workspace.asRelativePath(doc.uri);
    const b = await otherSide(doc, target, isFolder);
    if ('reason' in b) skipped.push({ path: shown, reason: b.reason });
    else pairs.push({ path: shown, text: doc.text, a: doc.annotations, b: b.annotations });
  }
  return { a: label, b: vscode.workspace.asRelativePath(target), report: computeAgreement(pairs), skipped };
}

/**
 * The annotations of `doc` in another sidecar (`target` names it or its text) or in the
 * same place under another folder (`key` is the path relative to the workspace folder).
 */
export async function otherSide(doc: { readonly key: string; readonly text: string }, target: vscode.Uri, isFolder: boolean): Promise<OtherSide> {
  const textUri = isFolder ? vscode.Uri.joinPath(target, ...doc.key.split('/')) : textOf(target);
  const [source, text] = await Promise.all([readText(vscode.Uri.parse(sidecarNameFor(textUri.toString()))), readText(textUri)]);
  const b = source.kind === 'ok' && text.kind === 'ok' ? loadSidecar(source.raw, text.raw).sidecar : undefined;
  if (!b || text.kind !== 'ok')
    return {
      reason: source.kind !== 'ok' ? 'no sidecar on the other side' : text.kind !== 'ok' ? 'no text on the other side' : 'the other sidecar has errors',
    };
  if (hashText(normalizeText(text.raw)) !== hashText(doc.text)) return { reason: 'the texts differ' };
  return { annotations: b.annotations };
}

function byAuthor(documents: readonly SideA[], skipped: { path: string; reason: string }[]): Comparison[] {
  const authors = [...new Set(documents.flatMap((d) => d.annotations.map((a) => a.author ?? NO_AUTHOR)))].sort();
  if (authors.length < 2)
    throw new Error(`Only ${authors.length === 0 ? 'no' : 'one'} author annotated here: compare with a git revision or another sidecar instead.`);
  const comparisons: Comparison[] = [];
  for (let i = 0; i < authors.length; i++) {
    for (let j = i + 1; j < authors.length; j++) {
      const [x, y] = [authors[i] as string, authors[j] as string];
      const of = (d: SideA, who: string): Annotation[] => d.annotations.filter((a) => (a.author ?? NO_AUTHOR) === who);
      const pairs = documents.map((d) => ({ path: vscode.workspace.asRelativePath(d.uri), text: d.text, a: of(d, x), b: of(d, y) }));
      comparisons.push({ a: x, b: y, report: computeAgreement(pairs), skipped });
    }
  }
  return comparisons;
}

/** A sidecar names its text file; a text file is itself. */
function textOf(uri: vscode.Uri): vscode.Uri {
  return uri.path.endsWith('.annotations.yaml') ? uri.with({ path: uri.path.slice(0, -'.annotations.yaml'.length) }) : uri;
}

/** A path the user gave: a URI, an absolute path, or one relative to the first workspace folder. */
export function resolvePath(given: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(given)) return vscode.Uri.parse(given);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (given.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(given) || !folder) return vscode.Uri.file(given);
  return vscode.Uri.joinPath(folder.uri, ...given.split(/[\\/]/));
}

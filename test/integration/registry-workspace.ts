/**
 * Helpers of the registry, references, claims and suggestion suites: the event fixture files,
 * and a snapshot of every sidecar and the registry, restored after each test so the suites
 * that run later see the fixture workspace as it was.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { loadSidecar } from '../../src/core';
import { waitFor, workspaceFile, internal } from './util';

export const event = {
  wvpr: workspaceFile('event/wvpr-dawn-report.txt'),
  meridian: workspaceFile('event/meridian-wire-detentions.txt'),
  northern: workspaceFile('event/northern-dispatch-strike.txt'),
  coastal: workspaceFile('event/coastal-radio-quay.txt'),
};
export const registryFile = workspaceFile('entities.annotations.yaml');
export const question = 'How many people were detained?';

export const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: `${uri.path}.annotations.yaml` });
export const run = <T>(command: string, args?: unknown): Thenable<T> => vscode.commands.executeCommand<T>(`transcriptAnnotator.${command}`, args);

export async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function write(uri: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
}

interface TreeNode {
  readonly label: string;
}

/** The Annotations view's documents by label: they show every sidecar's annotations and the registry's names. */
async function documents(): Promise<Map<string, string>> {
  const nodes = await internal<TreeNode[]>('getAnnotationTree');
  return new Map(nodes.map((node) => [node.label, JSON.stringify(node)]));
}

export interface WorkspaceSnapshot {
  readonly files: ReadonlyMap<string, string>;
  readonly documents: ReadonlyMap<string, string>;
}

/** Waits until the event sidecars and the registry are loaded, then records every sidecar and the registry. */
export async function snapshotWorkspace(): Promise<WorkspaceSnapshot> {
  // The registry's name in a description (not the bare id) shows it is loaded too.
  await waitFor(
    async () => (await documents()).get('event/meridian-wire-detentions.txt')?.includes('Prime Minister Abadie · accepted') === true,
    'the event sidecars and the registry to load',
  );
  const files = new Map<string, string>();
  for (const uri of await vscode.workspace.findFiles('**/*.annotations.yaml')) files.set(uri.toString(), await read(uri));
  return { files, documents: await documents() };
}

/**
 * Puts every sidecar and the registry back as recorded and deletes new ones, then waits until
 * the view shows the event documents and every restored document as it did. Other documents
 * are not compared: earlier suites may still be reloading theirs.
 */
export async function restoreWorkspace(snapshot: WorkspaceSnapshot): Promise<void> {
  const touched = new Set<string>();
  for (const uri of await vscode.workspace.findFiles('**/*.annotations.yaml')) {
    if (snapshot.files.has(uri.toString())) continue;
    await vscode.workspace.fs.delete(uri);
    touched.add(vscode.workspace.asRelativePath(uri).replace(/\.annotations\.yaml$/, ''));
  }
  for (const [key, content] of snapshot.files) {
    const uri = vscode.Uri.parse(key);
    if ((await read(uri).catch(() => undefined)) === content) continue;
    await write(uri, content);
    touched.add(vscode.workspace.asRelativePath(uri).replace(/\.annotations\.yaml$/, ''));
  }
  const labels = [...new Set([...touched, ...[...snapshot.documents.keys()].filter((label) => label.startsWith('event/'))])];
  const differing = async (): Promise<string[]> => {
    const now = await documents();
    return labels.filter((label) => now.get(label) !== snapshot.documents.get(label));
  };
  await waitFor(async () => (await differing()).length === 0, 'the restored sidecars and registry to load', 15_000).catch(async (error: unknown) => {
    throw new Error(`${String(error)}: ${(await differing()).join(', ')} still differ`);
  });
}

/** The annotations of a sidecar on disk, parsed as the extension would. */
export async function storedAnnotations(textUri: vscode.Uri): Promise<Array<Record<string, unknown>>> {
  const result = loadSidecar(await read(sidecarOf(textUri)), await read(textUri));
  assert.ok(result.sidecar, `${vscode.workspace.asRelativePath(textUri)} has a valid sidecar: ${JSON.stringify(result.problems)}`);
  return result.sidecar.annotations;
}

/** Helpers shared by the integration suites. */
import * as vscode from 'vscode';
import type { ActivationInfo } from '../../src/extension';
import { extensionId } from '../../src/ids';
import type { TestApi } from '../../src/testApi';

/**
 * Polls `condition` until it holds, failing with `what` after `timeoutMs`. A condition that
 * throws (e.g. reading a file that a rename replaces at that instant) is tried again.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await condition()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `Timed out waiting for ${what}${lastError ? ` (last error: ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)})` : ''}`,
  );
}

/** A file of the (temporary copy of the) fixture workspace. */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** The extension's test-only internals (src/testApi.ts), from the exports of its activation. */
export async function internals(): Promise<TestApi> {
  const extension = vscode.extensions.getExtension<ActivationInfo>(extensionId);
  if (!extension) throw new Error(`Extension ${extensionId} is not installed`);
  return (await extension.activate()).test;
}

/** Calls one of the test-only internals by name, with a result type as the test reads it. */
export async function internal<T = unknown>(name: keyof TestApi, ...args: unknown[]): Promise<T> {
  const api = await internals();
  const call = api[name] as (...given: unknown[]) => unknown;
  return (await call(...args)) as T;
}

/** The highlight ranges of the active editor, by kind. */
export type Ranges = { claim: vscode.Range[]; speaker: vscode.Range[]; entity: vscode.Range[] };

export function decorations(): Promise<Ranges> {
  return internal<Ranges>('getDecorations');
}

/** The text under each highlight of the active editor, by kind. */
export async function decoratedTexts(document: vscode.TextDocument): Promise<Record<keyof Ranges, string[]>> {
  const ranges = await decorations();
  const texts = (list: vscode.Range[]): string[] => list.map((range) => document.getText(range));
  return { claim: texts(ranges.claim), speaker: texts(ranges.speaker), entity: texts(ranges.entity) };
}

/**
 * The board's names of its sources (core/claims/sourceName.ts), read from the texts once
 * and kept until a text is saved again, so the board can be drawn synchronously.
 */
import * as vscode from 'vscode';
import { sourceName } from '../core/claims';
import { readText } from '../util/fs';

export class SourceNames implements vscode.Disposable {
  private readonly names = new Map<string, string>();
  private readonly disposable = vscode.workspace.onDidSaveTextDocument((document) => this.names.delete(document.uri.toString()));

  /** The name of the source, when it has been read. */
  nameOf(uri: string): string | undefined {
    return this.names.get(uri);
  }

  /** Reads the sources not named yet; resolves to whether any name was added. */
  async read(uris: Iterable<string>): Promise<boolean> {
    let added = false;
    for (const uri of uris) {
      if (this.names.has(uri)) continue;
      const parsed = vscode.Uri.parse(uri);
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
      const file = open ? undefined : await readText(parsed);
      const text = open ? open.getText() : file?.kind === 'ok' ? file.raw : '';
      this.names.set(uri, sourceName(text, undefined, vscode.workspace.asRelativePath(parsed)));
      added = true;
    }
    return added;
  }

  dispose(): void {
    this.disposable.dispose();
  }
}

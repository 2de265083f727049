/**
 * Boilerplate of open transcripts for the editor: the core's rules plus the lines this
 * document shares with the other texts of its folder (one folder is taken for one
 * outlet's files). Sibling texts are read through `vscode.workspace.fs`, once per folder
 * until one of them changes.
 */
import * as vscode from 'vscode';
import { decodeText } from '../core';
import { findBoilerplate, repeatedLines, type BoilerplateRange } from '../core/transcript';

const TEXT_FILE = /\.(?:txt|transcript)$/u;
// Enough for a day's coverage per outlet; a huge folder is not read whole for page chrome.
const MAX_SIBLINGS = 40;
const MAX_BYTES = 512 * 1024;

/** Folder URI -> the texts of its files by URI string. */
type FolderTexts = Map<string, string>;

export class OutletBoilerplate implements vscode.Disposable {
  private readonly folders = new Map<string, Promise<FolderTexts>>();
  private readonly results = new WeakMap<vscode.TextDocument, { version: number; stamp: number; ranges: BoilerplateRange[] }>();
  private stamp = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,transcript}');
  /** Fires when a sibling text changed, so what is repeated may have too. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const forget = (uri: vscode.Uri): void => {
      const folder = folderOf(uri).toString();
      if (this.folders.delete(folder)) {
        this.stamp++;
        this.changed.fire();
      }
    };
    this.watcher.onDidCreate(forget);
    this.watcher.onDidChange(forget);
    this.watcher.onDidDelete(forget);
  }

  /** Boilerplate ranges (UTF-16 offsets into `document.getText()`). */
  async rangesOf(document: vscode.TextDocument): Promise<BoilerplateRange[]> {
    const cached = this.results.get(document);
    if (cached && cached.version === document.version && cached.stamp === this.stamp) return cached.ranges;
    const stamp = this.stamp;
    const text = document.getText();
    const siblings = document.uri.scheme === 'untitled' ? new Map<string, string>() : await this.folderTexts(folderOf(document.uri));
    // Outline, folding and tokens ask for the same version together: the first one to get here computes.
    const done = this.results.get(document);
    if (done && done.version === document.version && done.stamp === stamp) return done.ranges;
    const others = [...siblings].filter(([uri]) => uri !== document.uri.toString()).map(([, t]) => t);
    const ranges = findBoilerplate(text, others.length > 0 ? { repeatedLines: repeatedLines([text, ...others]) } : {});
    this.results.set(document, { version: document.version, stamp, ranges });
    return ranges;
  }

  private folderTexts(folder: vscode.Uri): Promise<FolderTexts> {
    const key = folder.toString();
    let pending = this.folders.get(key);
    if (!pending) {
      pending = readFolder(folder);
      this.folders.set(key, pending);
    }
    return pending;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

function folderOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

async function readFolder(folder: vscode.Uri): Promise<FolderTexts> {
  const texts: FolderTexts = new Map();
  let entries: Array<[string, vscode.FileType]>;
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return texts;
  }
  const names = entries
    .filter(([name, type]) => type === vscode.FileType.File && TEXT_FILE.test(name))
    .map(([name]) => name)
    .sort()
    .slice(0, MAX_SIBLINGS);
  await Promise.all(
    names.map(async (name) => {
      const uri = vscode.Uri.joinPath(folder, name);
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_BYTES) return;
        const decoded = decodeText(bytes);
        if (decoded.ok) texts.set(uri.toString(), decoded.raw);
      } catch {
        // A file that vanished or cannot be read simply does not count.
      }
    }),
  );
  return texts;
}

/** Lines `text` shares with the other texts of its folder (its outlet's), for one-off callers such as Suggest Annotations. */
export async function outletRepeatedLines(uri: vscode.Uri, text: string): Promise<Set<string> | undefined> {
  const siblings = await readFolder(folderOf(uri));
  const others = [...siblings].filter(([key]) => key !== uri.toString()).map(([, t]) => t);
  return others.length > 0 ? repeatedLines([text, ...others]) : undefined;
}

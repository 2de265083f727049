/**
 * The Annotations table webview panel: one per window, for the active file or the whole
 * workspace, redrawn (debounced) whenever a sidecar or the registry changes. Only messages
 * of the shapes in messages.ts are acted on, and only for annotations the table is showing.
 */
import * as vscode from 'vscode';
import { counted } from '../core';
import { Services } from '../services';
import { applyBulk, BulkOutcome } from './bulk';
import { tableHtml } from './html';
import { parseTableMessage, TableMessage } from './messages';
import { TableRow, tableRows, TableScope } from './rows';
import { newNonce } from '../util/webviewPage';

export const annotationsTableViewType = 'transcriptAnnotator.annotationsTable';
const redrawDelayMs = 150;

/** What the table shows; getAnnotationsTable of the test API returns it for tests. */
export interface TableModel {
  readonly scope: TableScope;
  /** The file of the file scope (URI string). */
  readonly file?: string;
  readonly rows: TableRow[];
}

export class AnnotationsTablePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: TableModel = { scope: 'workspace', rows: [] };
  private scope: TableScope = 'workspace';
  private file: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {}

  async show(scope: TableScope): Promise<TableModel> {
    this.scope = scope;
    const active = vscode.window.activeTextEditor?.document.uri;
    if (scope === 'file') this.file = active ?? this.file;
    if (!this.panel) this.open();
    else this.panel.reveal();
    return this.post();
  }

  /** Whether the file scope has a file to show (the last active text). */
  get hasFile(): boolean {
    return this.file !== undefined;
  }

  get model(): TableModel {
    return this.shown;
  }

  private open(): void {
    const media = vscode.Uri.joinPath(this.services.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(annotationsTableViewType, 'Annotations Table', vscode.ViewColumn.Beside, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [media],
      enableFindWidget: true,
      retainContextWhenHidden: false,
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'icon.svg');
    panel.webview.html = tableHtml(panel.webview, media, newNonce());
    this.panel = panel;
    this.disposables.push(
      panel.onDidDispose(() => this.closed()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      this.services.store.onDidChange(() => this.schedule()),
      this.services.index.onDidChange(() => this.schedule()),
      // The file scope follows the text the user works on.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || this.scope !== 'file' || editor.document.uri.toString() === this.file?.toString()) return;
        if (!this.services.store.peek(editor.document.uri)?.sidecar) return;
        this.file = editor.document.uri;
        this.schedule();
      }),
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.post(), redrawDelayMs);
  }

  private async post(): Promise<TableModel> {
    const rows = await tableRows(this.services, this.scope, this.file);
    const file = this.scope === 'file' && this.file ? { file: this.file.toString() } : {};
    this.shown = { scope: this.scope, ...file, rows };
    if (this.panel) {
      this.panel.title = this.scope === 'file' && this.file ? `Annotations: ${vscode.workspace.asRelativePath(this.file)}` : 'Annotations Table';
      void this.panel.webview.postMessage({ type: 'rows', scope: this.scope, rows });
    }
    return this.shown;
  }

  /** Acts on a message from the page (or, in tests, one handed over through the test API). */
  async receive(raw: unknown): Promise<BulkOutcome | undefined> {
    const message = parseTableMessage(raw);
    if (!message) {
      this.services.log.warn('The annotations table sent a message of an unknown shape; it was ignored.');
      return undefined;
    }
    try {
      return await this.act(message);
    } catch (error) {
      void vscode.window.showErrorMessage(`Transcript Annotator: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private async act(message: TableMessage): Promise<BulkOutcome | undefined> {
    const showing = (uri: string, id: string): boolean => this.shown.rows.some((row) => row.uri === uri && row.id === id);
    if (message.type === 'ready') {
      await this.post();
      return undefined;
    }
    if (message.type === 'reveal') {
      if (!showing(message.uri, message.id)) return undefined;
      if (this.panel?.viewColumn !== vscode.ViewColumn.One) await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
      await vscode.commands.executeCommand('transcriptAnnotator.revealAnnotation', { uri: message.uri, id: message.id });
      return undefined;
    }
    const rows = message.rows.filter((row) => showing(row.uri, row.id));
    const outcome = await applyBulk(this.services, message.action, rows);
    const verb = { accept: 'Accepted', reject: 'Rejected', remove: 'Removed' }[message.action];
    vscode.window.setStatusBarMessage(`$(check) ${verb} ${counted(outcome.changed, 'annotation')} in ${counted(outcome.files.length, 'file')}`, 4000);
    await this.post();
    return outcome;
  }

  private closed(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel = undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    this.closed();
  }
}

/**
 * The Claims Board webview panel: one per window, redrawn (debounced) whenever a sidecar
 * or the registry changes. Clicking a claim reveals it in its file; the export buttons save
 * the board. Only messages of the exact shapes in messages.ts are acted on, and a reveal
 * only for a claim the board is showing.
 */
import * as vscode from 'vscode';
import { Services } from '../services';
import { BoardModel, buildBoard } from './boardModel';
import { exportClaimsBoard } from './export';
import { boardHtml } from './html';
import { newNonce } from '../util/webviewPage';
import { parseBoardMessage } from './messages';
import { SourceNames } from './sourceNames';
import { groupSuggestion } from './suggestions';
import { counted } from '../core';

export const claimsBoardViewType = 'transcriptAnnotator.claimsBoard';
const redrawDelayMs = 150;

export class ClaimsBoardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: BoardModel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly services: Services,
    private readonly names: SourceNames,
  ) {}

  /** Opens the board (or brings it to the front) and returns what it shows. */
  show(): BoardModel {
    if (this.panel) {
      this.panel.reveal();
      return this.post();
    }
    const media = vscode.Uri.joinPath(this.services.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(claimsBoardViewType, 'Claims Board', vscode.ViewColumn.Beside, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [media],
      enableFindWidget: true,
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'icon.svg');
    panel.webview.html = boardHtml(panel.webview, media, newNonce());
    this.panel = panel;
    this.disposables.push(
      panel.onDidDispose(() => this.closed()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      this.services.index.onDidChange(() => this.schedule()),
    );
    return this.post();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.post(), redrawDelayMs);
  }

  private post(): BoardModel {
    const board = buildBoard(this.services, (uri) => this.names.nameOf(uri));
    this.shown = board;
    void this.panel?.webview.postMessage({ type: 'board', board });
    // Sources not named yet are read once, then the board is drawn again with their names.
    void this.names.read(this.services.index.index.allClaims().map((ref) => ref.key)).then((added) => added && this.panel && this.post());
    return board;
  }

  /** A message handled as if the page had sent it; the number of claims a Group these filed. */
  async receiveForTest(raw: unknown): Promise<number | undefined> {
    if (!this.shown) this.shown = buildBoard(this.services, (uri) => this.names.nameOf(uri));
    return this.receive(raw);
  }

  private async receive(raw: unknown): Promise<number | undefined> {
    const message = parseBoardMessage(raw);
    if (!message) {
      this.services.log.warn('The claims board sent a message of an unknown shape; it was ignored.');
      return undefined;
    }
    try {
      if (message.type === 'group') {
        // Only a suggestion the board is showing, with the members it shows.
        const suggestion = this.shown?.suggestions.find((candidate) => candidate.question === message.question);
        if (!suggestion) return undefined;
        const filed = await groupSuggestion(this.services, suggestion);
        vscode.window.setStatusBarMessage(`$(check) Filed ${counted(filed, 'claim')} under “${suggestion.question}”`, 4000);
        this.post();
        return filed;
      }
      if (message.type === 'ready') this.post();
      else if (message.type === 'export') await exportClaimsBoard(this.services, { format: message.format });
      else if (
        this.shown?.groups.some((group) => group.rows.some((row) => row.uri === message.uri && row.claimId === message.id)) ||
        this.shown?.suggestions.some((group) => group.claims.some((claim) => claim.uri === message.uri && claim.id === message.id))
      ) {
        // Texts open beside the board, not in its place.
        if (this.panel?.viewColumn !== vscode.ViewColumn.One) await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
        await vscode.commands.executeCommand('transcriptAnnotator.revealAnnotation', { uri: message.uri, id: message.id });
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`Transcript Annotator: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
  }

  private closed(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel = undefined;
    this.shown = undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    this.closed();
  }
}

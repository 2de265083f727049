/**
 * Which open plain text documents are transcripts. VS Code decides a document's language
 * from its name alone, so a `.txt` that has a sidecar, matches the files setting or was
 * annotated by the user is switched to `transcript` here once it is open.
 */
import * as vscode from 'vscode';
import { languageId } from '../ids';
import { Services } from '../services';
import { filesSetting, hasSidecar, matchesFilesSetting } from './qualification';

const plainText = 'plaintext';
const annotatedKey = 'transcriptAnnotator.annotatedFiles';

export class TranscriptAssociation implements vscode.Disposable {
  /** Files the user ran Annotate This File on; they stay transcripts when reopened, across sessions. */
  private readonly annotated: Set<string>;
  /** Files the user turned back into plain text this session; left alone from then on. */
  private readonly declined = new Set<string>();
  // The extension host reports a language change as a close and an open of the same
  // document object, so remembering each object's language tells a real open (never
  // seen) from the user picking another language (seen, language differs).
  private readonly languages = new WeakMap<vscode.TextDocument, string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly services: Services) {
    this.annotated = new Set(services.context.workspaceState.get<string[]>(annotatedKey, []));
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(filesSetting)) this.reviewOpenDocuments();
      }),
      services.store.onDidChange((state) => {
        const document = state.exists ? openDocument(state.textUri) : undefined;
        if (document) this.run(this.switchIfPlain(document));
      }),
    ];
    this.reviewOpenDocuments();
  }

  /** Makes the document a transcript now and whenever it is reopened this session. */
  async annotate(document: vscode.TextDocument): Promise<vscode.TextDocument> {
    const key = document.uri.toString();
    this.annotated.add(key);
    this.declined.delete(key);
    this.remember();
    return document.languageId === languageId ? document : vscode.languages.setTextDocumentLanguage(document, languageId);
  }

  private remember(): void {
    void this.services.context.workspaceState.update(annotatedKey, [...this.annotated]);
  }

  private reviewOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!this.languages.has(document)) this.languages.set(document, document.languageId);
      this.run(this.review(document));
    }
  }

  private opened(document: vscode.TextDocument): void {
    const previous = this.languages.get(document);
    this.languages.set(document, document.languageId);
    if (previous === undefined) {
      this.run(this.review(document));
    } else if (previous === languageId && document.languageId === plainText) {
      const key = document.uri.toString();
      this.annotated.delete(key);
      this.declined.add(key);
      this.remember();
    }
  }

  private async review(document: vscode.TextDocument): Promise<void> {
    if (!this.isCandidate(document)) return;
    const qualifies = this.annotated.has(document.uri.toString()) || matchesFilesSetting(document) || (await hasSidecar(document.uri));
    if (qualifies) await this.switchIfPlain(document);
  }

  private async switchIfPlain(document: vscode.TextDocument): Promise<void> {
    // Checked again after any await: the document may have closed or changed language meanwhile.
    if (this.isCandidate(document)) await vscode.languages.setTextDocumentLanguage(document, languageId);
  }

  private isCandidate(document: vscode.TextDocument): boolean {
    return !document.isClosed && document.languageId === plainText && !this.declined.has(document.uri.toString());
  }

  private run(work: Promise<void>): void {
    work.catch((error: unknown) => this.services.log.warn(`Could not open a file as a transcript: ${String(error)}`));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

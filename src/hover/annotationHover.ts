/** Hover cards on annotated spans of transcripts and of plain text files with a sidecar. */
import * as vscode from 'vscode';
import { spansAtPosition } from '../decorations/spans';
import { SidecarStore } from '../sidecar/store';
import { appendCard, CardContext, newHoverMarkdown } from './card';

/** Registry names of canonical entities, for the folder of a file. */
export type EntityNames = (entity: string, textUri: vscode.Uri) => string | undefined;

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: SidecarStore,
    private readonly names?: EntityNames,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const sidecar = this.store.peek(document.uri)?.sidecar;
    if (!sidecar) return undefined;
    const here = spansAtPosition(this.store, document, position);
    const innermost = here[0];
    if (!innermost) return undefined;
    const names = this.names;
    const context: CardContext = {
      textUri: document.uri,
      siblings: sidecar.annotations,
      mentionsOf: (entity) => this.mentionsOf(entity),
      ...(names ? { nameOf: (entity: string) => names(entity, document.uri) } : {}),
    };
    const markdown = newHoverMarkdown();
    here.forEach(({ annotation }, index) => {
      if (index > 0) markdown.appendMarkdown('---\n\n');
      appendCard(markdown, annotation, context);
    });
    return new vscode.Hover(markdown, innermost.range);
  }

  /**
   * Mentions of a canonical entity in every loaded sidecar (the watcher loads them all at
   * activation). Rejected and orphaned annotations are not mentions any more.
   */
  private mentionsOf(entity: string): { mentions: number; files: number } {
    let mentions = 0;
    let files = 0;
    for (const state of this.store.all()) {
      const count = (state.sidecar?.annotations ?? []).filter(
        (annotation) => annotation.kind !== 'claim' && annotation.entity === entity && annotation.status !== 'rejected' && !annotation.orphaned,
      ).length;
      mentions += count;
      if (count > 0) files++;
    }
    return { mentions, files };
  }
}

/**
 * Hovering an annotation entry in a sidecar shows the text it annotates in its context,
 * so a reviewer reading the YAML (in a diff, after a merge) sees what each entry is about.
 */
import * as vscode from 'vscode';
import { textNameForSidecar } from '../core';
import { entryAt } from '../core/sidecar/entries';
import { SidecarStore } from '../sidecar/store';
import { escapeInline, truncate } from '../core/markdown/escape';

const contextLimit = 200;

export class SidecarEntryHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: SidecarStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const textPath = textNameForSidecar(document.uri.path);
    if (!textPath) return undefined;
    const entry = entryAt(document.getText(), document.offsetAt(position));
    if (!entry) return undefined;
    const state = await this.store.get(document.uri.with({ path: textPath }));
    // Read from the validated sidecar on disk: the entry being typed may not be valid yet.
    const annotation = state.sidecar?.annotations.find((candidate) => candidate.id === entry.id);
    if (!annotation) return undefined;
    // No links here, so nothing to trust and no HTML.
    const markdown = new vscode.MarkdownString();
    markdown.supportHtml = false;
    const where = annotation.orphaned ? ' · *orphaned: the text is gone*' : '';
    markdown.appendMarkdown(`**${annotation.kind}** · *${annotation.status}*${where}\n\n`);
    // Line breaks inside the context would start new markdown blocks: shown as a symbol instead.
    const inline = (text: string): string => escapeInline(text.replace(/\n/g, ' ↵ '));
    const prefix = [...(annotation.prefix ?? '')].slice(-contextLimit).join('');
    const suffix = truncate(annotation.suffix ?? '', contextLimit);
    // Escaping trims the context: the space at the quote's edge is put back only where the text has one.
    const before = inline(prefix) + (/\s$/.test(prefix) ? ' ' : '');
    const after = (/^\s/.test(suffix) ? ' ' : '') + inline(suffix);
    markdown.appendMarkdown(`${before}**${inline(truncate(annotation.quote, 400))}**${after}\n\n`);
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(entry.start), document.positionAt(entry.end)));
  }
}

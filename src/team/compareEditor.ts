/**
 * How a comparison shows in the editor: a highlight per status (theme colours contributed in
 * package.json), a diff-like hover with Keep Mine / Take Theirs / Keep Both links, and the
 * `transcriptAnnotator.comparing` context key for menus and keybindings. Editing the text
 * ends the comparison: the other side's offsets refer to the text as it was compared.
 */
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import type { ComparisonItem, ComparisonStatus } from '../core/team';
import { rangeOf } from '../decorations/spans';
import { escapeInline, truncate } from '../core/markdown/escape';
import type { SidecarStore } from '../sidecar/store';
import { comparisons, type ShownItem } from './comparison';
import { contextKeys } from '../ids';
import { commandUri, type CommandId } from '../commands/ids';

/** The commands a comparison hover may run; nothing else is enabled in it. */
export const compareHoverCommands = [
  'transcriptAnnotator.keepMine',
  'transcriptAnnotator.takeTheirs',
  'transcriptAnnotator.keepBoth',
] as const satisfies readonly CommandId[];
type CompareHoverCommand = (typeof compareHoverCommands)[number];

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`transcriptAnnotator.${id}`);

function styles(): Record<ComparisonStatus, vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane.Center;
  return {
    agree: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('compareAgreeBackground'),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    differ: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('compareDifferBackground'),
      border: '1px solid',
      borderColor: color('compareDifferBorder'),
      overviewRulerColor: color('compareDifferBorder'),
      overviewRulerLane: ruler,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    'only-mine': vscode.window.createTextEditorDecorationType({
      backgroundColor: color('compareOnlyMineBackground'),
      overviewRulerColor: color('compareOnlyMineBackground'),
      overviewRulerLane: ruler,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    'only-theirs': vscode.window.createTextEditorDecorationType({
      border: '1px dashed',
      borderColor: color('compareOnlyTheirsBorder'),
      overviewRulerColor: color('compareOnlyTheirsBorder'),
      overviewRulerLane: ruler,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

// What was last drawn in each document, for getComparison of the test API (src/testApi.ts).
const drawn = new Map<string, Record<ComparisonStatus, vscode.Range[]>>();

/** The highlights last drawn in the document, as `line:character-line:character` by status. */
export function drawnHighlights(uri: vscode.Uri): Record<ComparisonStatus, string[]> | undefined {
  const ranges = drawn.get(uri.toString());
  if (!ranges) return undefined;
  const show = (r: vscode.Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  return {
    agree: ranges.agree.map(show),
    differ: ranges.differ.map(show),
    'only-mine': ranges['only-mine'].map(show),
    'only-theirs': ranges['only-theirs'].map(show),
  };
}

const statusTitles: Record<ComparisonStatus, string> = { agree: 'Both agree', differ: 'Disagreement', 'only-mine': 'Only mine', 'only-theirs': 'Only theirs' };

/** The open items of the document's comparison at `position`, if it is compared. */
export function itemsAt(store: SidecarStore, document: vscode.TextDocument, position: vscode.Position): ShownItem[] {
  const shown = comparisons.items(document.uri, store.peek(document.uri)?.sidecar?.annotations) ?? [];
  return shown.filter(({ item }) => [item.mine, item.theirs].some((a) => a && rangeOf(document, a).contains(position)));
}

/** Draws comparisons and keeps the context key; ends a comparison whose text is edited. */
export class CompareHighlights implements vscode.Disposable {
  private readonly types = styles();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: SidecarStore) {
    this.disposables.push(
      ...Object.values(this.types),
      comparisons.onDidChange(() => this.drawAll()),
      store.onDidChange((state) => comparisons.touch(state.textUri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.drawAll()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && comparisons.end(event.document.uri)) {
          void vscode.window.showInformationMessage(
            `The comparison of ${vscode.workspace.asRelativePath(event.document.uri)} ended: its text was edited. Compare again to go on.`,
          );
        }
      }),
    );
  }

  private drawAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
    this.updateContext();
  }

  private draw(editor: vscode.TextEditor): void {
    const shown = comparisons.items(editor.document.uri, this.store.peek(editor.document.uri)?.sidecar?.annotations) ?? [];
    const ranges: Record<ComparisonStatus, vscode.Range[]> = { agree: [], differ: [], 'only-mine': [], 'only-theirs': [] };
    for (const { item, open } of shown) {
      // A settled disagreement is drawn as what it now is: mine, agreed on.
      const status: ComparisonStatus = open ? item.status : 'agree';
      const at = item.mine ?? item.theirs;
      if (at && (open || item.mine)) ranges[status].push(rangeOf(editor.document, at));
    }
    for (const status of Object.keys(ranges) as ComparisonStatus[]) editor.setDecorations(this.types[status], ranges[status]);
    drawn.set(editor.document.uri.toString(), ranges);
  }

  private updateContext(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    void vscode.commands.executeCommand('setContext', contextKeys.comparing, uri !== undefined && comparisons.get(uri) !== undefined);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The diff-like hover of compared texts. */
export class CompareHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: SidecarStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const session = comparisons.get(document.uri);
    if (!session) return undefined;
    const found = itemsAt(this.store, document, position);
    if (found.length === 0) return undefined;
    const markdown = new vscode.MarkdownString();
    markdown.isTrusted = { enabledCommands: [...compareHoverCommands] };
    markdown.supportHtml = false;
    markdown.supportThemeIcons = false;
    for (const { item, open } of found) hoverOf(markdown, item, open, document.uri, session.label);
    return new vscode.Hover(markdown);
  }
}

function hoverOf(markdown: vscode.MarkdownString, item: ComparisonItem, open: boolean, uri: vscode.Uri, label: string): void {
  const why = item.status === 'differ' ? ` · differs in ${item.fields.join(', ')}` : '';
  markdown.appendMarkdown(
    `**${statusTitles[item.status]}**${open || item.status === 'agree' ? '' : ' (settled)'} · mine against ${escapeInline(label)}${why}\n\n`,
  );
  // Every line starts with "-", "+" or a space, so nothing from the files can close the fence.
  const lines = [item.mine ? `- mine    ${describe(item.mine)}` : '- mine    (none)', item.theirs ? `+ theirs  ${describe(item.theirs)}` : '+ theirs  (none)'];
  markdown.appendMarkdown(`\`\`\`diff\n${lines.join('\n')}\n\`\`\`\n\n`);
  if (!open) return;
  const id = (item.mine ?? item.theirs) as Annotation;
  const target = { uri: uri.toString(), id: id.id };
  const link = (title: string, command: CompareHoverCommand): string => `[${title}](${commandUri(command, target)} "${title}")`;
  const links = [link('Keep Mine', 'transcriptAnnotator.keepMine'), link('Take Theirs', 'transcriptAnnotator.takeTheirs')];
  if (item.mine && item.theirs) links.push(link('Keep Both', 'transcriptAnnotator.keepBoth'));
  markdown.appendMarkdown(`${links.join(' · ')}\n\n`);
}

// One line, whitespace collapsed: the fields that make an annotation what it is.
function describe(a: Annotation): string {
  const label = a.kind === 'entity' ? `${a.type}${a.entity ? ` → ${a.entity}` : ''}` : a.kind === 'claim' ? (a.claimType ?? 'claim') : (a.speaker ?? 'speaker');
  const extra = [
    a.kind === 'speaker' ? a.role : undefined,
    a.kind === 'claim' && a.verdict ? `verdict ${a.verdict}` : undefined,
    a.note ? `note ${truncate(a.note, 40)}` : undefined,
    a.author ? `by ${a.author}` : undefined,
  ].filter(Boolean);
  const text = `${a.kind} ${label} “${truncate(a.quote, 60)}” ${a.start}–${a.end}${extra.length ? ` · ${extra.join(' · ')}` : ''}`;
  return text.replace(/\s+/g, ' ').trim();
}

/** The editor side of comparisons, for the composition root. */
export function registerComparison(store: SidecarStore): vscode.Disposable[] {
  const texts: vscode.DocumentSelector = [{ language: 'transcript' }, { language: 'plaintext' }];
  return [new CompareHighlights(store), vscode.languages.registerHoverProvider(texts, new CompareHoverProvider(store)), comparisons];
}

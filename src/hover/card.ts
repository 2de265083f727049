/**
 * The hover card of one annotation: what it is, its text, who it is attributed to, the
 * canonical entity and its mentions, the note, review status, author and dates, and the
 * review actions as command links. Every piece of file text goes through escape.ts.
 */
import * as vscode from 'vscode';
import { Annotation } from '../core';
import { commandUri, type CommandId } from '../commands/ids';
import { escapeInline, escapeMultiline, truncate } from '../core/markdown/escape';

/** The only commands a hover card may run; the MarkdownString enables exactly these. */
export const hoverCommands = [
  'transcriptAnnotator.acceptAnnotation',
  'transcriptAnnotator.rejectAnnotation',
  'transcriptAnnotator.editAnnotation',
  'transcriptAnnotator.removeAnnotation',
  'transcriptAnnotator.openSidecar',
  'transcriptAnnotator.groupClaim',
] as const satisfies readonly CommandId[];

type HoverCommand = (typeof hoverCommands)[number];

/** What the card needs to know beyond the annotation itself. */
export interface CardContext {
  readonly textUri: vscode.Uri;
  /** The other annotations of the same file, to name who a claim is attributed to. */
  readonly siblings: readonly Annotation[];
  /** Non-rejected, non-orphaned mentions of a canonical entity across the workspace. */
  readonly mentionsOf: (entity: string) => { mentions: number; files: number };
  /** The entity registry's name for a canonical entity, when it lists it. */
  readonly nameOf?: (entity: string) => string | undefined;
}

const kindTitles = { claim: 'Claim', speaker: 'Speaker', entity: 'Entity' } as const;
const quoteLimit = 280;

/**
 * A markdown string that renders no HTML and can run only the hover commands. Theme icons
 * stay off: with them on, `$(name)` in a note would still turn into an icon after escaping.
 */
export function newHoverMarkdown(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', false);
  markdown.supportHtml = false;
  markdown.isTrusted = { enabledCommands: [...hoverCommands] };
  return markdown;
}

/** Appends one card; several overlapping annotations get one card each, separated by a rule. */
export function appendCard(markdown: vscode.MarkdownString, annotation: Annotation, context: CardContext): void {
  const type = annotation.kind === 'claim' ? annotation.claimType : annotation.kind === 'entity' ? annotation.type : annotation.role;
  const heading = [`**${kindTitles[annotation.kind]}**`, type && escapeInline(type), `*${annotation.status}*`];
  markdown.appendMarkdown(`${heading.filter(Boolean).join(' · ')}\n\n`);
  markdown.appendMarkdown(`> ${escapeInline(truncate(annotation.quote, quoteLimit))}\n\n`);
  for (const line of detailLines(annotation, context)) markdown.appendMarkdown(`${line}\n\n`);
  if (annotation.note) markdown.appendMarkdown(`**Note:** ${escapeMultiline(annotation.note)}\n\n`);
  const provenance = [
    annotation.author && `by ${escapeInline(annotation.author)}`,
    annotation.created && `created ${formatDate(annotation.created)}`,
    annotation.modified && annotation.modified !== annotation.created && `modified ${formatDate(annotation.modified)}`,
  ].filter(Boolean);
  if (provenance.length > 0) markdown.appendMarkdown(`*${provenance.join(' · ')}*\n\n`);
  markdown.appendMarkdown(`${actions(annotation, context.textUri).join(' · ')}\n\n`);
}

function detailLines(annotation: Annotation, context: CardContext): string[] {
  switch (annotation.kind) {
    case 'claim': {
      const review = [
        ...(annotation.verdict ? [`**Verdict:** ${escapeInline(truncate(annotation.verdict, 80))}`] : []),
        // Shown as inert text, not a link: the address comes from a file anyone can edit.
        ...(annotation.reviewUrl ? [`Fact check: ${escapeInline(truncate(annotation.reviewUrl, 200))}`] : []),
      ];
      if (!annotation.by) return review;
      const source = context.siblings.find((other) => other.id === annotation.by);
      if (!source) return [`Attributed to a missing annotation \`${escapeInline(annotation.by)}\``, ...review];
      const name = source.kind === 'speaker' ? (source.speaker ?? source.quote) : source.quote;
      return [`Said by **${escapeInline(truncate(name, 80))}** (${source.kind})`, ...review];
    }
    case 'speaker': {
      const speaker = annotation.speaker ? [`Speaker **${escapeInline(annotation.speaker)}**`] : [];
      return annotation.entity ? [...speaker, canonicalLine(annotation.entity, context, 'Person')] : speaker;
    }
    case 'entity': {
      if (!annotation.entity) return ['Not linked to a canonical entity'];
      return [canonicalLine(annotation.entity, context, 'Canonical entity')];
    }
  }
}

/** `Canonical entity **Name** (id) · n mentions in m files`; a speaker's person counts its turns too. */
function canonicalLine(entity: string, context: CardContext, title: string): string {
  const { mentions, files } = context.mentionsOf(entity);
  const count = `${mentions} ${mentions === 1 ? 'mention' : 'mentions'} in ${files} ${files === 1 ? 'file' : 'files'}`;
  const name = context.nameOf?.(entity);
  const canonical = name ? `**${escapeInline(name)}** (${escapeInline(entity)})` : `**${escapeInline(entity)}**`;
  return `${title} ${canonical} · ${count}`;
}

function actions(annotation: Annotation, textUri: vscode.Uri): string[] {
  // `hover: true` asks the command to show the card again once the action is done.
  const target = { uri: textUri.toString(), id: annotation.id, hover: true };
  return [
    annotation.status !== 'accepted' && link('Accept', 'transcriptAnnotator.acceptAnnotation', target),
    annotation.status !== 'rejected' && link('Reject', 'transcriptAnnotator.rejectAnnotation', target),
    link('Edit', 'transcriptAnnotator.editAnnotation', target),
    annotation.kind === 'claim' && link('Verdict', 'transcriptAnnotator.editAnnotation', { ...target, field: 'verdict' }),
    annotation.kind === 'claim' && link('Review URL', 'transcriptAnnotator.editAnnotation', { ...target, field: 'reviewUrl' }),
    annotation.kind === 'claim' && link('Group', 'transcriptAnnotator.groupClaim', target),
    link('Remove', 'transcriptAnnotator.removeAnnotation', target),
    // Opening the sidecar leaves the text: there is no card to show again.
    link('Open in sidecar', 'transcriptAnnotator.openSidecar', { ...target, hover: false }),
  ].filter((action): action is string => typeof action === 'string');
}

function link(title: string, command: HoverCommand, argument: { uri: string; id: string; field?: string; hover: boolean }): string {
  return `[${title}](${commandUri(command, argument)})`;
}

/** `2026-02-14 19:52 UTC`: short, unambiguous across the team's time zones. */
function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? escapeInline(iso) : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

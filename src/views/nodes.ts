/**
 * The nodes of the Annotations view (document -> kind -> annotation, plus an orphaned group
 * per document) and how each is shown. Labels come from files, but tree items render them
 * as plain text, so no escaping is needed here, unlike in hover cards.
 */
import * as vscode from 'vscode';
import { Annotation, AnnotationKind, AnnotationStatus, counted } from '../core';
import type { ComparisonItem } from '../core/team';
import { rangeOf } from '../decorations/spans';
import { countOf } from '../core/status/summary';
import { noAuthorLabel } from './filter';

export type Node =
  | { readonly type: 'document'; readonly textUri: vscode.Uri; readonly annotations: readonly Annotation[]; readonly invalid: boolean }
  | { readonly type: 'kind'; readonly textUri: vscode.Uri; readonly kind: AnnotationKind; readonly annotations: readonly Annotation[] }
  | { readonly type: 'orphaned'; readonly textUri: vscode.Uri; readonly annotations: readonly Annotation[] }
  /** The labels of one speaker's turns, when there are several (views/speakerGroups.ts). */
  | { readonly type: 'speaker'; readonly textUri: vscode.Uri; readonly speaker: string; readonly annotations: readonly Annotation[] }
  // `uri` and `id` make the node itself a valid argument of Accept, Reject and Reveal.
  // `showAuthor`: the document has annotations by several people, so each says whose it is.
  | { readonly type: 'annotation'; readonly uri: string; readonly id: string; readonly annotation: Annotation; readonly showAuthor?: boolean }
  // Compare Annotations With...: the open disagreements of the document; `uri` and `id` make each a Keep Mine / Take Theirs argument.
  | { readonly type: 'disagreements'; readonly textUri: vscode.Uri; readonly label: string; readonly items: readonly ComparisonItem[] }
  | { readonly type: 'disagreement'; readonly uri: string; readonly id: string; readonly item: ComparisonItem };

/** What the view shows about canonical entities: the registry name and the mentions across files. */
export interface EntityInfo {
  describeEntity(id: string, uri?: vscode.Uri): { readonly name?: string; readonly mentions: number; readonly files: number };
  readonly onDidChange: vscode.Event<void>;
}

const kindTitles: Record<AnnotationKind, string> = { claim: 'Claims', speaker: 'Speakers', entity: 'Entities' };
const kindIcons: Record<AnnotationKind, string> = { claim: 'comment', speaker: 'person', entity: 'tag' };
const statusIcons: Record<AnnotationStatus, vscode.ThemeIcon> = {
  accepted: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  proposed: new vscode.ThemeIcon('circle-large-outline'),
  rejected: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
};
const labelLimit = 60;
// Long groups (a transcript's many speaker labels) start collapsed so they do not bury the rest.
const expandedUpTo = 20;

function expanded(count: number): vscode.TreeItemCollapsibleState {
  return count <= expandedUpTo ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}

export function treeItemOf(node: Node, entities?: EntityInfo): vscode.TreeItem {
  switch (node.type) {
    case 'document': {
      // Collapsed: the view opens as an overview of the workspace, and expands the active file itself.
      const state = node.invalid ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.textUri), state);
      item.id = node.textUri.toString();
      item.resourceUri = node.textUri;
      item.contextValue = 'document';
      if (node.invalid) {
        item.description = 'sidecar has errors';
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        item.command = { title: 'Open Sidecar', command: 'transcriptAnnotator.openSidecar', arguments: [node.textUri] };
      } else {
        item.iconPath = vscode.ThemeIcon.File;
        item.description = describeDocument(node.annotations);
      }
      return item;
    }
    case 'kind': {
      const item = new vscode.TreeItem(kindTitles[node.kind], expanded(node.annotations.length));
      item.id = `${node.textUri.toString()}#${node.kind}`;
      item.iconPath = new vscode.ThemeIcon(kindIcons[node.kind]);
      const toReview = node.annotations.filter((annotation) => annotation.status === 'proposed').length;
      item.description = `${node.annotations.length}${toReview > 0 ? ` · ${toReview} to review` : ''}`;
      item.contextValue = 'kind';
      return item;
    }
    case 'speaker': {
      const item = new vscode.TreeItem(node.speaker, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.textUri.toString()}#speaker/${node.speaker}`;
      item.iconPath = new vscode.ThemeIcon('person');
      const toReview = node.annotations.filter((annotation) => annotation.status === 'proposed').length;
      const role = node.annotations.find((annotation) => annotation.kind === 'speaker' && annotation.role);
      item.description = [counted(node.annotations.length, 'turn'), role?.kind === 'speaker' && role.role, toReview > 0 && `${toReview} to review`]
        .filter(Boolean)
        .join(' · ');
      item.contextValue = 'speakerGroup';
      return item;
    }
    case 'orphaned': {
      const item = new vscode.TreeItem('Orphaned', expanded(node.annotations.length));
      item.id = `${node.textUri.toString()}#orphaned`;
      item.iconPath = new vscode.ThemeIcon('warning');
      item.description = String(node.annotations.length);
      item.tooltip = 'Annotations whose text is gone from the file. They are kept in the sidecar but not drawn.';
      item.contextValue = 'orphaned';
      return item;
    }
    case 'annotation':
      return annotationItem(node.uri, node.annotation, entities, node.showAuthor ?? false);
    case 'disagreements': {
      const item = new vscode.TreeItem('Disagreements', vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${node.textUri.toString()}#disagreements`;
      item.iconPath = new vscode.ThemeIcon('diff');
      item.description = `${node.items.length} · with ${node.label}`;
      item.tooltip = `Where this sidecar and ${node.label} differ. Settle each with Keep Mine, Take Theirs or Keep Both; End Comparison removes this group.`;
      item.contextValue = 'disagreements';
      return item;
    }
    case 'disagreement':
      return disagreementItem(node.uri, node.item);
  }
}

const disagreementTitles = { differ: 'differs', 'only-mine': 'only mine', 'only-theirs': 'only theirs', agree: 'agrees' } as const;

function disagreementItem(uri: string, comparison: ComparisonItem): vscode.TreeItem {
  const at = (comparison.mine ?? comparison.theirs) as Annotation;
  const flat = at.quote.replace(/\s+/g, ' ').trim();
  const label = [...flat].length > labelLimit ? `${[...flat].slice(0, labelLimit - 1).join('')}…` : flat;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${uri}#disagreement/${comparison.mine?.id ?? ''}/${comparison.theirs?.id ?? ''}`;
  const what = comparison.status === 'differ' ? `differs in ${comparison.fields.join(', ')}` : disagreementTitles[comparison.status];
  item.description = `${at.kind} · ${what}`;
  item.iconPath = new vscode.ThemeIcon(comparison.status === 'differ' ? 'diff-modified' : comparison.status === 'only-mine' ? 'diff-removed' : 'diff-added');
  item.tooltip = `${at.kind} · ${what}\n\n${at.quote}`;
  item.contextValue = `disagreement.${comparison.status}`;
  if (comparison.mine)
    item.command = { title: 'Reveal Annotation', command: 'transcriptAnnotator.revealAnnotation', arguments: [{ uri, id: comparison.mine.id }] };
  else {
    // Theirs alone is not in the sidecar: open the text at its span.
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const selection = document ? rangeOf(document, at) : undefined;
    item.command = { title: 'Reveal', command: 'vscode.open', arguments: [vscode.Uri.parse(uri), selection ? { selection } : {}] };
  }
  return item;
}

function annotationItem(uri: string, annotation: Annotation, entities: EntityInfo | undefined, showAuthor: boolean): vscode.TreeItem {
  const flat = annotation.quote.replace(/\s+/g, ' ').trim();
  const label = [...flat].length > labelLimit ? `${[...flat].slice(0, labelLimit - 1).join('')}…` : flat;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${uri}#${annotation.orphaned ? 'orphaned/' : ''}${annotation.id}`;
  const canonical = annotation.kind !== 'claim' && annotation.entity ? entities?.describeEntity(annotation.entity, vscode.Uri.parse(uri)) : undefined;
  const detail = annotation.kind === 'claim' ? annotation.claimType : annotation.kind === 'entity' ? (canonical?.name ?? annotation.type) : annotation.speaker;
  item.description = [
    annotation.orphaned ? annotation.kind : undefined,
    detail,
    annotation.status,
    showAuthor ? (annotation.author ?? noAuthorLabel) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  item.iconPath = statusIcons[annotation.status];
  const entityLine =
    canonical &&
    annotation.kind !== 'claim' &&
    `Canonical entity: ${canonical.name ? `${canonical.name} (${annotation.entity})` : annotation.entity} · ${counted(canonical.mentions, 'mention')} in ${counted(canonical.files, 'file')}`;
  item.tooltip = [
    `${annotation.kind} · ${annotation.status}`,
    annotation.quote,
    entityLine,
    annotation.note && `Note: ${annotation.note}`,
    annotation.author && `By ${annotation.author}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  item.contextValue = `annotation.${annotation.status}`;
  item.command = { title: 'Reveal Annotation', command: 'transcriptAnnotator.revealAnnotation', arguments: [{ uri, id: annotation.id }] };
  return item;
}

/** `2 claims · 1 speaker · 1 orphaned`: only the kinds present, to keep the line short. */
function describeDocument(annotations: readonly Annotation[]): string {
  const drawn = annotations.filter((annotation) => !annotation.orphaned);
  const parts = (['claim', 'speaker', 'entity'] as const)
    .map((kind) => ({ kind, count: drawn.filter((annotation) => annotation.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => countOf(kind, count));
  const orphaned = annotations.length - drawn.length;
  if (orphaned > 0) parts.push(`${orphaned} orphaned`);
  return parts.join(' · ');
}

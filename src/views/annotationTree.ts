/**
 * The data of the Annotations view: every workspace document whose sidecar holds
 * annotations (or has errors), each with its annotations by kind and its orphaned ones,
 * narrowed by the filter. Rebuilt from the store whenever a sidecar changes.
 */
import * as vscode from 'vscode';
import { Annotation } from '../core';
import { kinds } from '../decorations/styles';
import { isInvalid, SidecarStore } from '../sidecar/store';
import { AnnotationFilter } from './filter';
import { EntityInfo, Node, treeItemOf } from './nodes';
import { speakerChildren } from './speakerGroups';
import { comparisons } from '../team/comparison';

// The workspace scan loads sidecars one by one: one refresh for the whole burst.
const refreshDelayMs = 100;

export class AnnotationTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: SidecarStore,
    private readonly filter: AnnotationFilter,
    private readonly entities?: EntityInfo,
  ) {
    this.disposables.push(
      this.changed,
      store.onDidChange(() => this.schedule()),
      filter.onDidChange(() => this.changed.fire()),
      comparisons.onDidChange(() => this.schedule()),
      // Registry names and cross-file counts change with other files and the registry.
      ...(entities ? [entities.onDidChange(() => this.schedule())] : []),
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), refreshDelayMs);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return treeItemOf(node, this.entities);
  }

  // The author is shown beside each annotation only where a file has several.
  private annotationNodes(textUri: vscode.Uri, annotations: readonly Annotation[]): Node[] {
    const showAuthor = authorsOf(this.store.peek(textUri)?.sidecar?.annotations ?? []).length > 1;
    return annotations.map((annotation) => annotationNode(textUri, annotation, showAuthor));
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.documents();
    switch (node.type) {
      case 'document': {
        const drawn = node.annotations.filter((annotation) => !annotation.orphaned);
        const orphaned = node.annotations.filter((annotation) => annotation.orphaned);
        const byKind: Node[] = kinds
          .map((kind): Node => ({ type: 'kind', textUri: node.textUri, kind, annotations: drawn.filter((annotation) => annotation.kind === kind) }))
          .filter((child) => child.type === 'kind' && child.annotations.length > 0);
        const groups = orphaned.length > 0 ? [...byKind, { type: 'orphaned', textUri: node.textUri, annotations: orphaned } as Node] : byKind;
        const disagreements = this.disagreements(node.textUri);
        return disagreements ? [disagreements, ...groups] : groups;
      }
      case 'kind':
        if (node.kind === 'speaker') return speakerChildren(node.textUri, node.annotations);
        return this.annotationNodes(node.textUri, node.annotations);
      case 'speaker':
      case 'orphaned':
        return this.annotationNodes(node.textUri, node.annotations);
      case 'disagreements':
        return node.items.map((item): Node => ({ type: 'disagreement', uri: node.textUri.toString(), id: (item.mine ?? item.theirs)?.id ?? '', item }));
      case 'annotation':
      case 'disagreement':
        return [];
    }
  }

  // Shown while the document is compared and something is still to settle, whatever the filter.
  private disagreements(textUri: vscode.Uri): Node | undefined {
    const session = comparisons.get(textUri);
    const open = comparisons
      .items(textUri, this.store.peek(textUri)?.sidecar?.annotations)
      ?.filter((s) => s.open)
      .map((s) => s.item);
    return session && open && open.length > 0 ? { type: 'disagreements', textUri, label: session.label, items: open } : undefined;
  }

  /** Needed by `TreeView.reveal`; nodes are plain data, so parents are built again from the store. */
  getParent(node: Node): Node | undefined {
    if (node.type === 'document') return undefined;
    const textUri = node.type === 'annotation' || node.type === 'disagreement' ? vscode.Uri.parse(node.uri) : node.textUri;
    const document = this.documentNode(textUri);
    if (!document) return undefined;
    if (node.type === 'disagreement') return this.disagreements(textUri);
    if (node.type === 'speaker') return this.getChildren(document).find((group) => group.type === 'kind' && group.kind === 'speaker');
    if (node.type !== 'annotation') return document;
    const parent = this.getChildren(document).find((group) =>
      group.type === 'orphaned' ? node.annotation.orphaned : group.type === 'kind' && !node.annotation.orphaned && group.kind === node.annotation.kind,
    );
    // A speaker's label sits under its speaker's row when that speaker has several turns.
    const speakerGroup =
      parent?.type === 'kind' && parent.kind === 'speaker'
        ? this.getChildren(parent).find((child) => child.type === 'speaker' && child.annotations.some((a) => a.id === node.id))
        : undefined;
    return speakerGroup ?? parent;
  }

  /** The document's node, if the view shows it. */
  documentNode(textUri: vscode.Uri): Node | undefined {
    const state = this.store.peek(textUri);
    if (!state) return undefined;
    const invalid = isInvalid(state);
    const annotations = (state.sidecar?.annotations ?? []).filter((annotation) => this.filter.matches(annotation));
    return invalid || annotations.length > 0 ? { type: 'document', textUri: state.textUri, annotations, invalid } : undefined;
  }

  private documents(): Node[] {
    const nodes = this.store.all().flatMap((state) => this.documentNode(state.textUri) ?? []);
    const name = (node: Node): string => (node.type === 'document' ? vscode.workspace.asRelativePath(node.textUri) : '');
    return nodes.sort((a, b) => name(a).localeCompare(name(b)));
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function annotationNode(textUri: vscode.Uri, annotation: Annotation, showAuthor: boolean): Node {
  return { type: 'annotation', uri: textUri.toString(), id: annotation.id, annotation, ...(showAuthor ? { showAuthor } : {}) };
}

/** The distinct authors of `annotations`, `''` for those without one. */
export function authorsOf(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.map((annotation) => annotation.author ?? ''))];
}

/** The Annotations view in its own activity bar container: the tree, its filter and its message. */
import * as vscode from 'vscode';
import { SidecarStore } from '../sidecar/store';
import { AnnotationTreeProvider, authorsOf } from './annotationTree';
import { AnnotationFilter } from './filter';
import { EntityInfo, Node } from './nodes';
import { viewIds } from '../ids';

export const annotationsViewId = viewIds.annotations;

/** A tree item as plain JSON (what getAnnotationTree of the test API returns to tests). */
export interface TreeSnapshot {
  readonly label: string;
  readonly description?: string;
  readonly children?: TreeSnapshot[];
}

export class AnnotationsView implements vscode.Disposable {
  readonly filter: AnnotationFilter;
  private readonly provider: AnnotationTreeProvider;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  /** The document last expanded for the user, so a refresh never reopens what they closed. */
  private revealed: string | undefined;

  constructor(store: SidecarStore, entities?: EntityInfo) {
    this.filter = new AnnotationFilter(() => store.all().flatMap((state) => authorsOf(state.sidecar?.annotations ?? [])));
    this.provider = new AnnotationTreeProvider(store, this.filter, entities);
    this.view = vscode.window.createTreeView(annotationsViewId, { treeDataProvider: this.provider, showCollapseAll: true });
    this.disposables.push(
      this.filter.onDidChange(() => {
        this.view.message = this.filter.isActive ? `Showing only ${this.filter.describe()}` : undefined;
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.revealActive()),
      this.view.onDidChangeVisibility(() => this.revealActive()),
      this.provider.onDidChangeTreeData(() => this.revealActive()),
    );
  }

  /** Expands the active editor's document, once per switch to it, while the view is shown. */
  private revealActive(retries = 3): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const node = uri && this.provider.documentNode(uri);
    if (!node || !this.view.visible || this.revealed === uri.toString()) return;
    this.revealed = uri.toString();
    this.view.reveal(node, { expand: true, select: false, focus: false }).then(undefined, () => {
      // A view that has just become visible may not have loaded its roots yet: try again shortly.
      this.revealed = undefined;
      if (retries > 0) setTimeout(() => this.revealActive(retries - 1), 250);
    });
  }

  /** The whole tree, every node expanded, as the view would show it now. */
  snapshot(): TreeSnapshot[] {
    const walk = (node: Node): TreeSnapshot => {
      const item = this.provider.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const children = this.provider.getChildren(node).map(walk);
      return {
        label,
        ...(typeof item.description === 'string' && item.description ? { description: item.description } : {}),
        ...(children.length > 0 ? { children } : {}),
      };
    };
    return this.provider.getChildren().map(walk);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.view.dispose();
    this.provider.dispose();
    this.filter.dispose();
  }
}

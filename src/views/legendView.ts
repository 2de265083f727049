/**
 * The Highlight Colours view (under Annotations): what each colour and line style means.
 * Entity types show their own theme colour as the icon, so the legend follows the theme and
 * the user's `workbench.colorCustomizations` and `transcriptAnnotator.entityTypeColors`.
 */
import * as vscode from 'vscode';
import type { EntityTypeLayer } from '../decorations/typeLayer';
import { viewIds } from '../ids';

export const legendViewId = viewIds.legend;

interface Entry {
  readonly label: string;
  readonly description: string;
  readonly icon: vscode.ThemeIcon;
  readonly tooltip?: string;
}

class LegendProvider implements vscode.TreeDataProvider<Entry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly layer: EntityTypeLayer) {}

  refresh(): void {
    this.changed.fire();
  }

  getTreeItem(entry: Entry): vscode.TreeItem {
    const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
    item.description = entry.description;
    item.iconPath = entry.icon;
    item.tooltip = entry.tooltip ?? `${entry.label}: ${entry.description}`;
    return item;
  }

  getChildren(): Entry[] {
    const types = this.layer.legend().map((entry): Entry => ({
      label: entry.type,
      description: entry.custom ? `entity · ${entry.color} (transcriptAnnotator.entityTypeColors)` : 'entity background',
      // A hex colour cannot colour a theme icon: those entries show a plain swatch and name their colour.
      icon: entry.custom ? new vscode.ThemeIcon('circle-large-filled') : new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(entry.color)),
      tooltip: entry.custom ? undefined : `Entity type “${entry.type}”: theme colour ${entry.color}`,
    }));
    return [
      ...types,
      {
        label: 'claim',
        description: 'underline',
        icon: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('transcriptAnnotator.claimUnderline')),
      },
      { label: 'speaker', description: 'box', icon: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('transcriptAnnotator.speakerBorder')) },
      { label: 'proposed', description: 'dashed line', icon: new vscode.ThemeIcon('circle-large-outline') },
      { label: 'rejected', description: 'dimmed', icon: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')) },
    ];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export class LegendView implements vscode.Disposable {
  private readonly provider: LegendProvider;
  private readonly disposables: vscode.Disposable[];

  constructor(layer: EntityTypeLayer) {
    this.provider = new LegendProvider(layer);
    this.disposables = [
      this.provider,
      vscode.window.registerTreeDataProvider(legendViewId, this.provider),
      layer.onDidChangeColors(() => this.provider.refresh()),
    ];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * One decoration type per kind and review status, created once (and again only when the
 * gutter icon setting changes). Kinds stay distinguishable where they overlap: entities as
 * a background, claims as an underline, speakers as a box. Proposed annotations use a
 * dashed line and lighter colours; rejected ones are dimmed rather than struck through, so
 * the text stays readable. Every colour is a contributed theme colour (package.json
 * `contributes.colors`).
 */
import * as vscode from 'vscode';
import { AnnotationKind, AnnotationStatus } from '../core';

export const kinds: readonly AnnotationKind[] = ['claim', 'speaker', 'entity'];
export const statuses: readonly AnnotationStatus[] = ['accepted', 'proposed', 'rejected'];

export type DecorationTypes = Record<AnnotationKind, Record<AnnotationStatus, vscode.TextEditorDecorationType>>;

const color = (name: string): vscode.ThemeColor => new vscode.ThemeColor(`transcriptAnnotator.${name}`);

const lanes: Record<AnnotationKind, vscode.OverviewRulerLane> = {
  entity: vscode.OverviewRulerLane.Left,
  claim: vscode.OverviewRulerLane.Center,
  speaker: vscode.OverviewRulerLane.Right,
};

/** The shape of each kind in each status, before the shared ruler and gutter options. */
const looks: Record<AnnotationKind, Record<AnnotationStatus, vscode.DecorationRenderOptions>> = {
  entity: {
    // The border is transparent except in high contrast themes, where backgrounds are not enough.
    // The background is the entity type's colour, drawn by typeLayer.ts under these looks.
    accepted: { border: '1px solid', borderColor: color('entityBorder'), borderRadius: '2px' },
    // An outline, not a border, so a proposed entity inside a speaker's box stays visible.
    proposed: { outline: '1px dashed', outlineColor: color('entityProposedBorder'), borderRadius: '2px' },
    rejected: { backgroundColor: color('rejectedBackground'), opacity: '0.6', borderRadius: '2px' },
  },
  claim: {
    accepted: { borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: color('claimUnderline') },
    proposed: { borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0', borderColor: color('claimProposedUnderline') },
    rejected: { borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0', borderColor: color('rejectedBorder'), opacity: '0.6' },
  },
  speaker: {
    accepted: { borderStyle: 'solid', borderWidth: '1px', borderRadius: '3px', borderColor: color('speakerBorder'), fontWeight: 'bold' },
    proposed: { borderStyle: 'dashed', borderWidth: '1px', borderRadius: '3px', borderColor: color('speakerProposedBorder'), fontWeight: 'bold' },
    rejected: { borderStyle: 'dotted', borderWidth: '1px', borderRadius: '3px', borderColor: color('rejectedBorder'), opacity: '0.6' },
  },
};

/**
 * Creates the nine decoration types. `gutterIcons` is the extension folder when the
 * `transcriptAnnotator.gutterIcons` setting is on, else undefined.
 */
export function createDecorationTypes(gutterIcons: vscode.Uri | undefined): DecorationTypes {
  const create = (kind: AnnotationKind, status: AnnotationStatus): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({
      ...looks[kind][status],
      // Text typed at an edge stays outside, as the live tracker places it; VS Code then moves
      // the ranges with the text exactly as the tracker does, and edits need not redraw them.
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      // Rejected annotations are noise when scanning a file: no ruler mark, no gutter icon.
      ...(status === 'rejected' ? {} : { overviewRulerColor: color(`${kind}OverviewRuler`), overviewRulerLane: lanes[kind] }),
      ...(gutterIcons && status !== 'rejected'
        ? { gutterIconPath: vscode.Uri.joinPath(gutterIcons, 'media', `gutter-${kind}.svg`), gutterIconSize: 'contain' }
        : {}),
    });
  const byStatus = (kind: AnnotationKind): Record<AnnotationStatus, vscode.TextEditorDecorationType> => ({
    accepted: create(kind, 'accepted'),
    proposed: create(kind, 'proposed'),
    rejected: create(kind, 'rejected'),
  });
  return { claim: byStatus('claim'), speaker: byStatus('speaker'), entity: byStatus('entity') };
}

export function disposeDecorationTypes(types: DecorationTypes): void {
  for (const kind of kinds) for (const status of statuses) types[kind][status].dispose();
}

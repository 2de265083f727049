/**
 * One decoration type per kind, created once. Kinds stay distinguishable where they
 * overlap: entities as a background, claims as an underline, speakers as a box.
 * Every colour is a contributed theme colour (see package.json `contributes.colors`).
 */
import * as vscode from 'vscode';
import { AnnotationKind } from '../core';

const color = (name: string): vscode.ThemeColor => new vscode.ThemeColor(`transcriptAnnotator.${name}`);

export function createDecorationTypes(): Record<AnnotationKind, vscode.TextEditorDecorationType> {
  return {
    entity: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('entityBackground'),
      // Transparent except in high contrast themes, where backgrounds are not enough.
      border: '1px solid',
      borderColor: color('entityBorder'),
      borderRadius: '2px',
      overviewRulerColor: color('entityOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    claim: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none solid none',
      borderWidth: '0 0 2px 0',
      borderColor: color('claimUnderline'),
      overviewRulerColor: color('claimOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    speaker: vscode.window.createTextEditorDecorationType({
      borderStyle: 'solid',
      borderWidth: '1px',
      borderRadius: '3px',
      borderColor: color('speakerBorder'),
      fontWeight: 'bold',
      overviewRulerColor: color('speakerOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
  };
}

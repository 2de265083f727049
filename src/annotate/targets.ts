/**
 * What the user wants tagged: one span per selection, in code points of the normalised
 * text. An empty selection takes the word under the cursor, or for speakers the speaker
 * label of the line; surrounding whitespace and punctuation are trimmed.
 */
import * as vscode from 'vscode';
import { CodePointText, normalizeText, OffsetMap } from '../core';
import { trimSpan } from '../core/annotate';
import { speakerLabelAt } from '../core/transcript';

export interface Target {
  /** Code point offsets into the normalised text. */
  readonly start: number;
  readonly end: number;
  /** The UTF-16 document offset of the start (to find the turn it sits in). */
  readonly documentOffset: number;
}

export interface DocumentTexts {
  readonly raw: string;
  readonly map: OffsetMap;
  readonly text: CodePointText;
}

export function documentTexts(document: vscode.TextDocument): DocumentTexts {
  const raw = document.getText();
  return { raw, map: new OffsetMap(raw), text: new CodePointText(normalizeText(raw)) };
}

export function targetsOf(editor: vscode.TextEditor, texts: DocumentTexts, mode: 'word' | 'speaker'): Target[] {
  const { document } = editor;
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const selection of editor.selections) {
    let start = document.offsetAt(selection.start);
    let end = document.offsetAt(selection.end);
    if (start === end) {
      const label = mode === 'speaker' ? speakerLabelAt(texts.raw, start) : undefined;
      const word = label ? undefined : document.getWordRangeAtPosition(selection.active);
      if (label) [start, end] = [label.nameRange.start, label.nameRange.end];
      else if (word) [start, end] = [document.offsetAt(word.start), document.offsetAt(word.end)];
      else continue;
    }
    const trimmed = trimSpan(texts.raw, start, end);
    if (!trimmed) continue;
    const target = { start: texts.map.toCodePoint(trimmed.start), end: texts.map.toCodePoint(trimmed.end), documentOffset: trimmed.start };
    const key = `${target.start}:${target.end}`;
    if (target.start < target.end && !seen.has(key)) {
      seen.add(key);
      targets.push(target);
    }
  }
  return targets;
}

/**
 * A transcript's speaker labels grouped by speaker: eleven turns of one host make one row
 * (“Elin Marsh · 11 turns”) that opens on the turns, instead of eleven identical rows. A
 * speaker with a single label stays a plain row.
 */
import * as vscode from 'vscode';
import { Annotation } from '../core';
import type { Node } from './nodes';

/** The name a speaker label is grouped under: the normalised name, else the label as written. */
export function speakerKey(annotation: Annotation): string {
  return annotation.kind === 'speaker' ? (annotation.speaker ?? annotation.quote).trim() : annotation.quote;
}

/** The children of the Speakers row: one per speaker, in the order they first speak. */
export function speakerChildren(textUri: vscode.Uri, annotations: readonly Annotation[]): Node[] {
  const bySpeaker = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const key = speakerKey(annotation);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), annotation]);
  }
  return [...bySpeaker].map(([speaker, turns]): Node =>
    turns.length === 1 && turns[0]
      ? { type: 'annotation', uri: textUri.toString(), id: turns[0].id, annotation: turns[0] }
      : { type: 'speaker', textUri, speaker, annotations: turns },
  );
}

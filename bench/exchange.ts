/**
 * Export and re-import of one long transcript (about 1 MB, CRLF, an emoji every few lines,
 * 5,000 annotations) in each format that round-trips, next to the lossless json format.
 */
import { contextAround, hashText, normalizeText, type Annotation } from '../src/core';
import {
  exportJson,
  exportLabelStudio,
  exportSpacy,
  exportWebanno,
  importJson,
  importLabelStudio,
  importSpacy,
  importWebanno,
  type ExportDocument,
  type ExportResult,
  type ImportResult,
} from '../src/core/exchange';

const LINES = 9000;
const ANNOTATIONS = 5000;

function document(): ExportDocument {
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    lines.push(
      i % 3 === 0
        ? `OKONJO: Reyes's union says ${1000 + i} dockworkers 🚢 walked out of Pier ${i % 40} on Tuesday.`
        : `Police say ${i} people were held near the quay; the ministry didn't confirm it, and café owners closed early.`,
    );
  }
  const normalized = lines.join('\n') + '\n';
  const points = Array.from(normalized);
  const annotations: Annotation[] = [];
  let at = 0;
  for (let i = 0; annotations.length < ANNOTATIONS && at < points.length; i++) {
    const start = points.indexOf(i % 2 === 0 ? 'R' : 'P', at);
    if (start < 0) break;
    const end = start + 5;
    const quote = points.slice(start, end).join('');
    const id = `b${i.toString(36).padStart(7, '0')}`;
    const base = { id, start, end, quote, ...contextAround(normalized, start, end), status: 'accepted' as const };
    annotations.push(i % 3 === 0 ? { ...base, kind: 'claim', claimType: 'statistic' } : { ...base, kind: 'entity', type: 'person', entity: 'reyes' });
    at = end + 40;
  }
  return {
    path: 'long/transcript.txt',
    text: normalized.replace(/\n/g, '\r\n'),
    sidecar: { version: 1, text: 'transcript.txt', textHash: hashText(normalized), annotations },
  };
}

function median(times: number[]): number {
  const sorted = times.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void, repeat = 5): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  return median(times);
}

export function benchExchange(): void {
  const doc = document();
  const target = { textRaw: doc.text, textName: 'transcript.txt', documentPath: doc.path };
  const formats: Array<[string, (d: readonly ExportDocument[]) => ExportResult, (content: string) => ImportResult]> = [
    ['json', exportJson, (c) => importJson(c, target)],
    ['labelstudio', exportLabelStudio, (c) => importLabelStudio(c, target)],
    ['spacy', exportSpacy, (c) => importSpacy(c, target)],
    ['webanno', exportWebanno, (c) => importWebanno(c, target)],
  ];
  console.log(
    `Exchange formats (${(normalizeText(doc.text).length / 1e6).toFixed(1)} MB CRLF transcript with emoji, ${doc.sidecar.annotations.length} annotations)`,
  );
  let base = { out: 0, back: 0 };
  for (const [name, out, back] of formats) {
    const content = out([doc]).files[0]?.content ?? '';
    const result = back(content);
    const placed = result.added.length === doc.sidecar.annotations.length && result.unplaced.length === 0 ? 'all placed' : `${result.unplaced.length} unplaced`;
    const exportMs = time(() => out([doc]));
    const importMs = time(() => back(content));
    if (name === 'json') base = { out: exportMs, back: importMs };
    console.log(
      `  ${name.padEnd(12)} export ${exportMs.toFixed(0).padStart(5)} ms (${(exportMs / base.out).toFixed(1)}x json), import ${importMs.toFixed(0).padStart(5)} ms (${(importMs / base.back).toFixed(1)}x json), ${(content.length / 1e6).toFixed(1)} MB, ${placed}`,
    );
  }
  console.log('');
}

/**
 * Suggestion quality on the hand-annotated corpus in bench/corpus: precision and recall per
 * kind and entity type, exact and overlapping, and how often a claim's `by` names the right
 * source. The run does what a reviewer does: suggest speakers and accept them, then suggest
 * entities and claims.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeText, type Annotation } from '../src/core';
import { OffsetMap } from '../src/core/offsets';
import { suggestAnnotations } from '../src/core/suggest';
import { repeatedLines } from '../src/core/transcript';

interface GoldSpan {
  kind: 'entity' | 'speaker' | 'claim';
  type?: string;
  by?: string;
  start: number;
  end: number;
}

/** Strips the inline markup of a gold file: `⟦text|type⟧` and `⟪text|by=Name⟫`. Offsets in UTF-16 of the clean text. */
export function parseGold(source: string): { text: string; spans: GoldSpan[] } {
  let text = '';
  const spans: GoldSpan[] = [];
  const open: Array<{ closer: string; start: number }> = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '⟦' || c === '⟪') {
      open.push({ closer: c === '⟦' ? '⟧' : '⟫', start: text.length });
    } else if (c === '|' && open.length > 0) {
      const top = open.pop() as { closer: string; start: number };
      const close = source.indexOf(top.closer, i);
      const attribute = source.slice(i + 1, close);
      if (top.closer === '⟫') spans.push({ kind: 'claim', by: attribute.replace(/^by=/u, ''), start: top.start, end: text.length });
      else if (attribute === 'speaker') spans.push({ kind: 'speaker', start: top.start, end: text.length });
      else spans.push({ kind: 'entity', type: attribute, start: top.start, end: text.length });
      i = close;
    } else text += c;
  }
  return { text, spans };
}

interface Tally {
  predicted: number;
  gold: number;
  exactP: number;
  exactR: number;
  overlapP: number;
  overlapR: number;
}

const empty = (): Tally => ({ predicted: 0, gold: 0, exactP: 0, exactR: 0, overlapP: 0, overlapR: 0 });

function tally(into: Tally, predicted: ReadonlyArray<{ start: number; end: number }>, gold: ReadonlyArray<{ start: number; end: number }>): void {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const exact = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;
  into.predicted += predicted.length;
  into.gold += gold.length;
  into.exactP += predicted.filter((p) => gold.some((g) => exact(p, g))).length;
  into.exactR += gold.filter((g) => predicted.some((p) => exact(p, g))).length;
  into.overlapP += predicted.filter((p) => gold.some((g) => overlaps(p, g))).length;
  into.overlapR += gold.filter((g) => predicted.some((p) => overlaps(p, g))).length;
}

const key = (name: string): string =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/gu, "'")
    .replace(/^the\s+/u, '')
    .trim();

/** Whether the annotation a claim's `by` points to names `gold` (its name, the full name it links to, or the surname of it). */
function namesSource(annotation: Annotation | undefined, gold: string): boolean {
  if (!annotation) return false;
  const names = [annotation.quote];
  if (annotation.kind === 'speaker' && annotation.speaker) names.push(annotation.speaker);
  if (typeof annotation.attributes?.['name'] === 'string') names.push(annotation.attributes['name']);
  const g = key(gold);
  return names.some((n) => key(n) === g || g.split(/\s+/u).pop() === key(n) || (key(n).length > 3 && g.endsWith(key(n))));
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function benchQuality(): void {
  const dir = path.join(__dirname, '..', '..', 'bench', 'corpus');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  // Texts without inline markup share the folder (the editing bench's) and have no gold: scoring them would count every suggestion wrong.
  const docs = files
    .map((f) => ({ file: f, outlet: f.split('-')[0] as string, ...parseGold(fs.readFileSync(path.join(dir, f), 'utf8')) }))
    .filter((d) => d.spans.length > 0);
  const rows = new Map<string, Tally>();
  const row = (name: string): Tally => rows.get(name) ?? (rows.set(name, empty()), rows.get(name) as Tally);
  let attributed = 0;
  let attributedRight = 0;
  let attributedFound = 0;
  const now = new Date('2026-12-01T00:00:00Z');
  const began = performance.now();
  for (const doc of docs) {
    const text = normalizeText(doc.text);
    const cp = new OffsetMap(text);
    const gold = doc.spans.map((s) => ({ ...s, start: cp.toCodePoint(s.start), end: cp.toCodePoint(s.end) }));
    const siblings = docs.filter((d) => d.outlet === doc.outlet).map((d) => d.text);
    const repeated = siblings.length > 1 ? { repeatedLines: repeatedLines(siblings) } : {};
    const speakers = suggestAnnotations({ normalizedText: text, rawText: doc.text, annotations: [], kinds: ['speaker'], now, ...repeated }).map((a) => ({
      ...a,
      status: 'accepted' as const,
    }));
    const rest = suggestAnnotations({ normalizedText: text, rawText: doc.text, annotations: speakers, kinds: ['entity', 'claim'], now, ...repeated });
    const all = [...speakers, ...rest];
    const byId = new Map(all.map((a) => [a.id, a]));
    tally(
      row('speaker'),
      speakers,
      gold.filter((g) => g.kind === 'speaker'),
    );
    tally(
      row('claim'),
      rest.filter((a) => a.kind === 'claim'),
      gold.filter((g) => g.kind === 'claim'),
    );
    const entities = rest.filter((a) => a.kind === 'entity');
    tally(
      row('entity (any type)'),
      entities,
      gold.filter((g) => g.kind === 'entity'),
    );
    for (const type of ['person', 'organization', 'location']) {
      tally(
        row(`entity: ${type}`),
        entities.filter((a) => a.kind === 'entity' && a.type === type),
        gold.filter((g) => g.kind === 'entity' && g.type === type),
      );
    }
    for (const g of gold.filter((s) => s.kind === 'claim' && s.by)) {
      attributed++;
      const match = rest
        .filter((a) => a.kind === 'claim' && a.start < g.end && g.start < a.end)
        .sort((a, b) => Math.abs(a.start - g.start) - Math.abs(b.start - g.start))[0];
      if (!match || match.kind !== 'claim') continue;
      attributedFound++;
      if (match.by && namesSource(byId.get(match.by), g.by as string)) attributedRight++;
    }
  }
  const elapsed = performance.now() - began;
  const goldCount = docs.reduce((n, d) => n + d.spans.length, 0);
  console.log('Suggestion quality (bench/corpus: hand-annotated, fictional)');
  console.log(`  ${docs.length} documents, ${goldCount} gold spans; suggested in ${elapsed.toFixed(0)} ms\n`);
  console.log('  | kind | gold | suggested | precision (exact) | recall (exact) | precision (overlap) | recall (overlap) |');
  console.log('  | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, t] of rows) {
    console.log(
      `  | ${name} | ${t.gold} | ${t.predicted} | ${pct(t.exactP, t.predicted)} | ${pct(t.exactR, t.gold)} | ${pct(t.overlapP, t.predicted)} | ${pct(t.overlapR, t.gold)} |`,
    );
  }
  console.log(
    `\n  claims with the right \`by\`: ${pct(attributedRight, attributed)} of ${attributed} gold claims naming a source (${pct(attributedRight, attributedFound)} of the ${attributedFound} that were suggested)`,
  );
  console.log('  targets: entity recall >= 80% at precision >= 70% (overlap); speaker turns >= 95% / 95%; right `by` >= 80%\n');
}

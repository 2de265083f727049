/**
 * Importing WebAnno TSV 3.x (INCEpTION's export) into a sidecar. Our own
 * layers map back field by field; INCEpTION's NamedEntity layer becomes
 * entities (PER, ORG, LOC, MISC read as person, organization, location,
 * other; the `identifier` kept as an attribute). Other layers are reported
 * once and left out. Offsets are read as UTF-16 code units of the document
 * text (with or without the target's BOM and CRLF, whichever the tokens fit).
 */
import { ANNOTATION_ID_PATTERN } from '../schema';
import { normalizeText } from '../text';
import { ImportFormatError } from './importError';
import { mergeCandidates, type Candidate, type ImportResult, type ImportTarget, type Unplaced } from './merge';
import { entityTypeOf } from './labels';
import { offsetBasis, type ForeignSpan } from './offsetBasis';
import { CodePointText } from '../offsets';
import { ATTRIBUTION_LAYER, CLAIM_LAYER, ENTITY_LAYER, NAMED_ENTITY_LAYER, SPEAKER_LAYER, splitUnescaped, unescapeTsv } from './webanno';

interface Layer {
  kind: 'span' | 'chain' | 'relation';
  name: string;
  features: string[];
  /** First column of the layer (0-based, after id, offsets and form). */
  column: number;
}

interface Span {
  layer: string;
  key: string;
  start: number;
  end: number;
  values: Record<string, string>;
  /** Units (sentence-token ids) it covers, first first. */
  units: string[];
  disambiguation?: number;
}

const ROW = /^(\d+-\d+(?:\.\d+)?)\t(\d+)-(\d+)\t/;

/** Merges the annotations of a WebAnno TSV file into the target's sidecar. */
export function importWebanno(tsv: string, target: ImportTarget, random?: () => number): ImportResult {
  const lines = tsv.replace(/^\ufeff/, '').split(/\r?\n/);
  if (!/^#FORMAT=WebAnno TSV 3(?:\.\d+)?\s*$/.test(lines[0] ?? ''))
    throw new ImportFormatError('not WebAnno TSV 3 (the first line should be #FORMAT=WebAnno TSV 3.3)');
  const layers: Layer[] = [];
  let column = 0;
  let i = 1;
  for (; i < lines.length && /^#T_(SP|CH|RL)=/.test(lines[i] as string); i++) {
    const line = lines[i] as string;
    const [name, ...features] = line.slice(6).split('|');
    const kind = line.startsWith('#T_SP') ? 'span' : line.startsWith('#T_CH') ? 'chain' : 'relation';
    layers.push({ kind, name: name as string, features, column });
    column += features.length;
  }
  const unplaced: Unplaced[] = [];
  const ignored = layers.filter((l) => ![CLAIM_LAYER, SPEAKER_LAYER, ENTITY_LAYER, NAMED_ENTITY_LAYER, ATTRIBUTION_LAYER].includes(l.name));
  for (const l of ignored) unplaced.push({ ref: l.name, reason: `layer ${l.name} has no counterpart here; its annotations were not imported` });
  const spans = new Map<string, Span>();
  const rowSpans = new Map<string, Span[]>();
  const relations: { row: string; cell: string }[] = [];
  const tokens: ForeignSpan[] = [];
  const forms = new Map<string, { start: number; end: number; text: string }>();
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = ROW.exec(line);
    if (!m) continue;
    const cells = splitUnescaped(line, '\t');
    const unit = m[1] as string;
    const start = Number(m[2]);
    const end = Number(m[3]);
    const values = cells.slice(3);
    const form = { start, end, text: unescapeTsv(cells[2] ?? '') };
    forms.set(unit, form);
    if (tokens.length < 200) tokens.push(form);
    for (const layer of layers) {
      if (layer.kind === 'relation' && layer.name === ATTRIBUTION_LAYER) {
        const cell = values[layer.column + layer.features.length - 1];
        if (cell !== undefined && cell !== '_') relations.push({ row: unit, cell });
        continue;
      }
      if (layer.kind !== 'span' || ignored.includes(layer)) continue;
      layer.features.forEach((feature, f) => {
        const cell = values[layer.column + f];
        if (cell === undefined || cell === '_') return;
        splitUnescaped(cell, '|').forEach((item, stack) => {
          const d = /\[(\d+)\]$/.exec(item);
          const raw = d ? item.slice(0, d.index) : item;
          const key = d ? `${layer.name}#${d[1]}` : `${layer.name}@${unit}@${stack}`;
          let span = spans.get(key);
          if (span === undefined) {
            span = { layer: layer.name, key, start, end, values: {}, units: [], ...(d ? { disambiguation: Number(d[1]) } : {}) };
            spans.set(key, span);
          }
          if (!span.units.includes(unit)) {
            span.units.push(unit);
            span.start = Math.min(span.start, start);
            span.end = Math.max(span.end, end);
            rowSpans.set(unit, [...(rowSpans.get(unit) ?? []), span]);
          }
          if (raw !== '*' && raw !== '') span.values[feature] = unescapeTsv(raw);
        });
      });
    }
  }
  if (spans.size === 0 && layers.length === 0) throw new ImportFormatError('no layers declared in the header');
  const convert = offsetBasis(target.textRaw, 'utf16', tokens);
  const normalized = new CodePointText(normalizeText(target.textRaw));
  const candidates = new Map<Span, Candidate>();
  for (const span of spans.values()) {
    // Every token of the span must read the same in the target text: a TSV of another text places nothing.
    const wrong = span.units
      .map((u) => forms.get(u))
      .find((f) => f !== undefined && normalized.slice(convert(f.start), convert(f.end)) !== normalizeText(f.text));
    if (wrong) unplaced.push({ ref: span.key, reason: `token ${JSON.stringify(wrong.text)} at ${wrong.start}-${wrong.end} is not what the text has there` });
    else candidates.set(span, candidate(span, convert, normalized));
  }
  linkAttributions(relations, rowSpans, candidates, unplaced);
  return mergeCandidates(target, [...candidates.values()], unplaced, random);
}

function candidate(span: Span, convert: (o: number) => number, normalized: CodePointText): Candidate {
  const v = span.values;
  const start = convert(span.start);
  const end = convert(span.end);
  const quote = normalized.slice(start, end);
  const common = { start, end, quote, status: v.status ?? 'proposed', ...(v.note !== undefined ? { note: v.note } : {}) };
  let fields: Candidate['fields'];
  if (span.layer === CLAIM_LAYER) fields = { kind: 'claim', ...common, ...pick(v, ['claimType', 'verdict', 'reviewUrl']) };
  else if (span.layer === SPEAKER_LAYER) fields = { kind: 'speaker', ...common, ...pick(v, ['speaker', 'role']) };
  else if (span.layer === ENTITY_LAYER) fields = { kind: 'entity', ...common, type: v.type ?? 'other', ...pick(v, ['entity']) };
  else {
    const type = v.value === undefined ? 'other' : entityTypeOf(v.value);
    fields = { kind: 'entity', ...common, type, status: 'proposed', ...(v.identifier !== undefined ? { attributes: { identifier: v.identifier } } : {}) };
  }
  const id = v.annotationId;
  return { ref: span.key, fields, ...(id !== undefined && ANNOTATION_ID_PATTERN.test(id) ? { keepId: id } : {}) };
}

function pick(values: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k] as string]));
}

// `2-1[3_5]`: the governor's unit, then the governor's and the dependent's disambiguation ids (0: unambiguous).
function linkAttributions(
  relations: { row: string; cell: string }[],
  rowSpans: Map<string, Span[]>,
  candidates: Map<Span, Candidate>,
  unplaced: Unplaced[],
): void {
  const find = (unit: string, d: number, want: (s: Span) => boolean): Span | undefined => {
    const here = (rowSpans.get(unit) ?? []).filter((s) => candidates.has(s) && want(s));
    if (d > 0) return here.find((s) => s.disambiguation === d);
    if (here.length === 1) return here[0];
    // Unambiguous by the format's rules: the one without an id, of the relation's base layer first.
    const plain = here.filter((s) => s.disambiguation === undefined);
    return plain.length === 1 ? plain[0] : plain.find((s) => s.layer === SPEAKER_LAYER);
  };
  const isClaim = (s: Span): boolean => s.layer === CLAIM_LAYER;
  for (const { row, cell } of relations) {
    for (const link of splitUnescaped(cell, '|')) {
      const m = /^(\d+-\d+(?:\.\d+)?)(?:\[(\d+)_(\d+)\])?$/.exec(link);
      if (!m) {
        unplaced.push({ ref: `${row} ${ATTRIBUTION_LAYER}`, reason: `cannot read the relation ${JSON.stringify(link)}` });
        continue;
      }
      const gov = find(m[1] as string, Number(m[2] ?? 0), (s) => !isClaim(s));
      const dep = find(row, Number(m[3] ?? 0), isClaim);
      const claim = dep && candidates.get(dep);
      if (claim === undefined || gov === undefined) {
        unplaced.push({ ref: `${row} ${ATTRIBUTION_LAYER}`, reason: `attribution ${link}: no single claim at ${row} or speaker/entity at ${m[1]}` });
        continue;
      }
      claim.byRef = gov.key;
    }
  }
}

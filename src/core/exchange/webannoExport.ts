/**
 * The `webanno` format: WebAnno TSV 3.3, INCEpTION's exchange format, one
 * `<name>.tsv` per document. Sentences and tokens come from the CoNLL
 * tokenizer, with tokens cut further where an annotation starts or ends
 * inside one, so every span falls on token boundaries. Claims, speakers and
 * entities are three span layers, the attribution a relation layer written
 * on the claim's first token and pointing at its speaker's or entity's first
 * token. Offsets are UTF-16 code units of the normalised text.
 */
import type { Annotation } from '../schema';
import { describe, prepareDocument, type PreparedDocument } from './document';
import { sentences, type Token } from './tokenize';
import type { ExportDocument, ExportResult } from './types';
import { ATTRIBUTION_LAYER, CLAIM_LAYER, ENTITY_LAYER, escapeTsv, LAYER_FEATURES, SPEAKER_LAYER } from './webanno';
import { partitionPoint } from '../search';

const LAYERS = [CLAIM_LAYER, ENTITY_LAYER, SPEAKER_LAYER] as const;
const LAYER_OF: Readonly<Record<Annotation['kind'], string>> = { claim: CLAIM_LAYER, entity: ENTITY_LAYER, speaker: SPEAKER_LAYER };

/** The file header: format line, layer declarations, then the two empty lines the format asks for. */
export const WEBANNO_HEADER =
  '#FORMAT=WebAnno TSV 3.3\n' +
  LAYERS.map((l) => `#T_SP=${l}|${(LAYER_FEATURES[l] as readonly string[]).join('|')}\n`).join('') +
  `#T_RL=${ATTRIBUTION_LAYER}|label|BT_${SPEAKER_LAYER}\n\n\n`;

/** `news/strike.txt` -> `news/strike.tsv`; other names get `.tsv` added. */
export function webannoName(path: string): string {
  return (path.endsWith('.txt') ? path.slice(0, -4) : path) + '.tsv';
}

/** One `.tsv` per document. */
export function exportWebanno(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const files = documents.map((doc) => ({ path: webannoName(doc.path), content: documentTsv(prepareDocument(doc, 'webanno', warnings), warnings) }));
  return { files, warnings };
}

interface Unit extends Token {
  sentence: number;
  index: number;
}

function documentTsv(doc: PreparedDocument, warnings: string[]): string {
  const cuts = new Set(doc.annotations.flatMap((a) => [a.start, a.end]));
  const rows: Unit[][] = sentences(doc.normalized).map((s, si) => {
    const units: Unit[] = [];
    for (const t of s) {
      let from = t.start;
      for (let at = t.start + 1; at <= t.end; at++) {
        if (at === t.end || cuts.has(at)) {
          units.push({ text: doc.text.slice(from, at), start: from, end: at, sentence: si + 1, index: units.length + 1 });
          from = at;
        }
      }
    }
    return units;
  });
  const units = rows.flat();
  // Which units each annotation covers, and its disambiguation id when it needs one.
  const covered = new Map<Annotation, Unit[]>();
  for (const a of doc.annotations) {
    const mine: Unit[] = [];
    for (let i = firstEndingAfter(units, a.start); i < units.length && (units[i] as Unit).start < a.end; i++) mine.push(units[i] as Unit);
    if (mine.length === 0) {
      warnings.push(`${doc.path}: ${describe(a)}: covers no token (only spaces or line breaks); not written to webanno`);
      continue;
    }
    if ((mine[0] as Unit).start !== a.start || (mine[mine.length - 1] as Unit).end !== a.end) {
      warnings.push(`${doc.path}: ${describe(a)}: starts or ends in the space between tokens; written on the tokens it overlaps`);
    }
    covered.set(a, mine);
  }
  const onUnit = new Map<Unit, Annotation[]>();
  for (const [a, list] of covered) {
    for (const u of list) {
      const here = onUnit.get(u);
      if (here) here.push(a);
      else onUnit.set(u, [a]);
    }
  }
  const ids = new Map<Annotation, number>();
  for (const [a, list] of covered) {
    const stacked = list.some((u) => (onUnit.get(u) ?? []).some((b) => b !== a && b.kind === a.kind));
    if (list.length > 1 || stacked) ids.set(a, ids.size + 1);
  }
  // A relation names its governor by its first token: when a speaker and an entity share that token, an id tells them apart.
  const byIdAll = new Map(doc.annotations.map((a) => [a.id, a]));
  for (const a of covered.keys()) {
    const target = a.kind === 'claim' && a.by !== undefined ? byIdAll.get(a.by) : undefined;
    const first = target && covered.get(target)?.[0];
    if (target === undefined || first === undefined || ids.has(target)) continue;
    if ((onUnit.get(first) ?? []).some((b) => b !== target && b.kind !== 'claim')) ids.set(target, ids.size + 1);
  }
  const ref = (a: Annotation): string => {
    const u = (covered.get(a) as Unit[])[0] as Unit;
    return `${u.sentence}-${u.index}`;
  };
  const byId = new Map([...covered.keys()].map((a) => [a.id, a]));
  let out = WEBANNO_HEADER;
  for (const sentence of rows) {
    if (sentence.length === 0) continue;
    const first = sentence[0] as Unit;
    const last = sentence[sentence.length - 1] as Unit;
    for (const line of doc.text.slice(first.start, last.end).split('\n')) out += `#Text=${escapeTsv(line)}\n`;
    for (const u of sentence) {
      const here = onUnit.get(u) ?? [];
      const cells = [`${u.sentence}-${u.index}`, `${doc.text.utf16At(u.start)}-${doc.text.utf16At(u.end)}`, escapeTsv(u.text)];
      for (const layer of LAYERS) {
        const stack = here.filter((a) => LAYER_OF[a.kind] === layer);
        for (const feature of LAYER_FEATURES[layer] as readonly string[]) {
          cells.push(stack.length === 0 ? '_' : stack.map((a) => featureValue(a, feature) + suffix(ids.get(a))).join('|'));
        }
      }
      const relations = here.filter(
        (a): a is Annotation & { kind: 'claim' } => a.kind === 'claim' && a.by !== undefined && (covered.get(a) as Unit[])[0] === u,
      );
      const links: string[] = [];
      for (const claim of relations) {
        const target = byId.get(claim.by as string);
        if (target === undefined) {
          warnings.push(`${doc.path}: ${describe(claim)}: its attribution points to an annotation left out of the export; relation not written`);
          continue;
        }
        const gov = ids.get(target) ?? 0;
        const dep = ids.get(claim) ?? 0;
        links.push(ref(target) + (gov || dep ? `[${gov}_${dep}]` : ''));
      }
      cells.push(links.length === 0 ? '_' : links.map(() => 'by').join('|'), links.length === 0 ? '_' : links.join('|'));
      out += cells.join('\t') + '\n';
    }
    out += '\n';
  }
  return out;
}

// Units are sorted and disjoint: the first whose end is past `offset`.
function firstEndingAfter(units: readonly Unit[], offset: number): number {
  return partitionPoint(units.length, (i) => (units[i] as Unit).end <= offset);
}

function suffix(id: number | undefined): string {
  return id === undefined ? '' : `[${id}]`;
}

function featureValue(a: Annotation, feature: string): string {
  const v = feature === 'annotationId' ? a.id : (a as Readonly<Record<string, unknown>>)[feature];
  return typeof v === 'string' && v !== '' ? escapeTsv(v) : '*';
}

/**
 * The `brat` format (brat rapid annotation tool standoff): per document a
 * `.txt` copy holding the NORMALISED text (UTF-8, no BOM, LF), so brat's code
 * point offsets over it are exactly ours, and a `.ann`; plus one
 * `annotation.conf` declaring the types and attributes used.
 *
 *     T1	Speaker 0 12	MARIA OKONJO
 *     T2	Person 40 55	Jean-Luc Abadie
 *     T3	Claim 60 75;76 90	first line second line
 *     A1	Status T1 accepted
 *     A2	ClaimType T3 statistic
 *     A3	SpeakerName T1 Maria Okonjo
 *     A4	Role T1 byline
 *     R1	Attribution Arg1:T3 Arg2:T1
 *     N1	Reference T2 Transcript:jean-luc-abadie	Jean-Luc Abadie
 *     #1	TranscriptAnnotatorId T1	k7q2m9xa
 *     #2	AnnotatorNotes T3	note, line breaks and tabs as spaces
 */
import type { Annotation } from '../schema';
import { bratFragments, bratStem, bratType, encodeRefId, fromBratType, ID_COMMENT, oneLine, REFERENCE_DB } from './brat';
import { BratConf } from './bratConf';
import { describe, prepareDocument, type PreparedDocument } from './document';
import type { ExportDocument, ExportFile, ExportResult } from './types';

/** Name of the configuration file written beside the documents. */
export const BRAT_CONF_FILE = 'annotation.conf';

/** Files per document (`<stem>.txt`, `<stem>.ann`, where `a.txt` has stem `a`) plus one annotation.conf. */
export function exportBrat(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const files: ExportFile[] = [];
  const conf = new BratConf();
  for (const doc of documents) {
    const prepared = prepareDocument(doc, 'brat', warnings);
    const stem = bratStem(doc.path);
    files.push({ path: `${stem}.txt`, content: prepared.normalized });
    files.push({ path: `${stem}.ann`, content: annFile(prepared, conf, (w) => warnings.push(`${doc.path}: ${w}`)) });
  }
  files.push({ path: BRAT_CONF_FILE, content: conf.text() });
  return { files, warnings };
}

function annFile(doc: PreparedDocument, conf: BratConf, warn: (message: string) => void): string {
  const out = { T: [] as string[], A: [] as string[], R: [] as string[], N: [] as string[], '#': [] as string[] };
  const add = (prefix: keyof typeof out, body: string): void => void out[prefix].push(`${prefix}${out[prefix].length + 1}\t${body}`);
  const tIds = new Map<string, string>();
  for (const a of doc.annotations) {
    const fragments = bratFragments(doc.text, a.start, a.end);
    const first = fragments[0];
    const last = fragments[fragments.length - 1];
    if (first === undefined || last === undefined) {
      warn(`${describe(a)}: only line breaks, which brat cannot mark; not written`);
      continue;
    }
    if (first[0] !== a.start || last[1] !== a.end) warn(`${describe(a)}: starts or ends with a line break, which brat cannot mark; written without it`);
    const type = bratType(a);
    const back = fromBratType(type);
    if (back.kind !== a.kind || (back.kind === 'entity' && a.kind === 'entity' && back.type !== a.type)) {
      warn(`${describe(a)}: type written as brat type ${type}, which reads back as ${back.kind === 'entity' ? back.type : back.kind}`);
    }
    conf.entity(type);
    const t = `T${out.T.length + 1}`;
    tIds.set(a.id, t);
    const spans = fragments.map(([s, e]) => `${s} ${e}`).join(';');
    add('T', `${type} ${spans}\t${fragments.map(([s, e]) => doc.text.slice(s, e)).join(' ')}`);
    const attribute = (name: string, value: string | undefined): void => {
      if (value === undefined) return;
      const line = oneLine(value);
      if (line !== value) warn(`${describe(a)}: ${name} ${JSON.stringify(value)} written on one line`);
      conf.attribute(name, line);
      add('A', `${name} ${t} ${line}`);
    };
    attribute('Status', a.status);
    if (a.kind === 'claim') attribute('ClaimType', a.claimType);
    if (a.kind === 'speaker') {
      attribute('SpeakerName', a.speaker);
      attribute('Role', a.role);
    }
    if (a.kind === 'entity' && a.entity !== undefined) add('N', `Reference ${t} ${REFERENCE_DB}:${encodeRefId(a.entity)}\t${oneLine(a.quote)}`);
    add('#', `${ID_COMMENT} ${t}\t${a.id}`);
    if (a.note !== undefined) add('#', `AnnotatorNotes ${t}\t${oneLine(a.note)}`);
  }
  for (const a of doc.annotations) attribution(a, tIds, doc, warn, (body) => add('R', body));
  const lines = [...out.T, ...out.A, ...out.R, ...out.N, ...out['#']];
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

function attribution(a: Annotation, tIds: ReadonlyMap<string, string>, doc: PreparedDocument, warn: (m: string) => void, add: (body: string) => void): void {
  if (a.kind !== 'claim' || a.by === undefined) return;
  const claim = tIds.get(a.id);
  const by = tIds.get(a.by);
  if (claim === undefined) return;
  if (by === undefined) {
    const target = doc.byId.get(a.by);
    warn(`${describe(a)}: attribution to ${target ? describe(target) : a.by} not written (that annotation was not exported)`);
    return;
  }
  add(`Attribution Arg1:${claim} Arg2:${by}`);
}

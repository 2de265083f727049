/**
 * Importing a brat `.ann` into a sidecar: the inverse of the brat exporter.
 * `Claim` and `Speaker` spans become claims and speakers, any other type an
 * entity of that type lowercased; Attribution relations become `by`, Status,
 * ClaimType, SpeakerName and Role attributes, Reference normalisations and
 * AnnotatorNotes their fields. Offsets are read as code points of the
 * normalised target text; every line that cannot be used is reported.
 */
import { CodePointText } from '../offsets';
import { show } from '../sidecar/semantic';
import { normalizeText } from '../text';
import { decodeRefId, fromBratType, ID_COMMENT, REFERENCE_DB } from './brat';
import { mergeCandidates, type Candidate, type ImportResult, type ImportTarget, type Unplaced } from './merge';

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const A_LINE = /^(A\d+)\t(\S+) (\S+)(?: (.+))?$/;
const R_LINE = /^(R\d+)\t(\S+) (\S+):(\S+) (\S+):(\S+)\s*$/;
const N_LINE = /^(N\d+)\t(\S+) (\S+) (\S+?):(\S+)(?:\t.*)?$/;
const NOTE_LINE = /^(#\d*)\t(\S+) (\S+)(?:\t(.*))?$/;

/** Merges the annotations of a brat `.ann` file into the target's sidecar. */
export function importBrat(ann: string, target: ImportTarget, random?: () => number): ImportResult {
  const text = new CodePointText(normalizeText(target.textRaw));
  const unplaced: Unplaced[] = [];
  const spans = new Map<string, Candidate>();
  // Spans already reported as unplaced: lines about them add nothing to that report.
  const failed = new Set<string>();
  const rest: string[] = [];
  for (const raw of ann.replace(/^\ufeff/, '').split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    const t = T_LINE.exec(line);
    if (t) {
      const ref = t[1] ?? '';
      if (spans.has(ref) || failed.has(ref)) {
        unplaced.push({ ref, quote: t[4] ?? '', reason: `a second ${ref} in the file` });
      } else {
        const candidate = textBound(t, text, unplaced);
        if (candidate) spans.set(ref, candidate);
        else failed.add(ref);
      }
      continue;
    }
    rest.push(line);
  }
  // Text-bound lines first, so attributes and relations may refer to spans defined further down.
  for (const line of rest) applyLine(line, spans, failed, unplaced);
  return mergeCandidates(target, [...spans.values()], unplaced, random);
}

function textBound(m: RegExpExecArray, text: CodePointText, unplaced: Unplaced[]): Candidate | undefined {
  const [, ref = '', type = '', spanList = '', quoted = ''] = m;
  const fragments = spanList.split(';').map((s) => s.split(' ').map(Number) as [number, number]);
  const fail = (reason: string): undefined => void unplaced.push({ ref, quote: quoted, reason });
  const first = fragments[0] as [number, number];
  const last = fragments[fragments.length - 1] as [number, number];
  if (fragments.some(([s, e]) => e <= s || e > text.length)) return fail(`offsets ${spanList} are outside the text (${text.length} code points)`);
  if (fragments.some(([s], i) => i > 0 && s < (fragments[i - 1] as [number, number])[1])) return fail(`fragments ${spanList} are not in order`);
  const found = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
  if (found !== quoted) return fail(`text at ${spanList} is ${show(found)}, the .ann file says ${show(quoted)}`);
  // Our spans are contiguous: fragments may only be separated by what the exporter cut out (line breaks, spaces).
  const gaps = fragments.slice(1).map(([s], i) => text.slice((fragments[i] as [number, number])[1], s));
  // JavaScript's \s lacks some of Python's line breaks (\x1c-\x1e, \x85), which the exporter also cuts at.
  if (gaps.some((gap) => /[^\s\x1c-\x1e\x85]/u.test(gap))) return fail(`discontinuous span ${spanList} has text between its fragments`);
  const fields: Candidate['fields'] = { ...fromBratType(type), start: first[0], end: last[1], quote: text.slice(first[0], last[1]), status: 'proposed' };
  return { ref, fields };
}

function applyLine(line: string, spans: ReadonlyMap<string, Candidate>, failed: ReadonlySet<string>, unplaced: Unplaced[]): void {
  const ignore = (ref: string, reason: string): void => void unplaced.push({ ref, reason });
  const spanOf = (ref: string, target: string): Candidate | undefined => {
    const c = spans.get(target);
    if (c === undefined && !failed.has(target)) ignore(ref, `refers to ${target}, which is not a text-bound annotation in this file`);
    return c;
  };
  let m: RegExpExecArray | null;
  if ((m = A_LINE.exec(line))) {
    const [, ref = '', name = '', target = '', value] = m;
    const c = spanOf(ref, target);
    if (c) setAttribute(c, ref, name, value, ignore);
  } else if ((m = R_LINE.exec(line))) {
    const [, ref = '', type = '', role1 = '', arg1 = '', role2 = '', arg2 = ''] = m;
    const claimRef = role1 === 'Arg2' ? arg2 : arg1;
    const byRef = role1 === 'Arg2' ? arg1 : arg2;
    if (type !== 'Attribution' || !/^Arg[12]$/.test(role1) || !/^Arg[12]$/.test(role2))
      return ignore(ref, `unsupported relation ${type} ${role1}:${arg1} ${role2}:${arg2}`);
    const claim = spanOf(ref, claimRef);
    if (claim === undefined) return;
    if (claim.fields.kind !== 'claim') return ignore(ref, `Attribution from ${claimRef}, which is not a Claim`);
    if (claim.byRef !== undefined) return ignore(ref, `${claimRef} is already attributed to ${claim.byRef}`);
    claim.byRef = byRef;
  } else if ((m = N_LINE.exec(line))) {
    const [, ref = '', , target = '', db = '', id = ''] = m;
    const c = spanOf(ref, target);
    if (c === undefined) return;
    if (c.fields.kind !== 'entity') return ignore(ref, `normalisation of ${target}, which is not an entity`);
    c.fields.entity = db === REFERENCE_DB ? decodeRefId(id) : `${db}:${id}`;
  } else if ((m = NOTE_LINE.exec(line))) {
    const [, ref = '', type = '', target = '', note = ''] = m;
    if (type === ID_COMMENT) return;
    if (type !== 'AnnotatorNotes') return ignore(ref, `unsupported comment type ${type}`);
    const c = spanOf(ref, target);
    if (c === undefined) return;
    const trimmed = note.trim();
    const before = c.fields.note;
    c.fields.note = typeof before === 'string' ? `${before}\n${trimmed}` : trimmed;
  } else {
    const ref = /^\S*/.exec(line)?.[0] ?? '';
    ignore(ref || '?', `unsupported or malformed line ${show(line)}`);
  }
}

function setAttribute(c: Candidate, ref: string, name: string, value: string | undefined, ignore: (ref: string, reason: string) => void): void {
  const kind = c.fields.kind;
  if (name === 'Status') {
    if (value === 'proposed' || value === 'accepted' || value === 'rejected') c.fields.status = value;
    else ignore(ref, `Status ${JSON.stringify(value ?? '')} is not proposed, accepted or rejected`);
  } else if (value === undefined) {
    ignore(ref, `attribute ${name} without a value`);
  } else if (name === 'ClaimType' && kind === 'claim') {
    c.fields.claimType = value;
  } else if (name === 'SpeakerName' && kind === 'speaker') {
    c.fields.speaker = value;
  } else if (name === 'Role' && kind === 'speaker') {
    c.fields.role = value;
  } else {
    ignore(ref, `unsupported attribute ${name} on a ${kind}`);
  }
}

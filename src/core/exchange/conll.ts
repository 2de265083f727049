/**
 * The `conll` format: CoNLL-2003 style IOB2 tags over the tokens of
 * {@link sentences}, one token per line:
 *
 *     -DOCSTART-	O	O
 *
 *     Jean-Luc	B-PERSON	O
 *     Abadie	I-PERSON	O
 *     said	O	O
 *
 * Column 2 tags entities (their type upper-cased), column 3 claims (`CLAIM`);
 * speakers are not written. A span whose ends fall inside a token, or that
 * overlaps a span already tagged in its column, or covers no token, is
 * reported in the warnings with its document, id and quote; misaligned spans
 * still tag every token they overlap.
 */
import type { CodePointText } from '../offsets';
import type { Annotation } from '../schema';
import { describe, prepareDocument } from './document';
import { tokens } from './tokenize';
import type { ExportDocument, ExportResult } from './types';
import { counted } from '../plural';
import { partitionPoint } from '../search';

/** Default file name of a conll export. */
export const CONLL_FILE = 'annotations.conll';

/** One file for the whole export: every document after a `-DOCSTART-` line, sentences separated by blank lines. */
export function exportConll(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const content = [...streamConll(documents, warnings)].join('');
  return { files: [{ path: CONLL_FILE, content }], warnings };
}

/**
 * The same output as chunks of text, produced while it is written: token boundaries and tags
 * are kept in typed arrays (12 bytes a token) instead of token objects, so a large text costs
 * a small multiple of its size. `warnings` is filled as documents are reached.
 */
export function* streamConll(documents: readonly ExportDocument[], warnings: string[]): Generator<string> {
  for (const doc of documents) {
    const prepared = prepareDocument(doc, 'conll', warnings);
    const bounds = tokenBounds(prepared.normalized);
    const warn = (a: Annotation, what: string): void => void warnings.push(`${doc.path}: ${describe(a)}: ${what}`);
    const labels: string[] = ['O'];
    const entityTags = tagColumn(
      bounds,
      prepared.text,
      prepared.annotations.filter((a) => a.kind === 'entity'),
      labels,
      warn,
    );
    const claimTags = tagColumn(
      bounds,
      prepared.text,
      prepared.annotations.filter((a) => a.kind === 'claim'),
      labels,
      warn,
    );
    let out = '-DOCSTART-\tO\tO\n\n';
    let i = 0;
    for (const token of tokens(prepared.normalized)) {
      if (token.sentenceStart && i > 0) out += '\n';
      out += `${token.text}\t${labels[entityTags[i] as number]}\t${labels[claimTags[i] as number]}\n`;
      i++;
      if (out.length >= 1 << 16) {
        yield out;
        out = '';
      }
    }
    yield i > 0 ? out + '\n' : out;
  }
}

/** Start and end (code points) of every token, in order. */
interface Bounds {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

function tokenBounds(normalized: string): Bounds {
  let starts: Int32Array = new Int32Array(1024);
  let ends: Int32Array = new Int32Array(1024);
  let count = 0;
  for (const token of tokens(normalized)) {
    if (count === starts.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[count] = token.start;
    ends[count] = token.end;
    count++;
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count), count };
}

// IOB2 tags of one column as indexes into `labels`; spans are taken in canonical order, so the
// earlier (then shorter) of two overlapping spans wins.
function tagColumn(
  bounds: Bounds,
  text: CodePointText,
  spans: readonly Annotation[],
  labels: string[],
  warn: (a: Annotation, what: string) => void,
): Uint32Array {
  const tags = new Uint32Array(bounds.count);
  const owners: Annotation[] = [];
  const owner = new Uint32Array(bounds.count);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const label = (text: string): number => {
    let index = labelIndex.get(text);
    if (index === undefined) {
      index = labels.push(text) - 1;
      labelIndex.set(text, index);
    }
    return index;
  };
  for (const a of spans) {
    const first = firstTokenEndingAfter(bounds.ends, a.start);
    let last = first;
    while (last < bounds.count && (bounds.starts[last] as number) < a.end) last++;
    if (last === first) {
      warn(a, 'covers no token (only spaces or line breaks); not tagged');
      continue;
    }
    let clash: Annotation | undefined;
    for (let i = first; i < last && clash === undefined; i++) if (owner[i] !== 0) clash = owners[(owner[i] as number) - 1];
    if (clash) {
      warn(a, `overlaps ${describe(clash)} in the ${a.kind} column; not tagged`);
      continue;
    }
    if (bounds.starts[first] !== a.start || bounds.ends[last - 1] !== a.end) {
      const covered = Array.from({ length: last - first }, (_, k) => text.slice(bounds.starts[first + k] as number, bounds.ends[first + k] as number));
      warn(
        a,
        `does not align with token boundaries (${covered.map((t) => JSON.stringify(t)).join(' ')}); tagged the ${counted(last - first, 'token')} it overlaps`,
      );
    }
    const name = a.kind === 'entity' ? a.type.toUpperCase().replace(/[^\p{L}\p{N}_-]/gu, '_') : 'CLAIM';
    const [begin, inside] = [label(`B-${name}`), label(`I-${name}`)];
    const id = owners.push(a);
    for (let i = first; i < last; i++) {
      tags[i] = i === first ? begin : inside;
      owner[i] = id;
    }
  }
  return tags;
}

// Binary search: tokens are sorted and disjoint.
function firstTokenEndingAfter(ends: Int32Array, offset: number): number {
  return partitionPoint(ends.length, (i) => (ends[i] as number) <= offset);
}

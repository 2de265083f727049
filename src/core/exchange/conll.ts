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
import type { Annotation } from '../schema';
import { describe, prepareDocument } from './document';
import { sentences, type Token } from './tokenize';
import type { ExportDocument, ExportResult } from './types';
import { counted } from '../plural';

/** Default file name of a conll export. */
export const CONLL_FILE = 'annotations.conll';

/** One file for the whole export: every document after a `-DOCSTART-` line, sentences separated by blank lines. */
export function exportConll(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  let out = '';
  for (const doc of documents) {
    const prepared = prepareDocument(doc, 'conll', warnings);
    const tokenized = sentences(prepared.normalized);
    const tokens = tokenized.flat();
    const warn = (a: Annotation, what: string): void => void warnings.push(`${doc.path}: ${describe(a)}: ${what}`);
    const entityTags = tagColumn(tokens, prepared.annotations.filter((a) => a.kind === 'entity'), warn);
    const claimTags = tagColumn(tokens, prepared.annotations.filter((a) => a.kind === 'claim'), warn);
    out += '-DOCSTART-\tO\tO\n\n';
    let i = 0;
    for (const sentence of tokenized) {
      for (const token of sentence) {
        out += `${token.text}\t${entityTags[i] ?? 'O'}\t${claimTags[i] ?? 'O'}\n`;
        i++;
      }
      out += '\n';
    }
  }
  return { files: [{ path: CONLL_FILE, content: out }], warnings };
}

// IOB2 tags of one column; spans are taken in canonical order, so the earlier (then shorter) of two overlapping spans wins.
function tagColumn(tokens: readonly Token[], spans: readonly Annotation[], warn: (a: Annotation, what: string) => void): string[] {
  const tags: string[] = tokens.map(() => 'O');
  const owner: (Annotation | undefined)[] = tokens.map(() => undefined);
  for (const a of spans) {
    const first = firstTokenEndingAfter(tokens, a.start);
    let last = first;
    while (last < tokens.length && (tokens[last] as Token).start < a.end) last++;
    if (last === first) {
      warn(a, 'covers no token (only spaces or line breaks); not tagged');
      continue;
    }
    const clash = owner.slice(first, last).find((o) => o !== undefined);
    if (clash) {
      warn(a, `overlaps ${describe(clash)} in the ${a.kind} column; not tagged`);
      continue;
    }
    const covered = tokens.slice(first, last);
    if ((covered[0] as Token).start !== a.start || (covered[covered.length - 1] as Token).end !== a.end) {
      warn(a, `does not align with token boundaries (${covered.map((t) => JSON.stringify(t.text)).join(' ')}); tagged the ${counted(covered.length, 'token')} it overlaps`);
    }
    const label = a.kind === 'entity' ? a.type.toUpperCase().replace(/[^\p{L}\p{N}_-]/gu, '_') : 'CLAIM';
    for (let i = first; i < last; i++) {
      tags[i] = `${i === first ? 'B' : 'I'}-${label}`;
      owner[i] = a;
    }
  }
  return tags;
}

// Binary search: tokens are sorted and disjoint.
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

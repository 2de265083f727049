/**
 * Editorial changes of the kind editors and transcribers make, applied to a
 * text while a SpanTracker follows every annotation through them: the ground
 * truth of the re-anchoring benchmark is where each span's own characters are
 * afterwards (its provenance), not a guess from the new text. Each edit is as
 * small as a character diff would make it, so the tracker's rules (text typed
 * at a span's start goes before it, at its end after it, inside it joins it)
 * decide what a changed span is now. Offsets here are UTF-16 units.
 */
import { SpanTracker } from '../src/core/anchor';

/** A seeded generator of numbers in [0, 1). */
export type Random = () => number;

export function rng(seed: number): Random {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000;
}

export const pick = <T>(xs: readonly T[], random: Random): T => xs[Math.floor(random() * xs.length)] as T;

/** A text being edited, with the provenance of every annotated span. */
export class EditedText {
  readonly truth = new SpanTracker();
  /** Spans some edit touched other than by shifting them (deleted ones included). */
  readonly changed = new Set<string>();

  constructor(public text: string) {}

  /** Replaces [at, at + deleted) by `inserted`. */
  edit(at: number, deleted: number, inserted: string): void {
    this.text = this.text.slice(0, at) + inserted + this.text.slice(at + deleted);
    const r = this.truth.applyEdit(at, deleted, inserted.length);
    for (const id of [...r.edited, ...r.orphaned]) this.changed.add(id);
  }

  /** Many replacements [at, at + deleted) -> inserted of the current text, none overlapping: the text is rebuilt once. */
  editAll(edits: readonly { at: number; deleted: number; inserted: string }[]): void {
    const sorted = [...edits].sort((x, y) => y.at - x.at);
    // Right to left, each edit's offsets are still those of the text before any of them.
    for (const e of sorted) {
      const r = this.truth.applyEdit(e.at, e.deleted, e.inserted.length);
      for (const id of [...r.edited, ...r.orphaned]) this.changed.add(id);
    }
    const parts: string[] = [];
    let from = 0;
    for (const e of sorted.reverse()) {
      parts.push(this.text.slice(from, e.at), e.inserted);
      from = e.at + e.deleted;
    }
    parts.push(this.text.slice(from));
    this.text = parts.join('');
  }

  /** Replaces `before` by `after` at `at` as a character diff would: only the differing middle. */
  replace(at: number, before: string, after: string): void {
    let p = 0;
    while (p < before.length && p < after.length && before[p] === after[p]) p++;
    let s = 0;
    while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
    this.edit(at + p, before.length - p - s, after.slice(p, after.length - s));
  }

  /** Cuts [from, to) and pastes it at `dest` (an offset outside it, of the text before the cut): its spans go with it. */
  move(from: number, to: number, dest: number): void {
    const inside = this.truth.all().filter((p) => !p.orphaned && p.start >= from && p.end <= to);
    const untouched = inside.filter((p) => !this.changed.has(p.id));
    const piece = this.text.slice(from, to);
    this.edit(from, to - from, '');
    const at = dest > from ? dest - (to - from) : dest;
    this.edit(at, 0, piece);
    for (const p of inside) {
      this.truth.remove(p.id);
      this.truth.add(p.id, at + p.start - from, at + p.end - from);
    }
    for (const p of untouched) this.changed.delete(p.id);
  }
}

/** UTF-16 starts of paragraphs (text after a blank line, or the text's start). */
export function paragraphs(text: string): number[] {
  const starts = [0];
  for (let p = text.indexOf('\n\n'); p !== -1; p = text.indexOf('\n\n', p + 1)) {
    let q = p + 2;
    while (text[q] === '\n') q++;
    if (q < text.length && q !== starts[starts.length - 1]) starts.push(q);
    p = q - 1;
  }
  return starts;
}

// The end of the paragraph starting at `start`: where its blank line begins, or the text's end.
function paragraphEnd(text: string, start: number): number {
  const p = text.indexOf('\n\n', start);
  return p < 0 ? text.length : p;
}

/** One kind of edit: applied `count` times (kinds that change the whole text apply once). */
export interface EditKind {
  readonly name: string;
  /** Prepares the base text before it is annotated (the state the edit starts from). */
  readonly prepare?: (text: string) => string;
  readonly apply: (doc: EditedText, random: Random, count: number) => void;
  /** A raw form of the final text to re-anchor (line endings, BOM), as a file would hold it. */
  readonly raw?: (text: string) => string;
}

// Moves `count` paragraphs: each from a span of paragraph indexes to a destination chosen by `to`.
function moveParagraphs(doc: EditedText, random: Random, count: number, to: (from: number, n: number) => number): void {
  for (let i = 0; i < count; i++) {
    const starts = paragraphs(doc.text);
    const n = starts.length;
    if (n < 4) return;
    const k = Math.floor(random() * n);
    const d = Math.max(0, Math.min(n, to(k, n)));
    if (d === k || d === k + 1) continue;
    const from = starts[k] as number;
    const end = paragraphEnd(doc.text, from);
    // Paragraph and the blank line after it travel together; the last one takes the blank line before it.
    const last = end + 2 > doc.text.length;
    const cutFrom = last ? from - 2 : from;
    const cutTo = last ? end : end + 2;
    const dest = d === n ? doc.text.length : (starts[d] as number);
    if (dest >= cutFrom && dest <= cutTo) continue;
    if (d === n) {
      // To the end: a blank line first, and the moved text without its trailing one.
      doc.edit(doc.text.length, 0, '\n\n');
      doc.move(from, end, doc.text.length);
      doc.edit(from, 2, '');
    } else {
      doc.move(cutFrom, cutTo, dest);
    }
  }
}

// Offsets of every match of `re` (global) in `text`, with the match.
// Inserting `inserted` at `at` gives the same text as inserting a rotation of it up to `left`
// units earlier or `right` units later (a sentence put right before or after its own copy). When a
// span boundary lies in that range, which copy holds the span's own characters is a coin toss of the
// insertion point, not a fact of the text: no re-anchoring can tell, so the bench does not ask.
function slidesOverSpan(doc: EditedText, at: number, inserted: string): boolean {
  let right = 0;
  while (right < inserted.length && doc.text[at + right] === inserted[right]) right++;
  let left = 0;
  while (left < inserted.length && at - left > 0 && doc.text[at - left - 1] === inserted[inserted.length - left - 1]) left++;
  if (left + right === 0) return false;
  return doc.truth.all().some((p) => !p.orphaned && [p.start, p.end].some((b) => b >= at - left && b <= at + right));
}

function matches(text: string, re: RegExp): { at: number; s: string }[] {
  return [...text.matchAll(re)].map((m) => ({ at: m.index, s: m[0] }));
}

const SUBSTITUTES: Record<string, string> = {
  said: 'says',
  the: 'a',
  a: 'the',
  workers: 'dockworkers',
  homes: 'households',
  people: 'residents',
  was: 'is',
  told: 'tells',
  we: 'we’ve',
  about: 'around',
  city: 'town',
  river: 'Orl',
  night: 'evening',
  water: 'flood',
};
const FILLERS = ['uh, ', 'you know, ', 'I mean, ', 'um, '];

/** Every edit kind of the benchmark, in the order of its table. */
export const KINDS: readonly EditKind[] = [
  {
    name: 'paragraph moved far',
    // First third to last third and back, alternately.
    apply: (doc, random, count) => {
      let flip = false;
      moveParagraphs(doc, random, count, (_k, n) => {
        flip = !flip;
        return flip ? Math.floor(n * (0.67 + random() * 0.33)) : Math.floor(n * random() * 0.33);
      });
    },
  },
  {
    name: 'paragraph moved near',
    apply: (doc, random, count) =>
      moveParagraphs(doc, random, count, (k) => k + (random() < 0.5 ? -1 - Math.floor(random() * 2) : 2 + Math.floor(random() * 2))),
  },
  {
    name: 'paragraph split',
    apply: (doc, random, count) => {
      for (let i = 0; i < count; i++) {
        const ends = matches(doc.text, /[.?!]["”]? (?=[A-Z“"])/g);
        if (ends.length === 0) return;
        const m = pick(ends, random);
        doc.edit(m.at + m.s.length - 1, 1, '\n\n');
      }
    },
  },
  {
    name: 'paragraphs joined',
    apply: (doc, random, count) => {
      for (let i = 0; i < count; i++) {
        const breaks = matches(doc.text, /(?<=[.?!"”)]) ?\n\n(?=[A-Z“"(])/g);
        if (breaks.length === 0) return;
        const m = pick(breaks, random);
        doc.replace(m.at, m.s, ' ');
      }
    },
  },
  {
    name: 'text re-wrapped (line breaks added)',
    apply: (doc) => {
      // Hard-wrapped at 60 columns, as a copy from a fixed-width page: spaces become line breaks.
      const cuts: number[] = [];
      let column = 0;
      let lastSpace = -1;
      for (let i = 0; i < doc.text.length; i++) {
        const c = doc.text[i];
        if (c === '\n') [column, lastSpace] = [0, -1];
        else {
          if (c === ' ') lastSpace = i;
          if (++column > 60 && lastSpace >= 0) {
            cuts.push(lastSpace);
            column = i - lastSpace;
            lastSpace = -1;
          }
        }
      }
      doc.editAll(cuts.map((at) => ({ at, deleted: 1, inserted: '\n' })));
    },
  },
  {
    name: 'text re-wrapped (line breaks removed)',
    prepare: (text) =>
      text.replace(/(.{1,60})(?: |$)/gm, (line, body: string, off: number, all: string) =>
        all[off + line.length] !== undefined && line.endsWith(' ') ? body + '\n' : line,
      ),
    apply: (doc) => {
      doc.editAll(matches(doc.text, /(?<=[^\n])\n(?=[^\n])/g).map((m) => ({ at: m.at, deleted: 1, inserted: ' ' })));
    },
  },
  {
    name: 'quotes straight to curly',
    apply: (doc) => {
      let open = true;
      const edits = matches(doc.text, /["']/g).map((m) => {
        if (m.s === "'") return { at: m.at, to: '\u2019' };
        const to = open ? '\u201c' : '\u201d';
        open = !open;
        return { at: m.at, to };
      });
      doc.editAll(edits.map((e) => ({ at: e.at, deleted: 1, inserted: e.to })));
    },
  },
  {
    name: 'quotes curly to straight',
    prepare: (text) => {
      let open = true;
      return text.replace(/["']/g, (q) => (q === "'" ? '\u2019' : (open = !open) ? '\u201d' : '\u201c'));
    },
    apply: (doc) => {
      doc.editAll(matches(doc.text, /[\u201c\u201d\u2019]/g).map((m) => ({ at: m.at, deleted: 1, inserted: m.s === '\u2019' ? "'" : '"' })));
    },
  },
  {
    name: 'speaker label renamed (REYES: -> ANA REYES:)',
    apply: (doc) => {
      doc.editAll(matches(doc.text, /^REYES(?=[:(, ])/gm).map((m) => ({ at: m.at, deleted: 0, inserted: 'ANA ' })));
    },
  },
  {
    name: 'figures corrected',
    apply: (doc, random, count) => {
      for (let i = 0; i < count; i++) {
        const digits = matches(doc.text, /\d(?=[\d,.]*\d)|(?<=\d[,.]?)\d/g);
        if (digits.length === 0) return;
        const m = pick(digits, random);
        const next = String((Number(m.s) + 1 + Math.floor(random() * 8)) % 10);
        doc.edit(m.at, 1, next);
      }
    },
  },
  {
    name: 'passage re-transcribed',
    apply: (doc, random, count) => {
      for (let i = 0; i < count; i++) {
        const sentences = matches(doc.text, /[A-Z][^.?!\n]{40,}[.?!]/g);
        if (sentences.length === 0) return;
        const s = pick(sentences, random);
        const words = matches(s.s, /[A-Za-z’']+ /g);
        // Two to four word changes, right to left so the earlier offsets stay valid.
        const chosen = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => Math.floor(random() * words.length)))].sort((x, y) => y - x);
        for (const w of chosen) {
          const word = words[w];
          if (!word) continue;
          const at = s.at + word.at;
          const bare = word.s.slice(0, -1);
          const r = random();
          if (r < 0.5) doc.replace(at, bare, SUBSTITUTES[bare.toLowerCase()] ?? bare + 's');
          else if (r < 0.75) doc.edit(at, 0, pick(FILLERS, random));
          else doc.edit(at, word.s.length, '');
        }
      }
    },
  },
  {
    name: 'decoy sentences repeating nearby quotes',
    apply: (doc, random, count) => {
      for (let i = 0; i < count; i++) {
        const spans = doc.truth.all().filter((p) => !p.orphaned && p.end - p.start >= 8);
        if (spans.length === 0) return;
        const p = pick(spans, random);
        const quote = doc.text.slice(p.start, p.end);
        const ends = matches(doc.text, /[.?!]["”]? (?=[A-Z“"])|\n\n/g).filter((m) => Math.abs(m.at - p.start) < 600);
        if (ends.length === 0) continue;
        const m = pick(ends, random);
        const decoy = pick([`As one witness put it, "${quote}." `, `${quote} — that was repeated later. `, `Asked again, she said only: ${quote}. `], random);
        const at = m.s === '\n\n' ? m.at + 2 : m.at + m.s.length;
        if (slidesOverSpan(doc, at, decoy)) continue;
        doc.edit(at, 0, decoy);
      }
    },
  },
  {
    name: 'section deleted',
    apply: (doc, random, count) => {
      for (let i = 0; i < count; i++) {
        const starts = paragraphs(doc.text);
        if (starts.length < 4) return;
        const k = 1 + Math.floor(random() * (starts.length - 2));
        const from = starts[k] as number;
        const to = starts[Math.min(starts.length - 1, k + 1 + Math.floor(random() * 2))] as number;
        doc.edit(from, to - from, '');
      }
    },
  },
  { name: 'CRLF to LF', prepare: (text) => text, apply: () => undefined, raw: (text) => text },
  { name: 'LF to CRLF', apply: () => undefined, raw: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM added', apply: () => undefined, raw: (text) => '\ufeff' + text },
];

/**
 * The realistic edit benchmark of re-anchoring: each kind of editorial change
 * (see `./edits`) applied to a fictional corpus of web-copied transcripts and
 * articles (`bench/corpus/`) and to generated 1 MB transcripts, every span
 * followed by a SpanTracker while editing, then `checkSidecarAgainstText` (the
 * engine of the editor and of `check`) on the result. Per kind: surviving
 * spans placed exactly, changed spans re-attached for review with exactly
 * their new extent, orphaned, and placed silently on other text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { contextAround, normalizeText, SIDECAR_VERSION, type Annotation, type Sidecar } from '../src/core';
import { checkSidecarAgainstText } from '../src/core/anchor';
import { TextUnits } from '../src/core/anchor/units';
import { EditedText, KINDS, pick, rng, type EditKind, type Random } from './edits';
import { parseGold } from './quality';

/** A span annotated by hand, in UTF-16 units of the text it was annotated on. */
export interface FixedSpan {
  start: number;
  end: number;
}

/** Counts of one edit kind over many runs. */
export interface KindFigures {
  name: string;
  /** Spans no edit touched: placed exactly (unchanged or moved), for review at the right place, anywhere else. */
  survived: number;
  exact: number;
  survivedReview: number;
  /** Spans an edit changed: re-attached (for review, or moved) with exactly the right new extent. */
  changed: number;
  reattached: number;
  /** Spans whose text was deleted. */
  deleted: number;
  /** Annotations reported orphaned (any category), and deleted ones orphaned. */
  orphaned: number;
  deletedOrphaned: number;
  /** Marked for review on text that is not theirs (never silent). */
  reviewElsewhere: number;
  /** Reported unchanged or moved but not on their own text: the failure that matters. */
  wrong: number;
  /** Wall and CPU time of the re-anchoring (not of the editing), in ms. */
  ms: number;
  cpuMs: number;
}

export function empty(name: string): KindFigures {
  return {
    name,
    survived: 0,
    exact: 0,
    survivedReview: 0,
    changed: 0,
    reattached: 0,
    deleted: 0,
    orphaned: 0,
    deletedOrphaned: 0,
    reviewElsewhere: 0,
    wrong: 0,
    ms: 0,
    cpuMs: 0,
  };
}

const LABEL = /^(?:[A-Z][A-Za-zÀ-ÿ'.-]*(?: [A-Z][A-Za-zÀ-ÿ'.-]*)*?)(?=(?:, [A-Z ]+)?(?: \([a-z -]+\))?: )/gm;
// A whole figure (a count, an amount, a time), with the word after it when there is one.
const FIGURE = /(?<![\d:,.])\d(?:[\d,.:]*\d)?(?: (?:p\.m\.|a\.m\.|million [a-z]+|[a-z]+))?/g;
const QUOTED = /(?<=(?:^|[\s(—])["“])[^"”\n]{6,}(?=["”])/gm;

/**
 * Annotations as a person would make them: speaker labels, figures, quoted speech, names and
 * phrases of 1-12 words (`count` of them), plus every `fixed` span (a gold corpus file's own).
 */
export function annotateText(text: string, random: Random, count: number, fixed: readonly FixedSpan[] = []): Annotation[] {
  const spans = new Map<string, [number, number]>();
  // Whitespace around a selection is trimmed, as when tagging in the editor.
  const add = (from: number, to: number): void => {
    let [s, e] = [from, to];
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) spans.set(`${s}:${e}`, [s, e]);
  };
  for (const re of [LABEL, FIGURE, QUOTED]) for (const m of text.matchAll(re)) if (random() < 0.5) add(m.index, m.index + m[0].length);
  const words = [...text.matchAll(/[^\s"“”()]+/g)];
  while (spans.size < count && words.length > 12) {
    const i = Math.floor(random() * (words.length - 12));
    const first = words[i] as RegExpExecArray;
    let last = first;
    for (let w = 1 + Math.floor(random() * 6 * random() * 2); w > 1; w--) {
      const next = words[i + (last === first ? 1 : words.indexOf(last) - i + 1)];
      if (!next || text.slice(last.index, next.index).includes('\n')) break;
      last = next;
    }
    let e = last.index + last[0].length;
    while (/[.,;:!?]/.test(text[e - 1] as string)) e--;
    add(first.index, e);
  }
  const units = new TextUnits(text);
  const chosen = [...spans.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const sampled = chosen.length > count ? chosen.filter(() => random() < count / chosen.length) : chosen;
  const keep = new Map(sampled.map(([s, e]) => [`${s}:${e}`, [s, e] as [number, number]]));
  for (const g of fixed) keep.set(`${g.start}:${g.end}`, [g.start, g.end]);
  // Stored order is by position, as a sidecar is written: the engine reads neighbours in that order.
  return [...keep.values()]
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([s, e], i) => {
      const [start, end] = [units.toCodePoint(s), units.toCodePoint(e)];
      const id = 'b' + i.toString(36).padStart(7, '0');
      return { id, kind: 'entity', type: 'other', start, end, quote: text.slice(s, e), ...contextAround(text, start, end), status: 'accepted' };
    });
}

/** Applies one kind to one text, re-anchors, and adds what happened to `f`. */
export function runOne(
  f: KindFigures,
  kind: EditKind,
  base: string,
  random: Random,
  annotations: number,
  edits: number,
  gold: readonly FixedSpan[] = [],
): void {
  const prepared = normalizeText(kind.prepare ? kind.prepare(base) : base);
  // Gold offsets count in `base`; preparing (quotes curled, lines wrapped) keeps every character's place.
  if (gold.length > 0 && prepared.length !== base.length) throw new Error(`${kind.name}: preparing moved the gold spans`);
  const list = annotateText(prepared, random, annotations, gold);
  const doc = new EditedText(prepared);
  const before = new TextUnits(prepared);
  for (const a of list) doc.truth.add(a.id, before.toUtf16(a.start), before.toUtf16(a.end));
  kind.apply(doc, random, edits);
  const raw = kind.raw ? kind.raw(doc.text) : doc.text;
  const sidecar: Sidecar = { version: SIDECAR_VERSION, text: 'bench.txt', textHash: 'fnv1a64:0000000000000000', annotations: list };
  // A large text is re-anchored once before it is timed, as the engine is warm in an editor.
  if (list.length >= 1000) checkSidecarAgainstText(sidecar, raw);
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  const { sidecar: out, report } = checkSidecarAgainstText(sidecar, raw);
  const c = process.cpuUsage(c0);
  f.ms += performance.now() - t0;
  f.cpuMs += (c.user + c.system) / 1000;
  const units = new TextUnits(normalizeText(raw));
  const outcome = new Map<string, string>();
  for (const [k, ids] of Object.entries(report)) for (const id of ids) outcome.set(id, k);
  const debug = process.env['TA_BENCH_DEBUG'] === kind.name;
  for (const a of out.annotations) {
    const p = doc.truth.get(a.id);
    if (!p) throw new Error(`lost ${a.id}`);
    const k = outcome.get(a.id);
    const [ts, te] = [units.toCodePoint(p.start), units.toCodePoint(p.end)];
    const placed = !a.orphaned;
    const right = placed && !p.orphaned && a.start === ts && a.end === te;
    const silent = k === 'unchanged' || k === 'moved';
    if (a.orphaned) f.orphaned++;
    if (silent && !right) f.wrong++;
    if (debug && ((silent && !right) || (!right && !p.orphaned) || (k === 'needsReview' && !doc.changed.has(a.id)))) {
      const was = list.find((x) => x.id === a.id) as Annotation;
      console.log(
        JSON.stringify({
          k,
          was: [was.start, was.end, was.quote, was.prefix, was.suffix],
          got: [a.start, a.end, a.quote, a.attributes?.['reanchored']],
          truth: p.orphaned ? 'deleted' : [ts, te, doc.text.slice(p.start, p.end)],
          changed: doc.changed.has(a.id),
        }),
      );
      const around = (at: number, end: number): string =>
        units.text.slice(Math.max(0, at - 60), at) + '[[' + units.text.slice(at, end) + ']]' + units.text.slice(end, end + 60);
      if (!a.orphaned) console.log('  got:   ' + JSON.stringify(around(units.toUtf16(a.start), units.toUtf16(a.end))));
      if (!p.orphaned) console.log('  truth: ' + JSON.stringify(around(p.start, p.end)));
    }
    if (k === 'needsReview' && !right) f.reviewElsewhere++;
    if (p.orphaned) {
      f.deleted++;
      if (a.orphaned) f.deletedOrphaned++;
    } else if (doc.changed.has(a.id)) {
      f.changed++;
      if (right) f.reattached++;
    } else {
      f.survived++;
      if (right && silent) f.exact++;
      if (right && k === 'needsReview') f.survivedReview++;
    }
  }
}

// Vocabulary of generated transcripts: a week of radio coverage of one flood. Sentences are put
// together from several independent parts, so that, as in real coverage, names and phrases recur
// but a stretch of 32 characters rarely does.
const NAMES = ['REYES', 'WIELAND', 'HALLOWAY', 'STANEK', 'VAN ASSCHE', 'MARSH', 'LINDQVIST', 'FAROUK'];
const FIRST = [
  'Dorota',
  'Piet',
  'Mirela',
  'Jonas',
  'Helga',
  'Ewa',
  'Nadia',
  'Tomas',
  'Omar',
  'Lucia',
  'Sam',
  'Jana',
  'Marek',
  'Ilse',
  'Kofi',
  'Aino',
  'Ruben',
  'Greta',
  'Yusuf',
  'Sofia',
];
const LAST = [
  'Halloway',
  'Van Assche',
  'Stanek',
  'Reyes',
  'Marsh',
  'Lindqvist',
  'Haddad',
  'Brandt',
  'Kurz',
  'Oyelaran',
  'Novak',
  'Ødegaard',
  'Mensah',
  'Virtanen',
  'Costa',
  'Ibarra',
  'Keller',
  'Dubois',
];
const ROLES = [
  'the chief engineer',
  'a council spokesperson',
  'the shelter manager',
  'a firefighter',
  'a resident of Quay Lane',
  'the grid operator’s director',
  'an Orlbau manager',
  'a Red Cross volunteer',
  'the deputy mayor',
  'a hydrologist',
];
const VERBS = [
  'said',
  'told me',
  'insisted',
  'confirmed',
  'denied',
  'estimated',
  'warned',
  'admitted',
  'told reporters',
  'wrote in a statement',
  'repeated',
  'conceded',
];
const CLAIMS = [
  '{n} homes had lost power on {street}',
  'the barrier failed at {t}',
  'the alert reached {street} at {t}',
  '{n} people slept in the shelter on {street}',
  'the wall would cost {m}',
  'the river reached {d} meters at the {gauge} gauge',
  'the work on {street} was {p} complete',
  'repairs to {street} could take until {day}',
  'the design changed "at least {k} times" since {y}',
  '{k} panels buckled near {place}',
  'pumps at {place} had been running for {k} hours',
  'insurers expected {n} claims from {street}',
];
const SPEECH = [
  'We had maybe {k} minutes of warning on {street}',
  'Nobody told us about {place}',
  'Families on {street} have lost everything',
  'That is not an excuse, not after {y}',
  'People were told the barrier at {place} would hold',
  'I want to know when I can go back to {street}',
];
const STREETS = [
  'Quay Lane',
  'Mill Street',
  'Linden Road',
  'Tannery Row',
  'Harbour Walk',
  'Ash Grove',
  'Station Road',
  'Weir Close',
  'Orchard Way',
  'Bridge End',
  'Dyke Street',
  'Chapel Hill',
];
const PLACES = [
  'the old tannery',
  'the Mill Street bridge',
  'the sports hall',
  'the pumping station',
  'the rail underpass',
  'the school on Ash Grove',
  'the weir',
  'the allotments',
];
const GAUGES = ['tannery', 'weir', 'Mill Street', 'harbour'];
const TAILS = [
  '',
  '',
  '',
  ' on {day}',
  ' late on {day}',
  ', according to a statement',
  ' in an interview on {day}',
  ' outside {place}',
  ' after visiting {street}',
  ', citing figures from {y}',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ASIDES = [
  '',
  '',
  '',
  'honestly, ',
  'frankly, ',
  'look, ',
  'again, ',
  'as of tonight, ',
  'by our count, ',
  'and I want to be clear, ',
  'right now, ',
  'so far, ',
];
const HEDGES = ['', '', '', 'already ', 'probably ', 'still ', 'only ', 'roughly ', 'at one point ', 'by then '];

function sentence(random: Random): string {
  const fill = (s: string): string =>
    s.replace(/\{(\w+)\}/g, (_, k: string) => {
      if (k === 'n') return (100 + Math.floor(random() * 99_900)).toLocaleString('en-US');
      if (k === 'm') return `${(5 + random() * 30).toFixed(1)} million euros`;
      if (k === 't') return `${1 + Math.floor(random() * 12)}:${String(Math.floor(random() * 60)).padStart(2, '0')} ${random() < 0.5 ? 'a.m.' : 'p.m.'}`;
      if (k === 'd') return (3 + random() * 2).toFixed(2);
      if (k === 'p') return `${Math.floor(random() * 100)}%`;
      if (k === 'k') return String(2 + Math.floor(random() * 400));
      if (k === 'y') return String(1990 + Math.floor(random() * 36));
      if (k === 'street') return pick(STREETS, random);
      if (k === 'place') return pick(PLACES, random);
      if (k === 'gauge') return pick(GAUGES, random);
      return pick(DAYS, random);
    });
  const who = random() < 0.6 ? `${pick(FIRST, random)} ${pick(LAST, random)}` : pick(ROLES, random);
  if (random() < 0.2) {
    const speech = fill(pick(SPEECH, random));
    return `"${pick(ASIDES, random)}${speech.charAt(0).toLowerCase()}${speech.slice(1)}," ${who} ${pick(VERBS, random)}${fill(pick(TAILS, random))}.`.replace(
      /^"(.)/,
      (_, c: string) => `"${c.toUpperCase()}`,
    );
  }
  const claim = fill(pick(CLAIMS, random)).replace(/^(\S+ \S+ )/, (m) => m + pick(HEDGES, random));
  const s = `${who} ${pick(VERBS, random)} that ${pick(ASIDES, random)}${claim}${fill(pick(TAILS, random))}${random() < 0.05 ? ' \u{1f30a}' : ''}.`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A generated radio transcript of about `units` UTF-16 units: speaker turns, stage directions, quotes and figures. */
export function generatedTranscript(units: number, random: Random): string {
  const out: string[] = [];
  let length = 0;
  while (length < units) {
    const r = random();
    const turn =
      r < 0.06
        ? pick(['(SOUNDBITE OF RUSHING WATER)', '(SOUNDBITE OF SIREN)', '(CROSSTALK)'], random)
        : `${pick(NAMES, random)}: ${Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random)).join(' ')}`;
    out.push(turn);
    length += turn.length + 2;
  }
  return out.join('\n\n') + '\n';
}

/** Per kind: the corpus with several seeds, then `big` generated 1 MB texts with 10,000 annotations and 200 edits. */
export function editingFigures(options: { seeds?: number; big?: number } = {}): {
  corpus: KindFigures[];
  big: KindFigures[];
  bigRuns: number;
  texts: number;
  seeds: number;
} {
  const dir = join(__dirname, '..', '..', 'bench', 'corpus');
  // A gold file is read as the quality bench reads it: the clean web-copied text, its gold spans
  // annotated (as well as the generated ones), never the markup.
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseGold(readFileSync(join(dir, f), 'utf8')));
  const seeds = options.seeds ?? 25;
  const corpus = KINDS.map((kind) => {
    const f = empty(kind.name);
    texts.forEach(({ text, spans }, t) => {
      for (let s = 0; s < seeds; s++) runOne(f, kind, text, rng(1000 * t + s + 1), 40, 2, spans);
    });
    return f;
  });
  const bigRuns = options.big ?? 1;
  const big = KINDS.map((kind, k) => {
    const f = empty(kind.name);
    for (let r = 0; r < bigRuns; r++) {
      const random = rng(77 + r * 31 + k);
      runOne(f, kind, generatedTranscript(1_000_000, random), random, 10_000, 200);
    }
    f.ms /= bigRuns;
    f.cpuMs /= bigRuns;
    return f;
  });
  return { corpus, big, bigRuns, texts: texts.length, seeds };
}

/** The mixed scenario of the speed target: 1 MB, 10,000 annotations, 200 edits spread over every kind. */
export function mixedFigures(seed = 5): { f: KindFigures; units: number } {
  const random = rng(seed);
  const text = normalizeText(generatedTranscript(1_000_000, random));
  const list = annotateText(text, random, 10_000);
  const units = new TextUnits(text);
  const doc = new EditedText(text);
  for (const a of list) doc.truth.add(a.id, units.toUtf16(a.start), units.toUtf16(a.end));
  // The whole-text kinds once each, the others sharing the 200 edits.
  const local = KINDS.filter((k) => !k.prepare && !k.raw && !/re-wrapped|quotes|renamed/.test(k.name));
  for (let e = 0; e < 200; e++) (local[e % local.length] as EditKind).apply(doc, random, 1);
  for (const k of KINDS.filter((k) => /re-wrapped \(line breaks added\)|straight to curly|renamed/.test(k.name))) k.apply(doc, random, 1);
  const f = empty('mixed');
  const sidecar: Sidecar = { version: SIDECAR_VERSION, text: 'bench.txt', textHash: 'fnv1a64:0000000000000000', annotations: list };
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 6; run++) {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    checkSidecarAgainstText(sidecar, '\ufeff' + doc.text.replace(/\n/g, '\r\n'));
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  f.ms = times.slice(1).sort((a, b) => a - b)[2] as number;
  f.cpuMs = cpu.slice(1).sort((a, b) => a - b)[2] as number;
  return { f, units: doc.text.length };
}

const pct = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(part === whole ? 0 : 1)}%`);

/** The per-kind table, as printed by `npm run bench` and kept in the README. */
export function table(rows: readonly KindFigures[], withTime: boolean): string {
  const head = [
    'edit kind',
    'survived: exact',
    'changed: right new extent',
    'deleted: orphaned',
    'orphaned',
    'review elsewhere',
    'silently wrong',
    ...(withTime ? ['ms (CPU)'] : []),
  ];
  const lines = rows.map((f) => [
    f.name,
    `${pct(f.exact, f.survived)} of ${f.survived}`,
    `${pct(f.reattached, f.changed)} of ${f.changed}`,
    `${pct(f.deletedOrphaned, f.deleted)} of ${f.deleted}`,
    String(f.orphaned),
    String(f.reviewElsewhere),
    String(f.wrong),
    ...(withTime ? [`${f.ms.toFixed(0)} (${f.cpuMs.toFixed(0)})`] : []),
  ]);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
}

/** Prints the benchmark. */
export function benchEditing(): void {
  const { corpus, big, texts, seeds } = editingFigures();
  console.log(
    `anchor editorial changes, fictional corpus (${texts} texts without their gold markup x ${seeds} seeds, 40 generated annotations plus each text's gold spans, 2 edits of the kind each):`,
  );
  console.log(table(corpus, false));
  console.log(
    '\nanchor editorial changes, generated 1 MB transcripts (10,000 annotations, 200 edits of the kind; time of one re-anchoring after a warm-up, wall and CPU):',
  );
  console.log(table(big, true));
  const { f, units } = mixedFigures();
  const ratio = (ms: number): string => `${(ms / 100).toFixed(2)}x the 100 ms target`;
  console.log(
    `\nanchor mixed: ${(units / 1e6).toFixed(2)}M units, 10,000 annotations, 200 edits of every local kind + re-wrap, curly quotes, a rename, CRLF and a BOM: ${f.ms.toFixed(1)} ms wall (${ratio(f.ms)}), CPU ${f.cpuMs.toFixed(1)} ms (${ratio(f.cpuMs)}) (medians of 5 runs after a first one; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`,
  );
  console.log('targets: survived exact >= 99.9% for every kind; silently wrong 0; changed spans at the right new extent >= 90%');
}

/**
 * A long fictional broadcast transcript and its annotations, for the editor benchmark and the
 * long-document integration test: speaker turns, named people and organisations, figures,
 * curly quotes, accented names and an emoji now and then, about one annotation per 100 code
 * points of text (speaker labels, entity mentions, claims over whole sentences).
 */
import { contextAround, hashText, normalizeText, serializeSidecar, type Annotation, type Sidecar } from '../../src/core';

const speakers = [
  ['MARIA OKONJO, BYLINE', 'OKONJO', 'Maria Okonjo'],
  ['TOMÁS FERREIRA', 'FERREIRA', 'Tomás Ferreira'],
  ['INGRID SÆTHER', 'SÆTHER', 'Ingrid Sæther'],
  ['JEAN-LUC ABADIE', 'ABADIE', 'Jean-Luc Abadie'],
] as const;
const names = [
  'Jean-Luc Abadie',
  'the Dockworkers’ Union',
  'Varnholm',
  'the Port Authority',
  'Ingrid Sæther',
  'Pier 7',
  'the harbour police',
  'Chloé Marchetti',
];
const figures = ['About 1,150 people', 'Some 2,000 dockworkers', 'Nearly 40 cranes', 'At least 12 ships 🚢', 'Roughly 3.5 million kroner'];
const middles = [
  'were detained near the gates overnight, according to',
  'stayed away from the container terminal on Tuesday, said',
  'stood idle along the northern quay, a spokesman for',
  'waited outside the breakwater, a statement from',
];
const fillers = [
  '(SOUNDBITE OF CROWD CHANTING)',
  'We’re going to stay here until someone listens, she says.',
  'The talks resumed after midnight and broke off again before dawn.',
  '(Non-English language spoken)',
];

/** The generated text (LF line ends, no BOM) and its annotations (code point offsets). */
export interface LongDocument {
  readonly text: string;
  readonly annotations: Annotation[];
}

/** About `codePoints` code points of text carrying about `count` annotations. */
export function longDocument(codePoints: number, count: number): LongDocument {
  const parts: string[] = [];
  const spans: Array<{ kind: 'speaker' | 'entity' | 'claim'; start: number; end: number; speaker?: string }> = [];
  let at = 0;
  const emit = (s: string): number => {
    const start = at;
    parts.push(s);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff) at++;
    }
    return start;
  };
  emit('Skip to main content\nHOME · NEWS · MUSIC · PODCASTS\n\nHarbour strike enters its second week\n\n');
  let turn = 0;
  while (at < codePoints) {
    const [label, short, name] = speakers[turn % speakers.length] as readonly [string, string, string];
    const spoken = turn < speakers.length ? (label.split(',')[0] as string) : short;
    const labelStart = emit(spoken);
    spans.push({ kind: 'speaker', start: labelStart, end: at, speaker: name });
    emit(turn < speakers.length && label.includes(',') ? label.slice(spoken.length) + ': ' : ': ');
    for (let sentence = 0; sentence < 6; sentence++) {
      const k = turn * 7 + sentence;
      if (k % 5 === 4) {
        emit(`${fillers[k % fillers.length] as string} `);
        continue;
      }
      const claimStart = emit(`${figures[k % figures.length] as string} ${middles[k % middles.length] as string} `);
      const entityStart = emit(names[k % names.length] as string);
      spans.push({ kind: 'entity', start: entityStart, end: at });
      emit('.');
      spans.push({ kind: 'claim', start: claimStart, end: at - 1 });
      emit(' ');
    }
    emit('\n\n');
    turn++;
  }
  emit('Transcript provided by Harbourside Public Radio.');
  const text = parts.join('');
  // Keep `count` spans spread evenly over the text.
  const step = spans.length / count;
  const kept = Array.from({ length: Math.min(count, spans.length) }, (_, i) => spans[Math.floor(i * step)] as (typeof spans)[number]);
  const points = Array.from(text);
  let speakerId: string | undefined;
  const annotations = kept.map((span, i): Annotation => {
    const id = 'b' + i.toString(36).padStart(7, '0');
    const quote = points.slice(span.start, span.end).join('');
    const { prefix, suffix } = contextAround(text, span.start, span.end);
    const base = {
      id,
      start: span.start,
      end: span.end,
      quote,
      ...(prefix ? { prefix } : {}),
      ...(suffix ? { suffix } : {}),
      status: i % 3 === 0 ? ('proposed' as const) : ('accepted' as const),
    };
    if (span.kind === 'speaker') {
      speakerId = id;
      return { ...base, kind: 'speaker', speaker: span.speaker as string };
    }
    if (span.kind === 'entity') return { ...base, kind: 'entity', type: 'person' };
    return { ...base, kind: 'claim', claimType: 'statistic', ...(speakerId ? { by: speakerId } : {}) };
  });
  return { text, annotations };
}

/** The sidecar YAML of a long document, for a text file named `textName`. */
export function sidecarOf(document: LongDocument, textName: string): string {
  const sidecar: Sidecar = { version: 1, text: textName, textHash: hashText(normalizeText(document.text)), annotations: document.annotations };
  return serializeSidecar(sidecar);
}

/**
 * Lemma-ish content words of a claim, for telling whether two claims from
 * different sources answer the same question. Deliberately small: a crude
 * suffix stripper plus a table of news-event concepts whose words differ
 * between outlets ("detained", "arrested", "taken into custody").
 */

/** Concept of a word as reporters vary it; the concept name is also the word a question uses. */
const CONCEPTS: Readonly<Record<string, string>> = {
  detain: 'detain',
  detained: 'detain',
  detaining: 'detain',
  detention: 'detain',
  detentions: 'detain',
  detainee: 'detain',
  detainees: 'detain',
  arrest: 'detain',
  arrested: 'detain',
  arrests: 'detain',
  arresting: 'detain',
  custody: 'detain',
  jailed: 'detain',
  injure: 'injure',
  injured: 'injure',
  injuries: 'injure',
  injury: 'injure',
  hurt: 'injure',
  wounded: 'injure',
  kill: 'kill',
  killed: 'kill',
  dead: 'kill',
  died: 'kill',
  deaths: 'kill',
  death: 'kill',
  strike: 'strike',
  strikes: 'strike',
  striking: 'strike',
  strikers: 'strike',
  striker: 'strike',
  walkout: 'strike',
  walked: 'strike',
  protest: 'protest',
  protests: 'protest',
  protesters: 'protest',
  protestors: 'protest',
  march: 'protest',
  marched: 'protest',
  marchers: 'protest',
  demonstrators: 'protest',
  demonstration: 'protest',
  rally: 'protest',
  crowd: 'protest',
  raise: 'pay',
  wage: 'pay',
  wages: 'pay',
  pay: 'pay',
  salary: 'pay',
  salaries: 'pay',
  offer: 'pay',
  offered: 'pay',
  cost: 'cost',
  costs: 'cost',
  losing: 'cost',
  loss: 'cost',
  losses: 'cost',
  lost: 'cost',
  vote: 'vote',
  voted: 'vote',
  votes: 'vote',
  ballot: 'vote',
  member: 'member',
  members: 'member',
  membership: 'member',
  represents: 'member',
  represent: 'member',
};

const CONCEPT_NAMES = new Set(Object.values(CONCEPTS));

/** Whether a keyword is one of the concepts above (stronger evidence than an ordinary shared word). */
export function isConcept(keyword: string): boolean {
  return CONCEPT_NAMES.has(keyword);
}

/** Past participles of concepts, for proposed question texts (`How many people were detained?`). */
export const PARTICIPLES: Readonly<Record<string, string>> = { detain: 'detained', injure: 'injured', kill: 'killed' };

// Function words and reporting verbs: frequent in every claim, so they say nothing about which question it answers.
const STOP = new Set(
  (
    'about above according after again against also among and another any are around because been before being between both but ' +
    'can could did does doing down during each even every few for from further had has have having her here hers him his how ' +
    'into its itself just last least less like made make many more most much must near nearly not now off once only other ' +
    'our out over own people per same says said say she should since some such than that the their them then there these ' +
    'they this those through told tell tells under until very was were what when where which while who whom why will with ' +
    'would yesterday today tonight monday tuesday wednesday thursday friday saturday sunday week year years day days night ' +
    'morning evening afternoon quote according reported reports reporters claims claimed stated announced spokesperson ' +
    'percent million billion thousand hundred euro euros dollar dollars pound pounds'
  ).split(' '),
);

/** Content keywords of `text`: lowercase, possessives dropped, concepts unified, crude singular/past stripped. */
export function keywordsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu)) {
    const word = m[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 3 || STOP.has(word)) continue;
    found.add(CONCEPTS[word] ?? stem(word));
  }
  return found;
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

import assert from 'node:assert/strict';
import { hashText, normalizeText, type Annotation } from '../../src/core';
import { exportConll, sentences, type ExportDocument } from '../../src/core/exchange';
import { at } from './exchange-samples.test';

const words = (text: string): string[][] => sentences(text).map((s) => s.map((t) => t.text));

function doc(raw: string, build: (n: string) => Annotation[], path = 'wire/a.txt'): ExportDocument {
  const n = normalizeText(raw);
  return { path, text: raw, sidecar: { version: 1, text: 'a.txt', textHash: hashText(n), annotations: build(n) } };
}

describe('The CoNLL tokenizer', () => {
  it('keeps numbers with inner separators and words joined by hyphens or inner apostrophes whole', () => {
    assert.deepEqual(words('Jean-Luc said 1,150 people, or 4.5 percent, joined O’Neill’s march.'), [
      ['Jean-Luc', 'said', '1,150', 'people', ',', 'or', '4.5', 'percent', ',', 'joined', 'O’Neill', '’s', 'march', '.'],
    ]);
  });

  it("splits clitics off as the Penn Treebank does: possessive 's, n't, 'll, 're, 've, 'm, 'd, and a plural possessive's apostrophe", () => {
    assert.deepEqual(words("Reyes's office didn't say; Aleska’s aides can't, they'll wait. The dockers' union"), [
      ['Reyes', "'s", 'office', 'did', "n't", 'say', ';', 'Aleska', '’s', 'aides', 'ca', "n't", ',', 'they', "'ll", 'wait', '.'],
      ['The', 'dockers', "'", 'union'],
    ]);
    assert.deepEqual(words("I'm sure we're told you'd've"), [['I', "'m", 'sure', 'we', "'re", 'told', 'you', "'d", "'ve"]]);
  });

  it('tags an entity followed by a possessive as that entity alone, "Reyes" then "\'s" outside it', () => {
    const reyes = doc("Reyes's office said 900.", (n) => [at(n, 'Reyes', { id: 'ereyes01', kind: 'entity', type: 'person' })]);
    const { files, warnings } = exportConll([reyes]);
    assert.deepEqual(warnings, []);
    assert.ok(files[0]?.content.includes("Reyes\tB-PERSON\tO\n's\tO\tO\noffice\tO\tO\n"), files[0]?.content);
  });

  it('makes an emoji, a quote mark and a letter with a combining accent tokens with code point offsets', () => {
    const [sentence] = sentences('Cafe\u0301 🚢 “ok”');
    assert.deepEqual(
      sentence?.map((t) => [t.text, t.start, t.end]),
      [
        ['Cafe\u0301', 0, 5],
        ['🚢', 6, 7],
        ['“', 8, 9],
        ['ok', 9, 11],
        ['”', 11, 12],
      ],
    );
  });

  it('ends sentences at line breaks and at final punctuation before a capital, but not inside "Nov. 18"', () => {
    assert.deepEqual(words('On Nov. 18 it began. “It will last,” he said!\nThen quiet'), [
      ['On', 'Nov', '.', '18', 'it', 'began', '.'],
      ['“', 'It', 'will', 'last', ',', '”', 'he', 'said', '!'],
      ['Then', 'quiet'],
    ]);
  });
});

describe('The conll export', () => {
  const raw = '\ufeffMayor Ingrid Solheim said 41 vessels wait.\r\nVarnholm’s port is shut.\r\n';
  const sample = doc(raw, (n) => [
    at(n, 'Ingrid Solheim', { id: 'esolheim', kind: 'entity', type: 'person' }),
    at(n, 'Ingrid Solheim said 41 vessels wait', { id: 'cwait001', kind: 'claim' }),
    at(n, 'Varnholm', { id: 'evarn001', kind: 'entity', type: 'location' }),
    at(n, 'Solheim', { id: 'esolh002', kind: 'entity', type: 'person' }),
  ]);

  it('writes -DOCSTART-, then one token per line with IOB2 entity and claim tags and a blank line after each sentence', () => {
    const { files } = exportConll([sample, { ...sample, path: 'wire/b.txt' }]);
    const perDocument =
      [
        '-DOCSTART-\tO\tO',
        '',
        'Mayor\tO\tO',
        'Ingrid\tB-PERSON\tB-CLAIM',
        'Solheim\tI-PERSON\tI-CLAIM',
        'said\tO\tI-CLAIM',
        '41\tO\tI-CLAIM',
        'vessels\tO\tI-CLAIM',
        'wait\tO\tI-CLAIM',
        '.\tO\tO',
        '',
        'Varnholm\tB-LOCATION\tO',
        '’s\tO\tO',
        'port\tO\tO',
        'is\tO\tO',
        'shut\tO\tO',
        '.\tO\tO',
        '',
      ].join('\n') + '\n';
    assert.equal(files.length, 1);
    assert.equal(files[0]?.content, perDocument + perDocument);
  });

  it('reports a span that still does not align with token boundaries with its document, id and quote, and still tags its tokens', () => {
    const jean = doc('Jean-Luc Abadie spoke.', (n) => [at(n, 'Jean', { id: 'ejean001', kind: 'entity', type: 'person' })]);
    const { files, warnings } = exportConll([jean]);
    assert.ok(
      warnings.some((w) => w.startsWith('wire/a.txt: entity ejean001 "Jean": does not align with token boundaries')),
      warnings.join('\n'),
    );
    assert.ok(files[0]?.content.includes('Jean-Luc\tB-PERSON\tO\n'));
  });

  it('reports a span overlapping one already tagged in its column instead of dropping it silently', () => {
    const { warnings } = exportConll([sample]);
    assert.ok(
      warnings.some((w) => /^wire\/a\.txt: entity esolh002 "Solheim": overlaps entity esolheim/.test(w)),
      warnings.join('\n'),
    );
  });
});

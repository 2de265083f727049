import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { isBoilerplateLine, isSpeakerLabelLine } from '../../src/core/transcript';

// Compiled tests live in out/test/unit, three levels below the project root.
const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'transcript.tmLanguage.json');

const LABEL = 'meta.speaker-label.transcript';
const SPEAKER = 'entity.name.tag.speaker.transcript';
const ROLE = 'storage.type.role.transcript';
const COLON = 'punctuation.separator.speaker.transcript';
const STAGE = 'comment.block.stage-direction.transcript';
const QUOTE = 'string.quoted.double.transcript';
const INNER_QUOTE = 'string.quoted.single.transcript';
const NUMBER = 'constant.numeric.transcript';
const DATE = 'constant.numeric.date.transcript';
const TIME = 'constant.numeric.time.transcript';
const BOILERPLATE = 'comment.line.boilerplate.transcript';

let grammar: textmate.IGrammar | undefined;

async function loadGrammar(): Promise<textmate.IGrammar> {
  await oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => (scopeName === 'text.transcript' ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  const loaded = await registry.loadGrammar('text.transcript');
  assert.ok(loaded, 'grammar should load');
  return loaded;
}

/**
 * Tokenizes consecutive lines, carrying the rule stack across them, and
 * returns for each line the maximal runs of text that carry `scope`.
 */
function scopedRuns(lines: readonly string[], scope: string): string[][] {
  assert.ok(grammar, 'grammar not loaded');
  const loaded = grammar;
  let stack = textmate.INITIAL;
  return lines.map((line) => {
    const result = loaded.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const runs: string[] = [];
    let open = false;
    for (const token of result.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      if (!token.scopes.includes(scope)) {
        open = false;
      } else if (open) {
        runs[runs.length - 1] += text;
      } else if (text.length > 0) {
        runs.push(text);
        open = true;
      }
    }
    return runs;
  });
}

/** The runs of a single line that carry `scope`. */
function runs(line: string, scope: string): string[] {
  return scopedRuns([line], scope)[0] ?? [];
}

describe('transcript grammar', () => {
  before(async () => {
    grammar ??= await loadGrammar();
  });

  describe('speaker labels', () => {
    it('scopes the name, role, colon and whole label separately', () => {
      const line = 'MARIA OKONJO, BYLINE: The crowd gathered.';
      assert.deepEqual(runs(line, LABEL), ['MARIA OKONJO, BYLINE:']);
      assert.deepEqual(runs(line, SPEAKER), ['MARIA OKONJO']);
      assert.deepEqual(runs(line, ROLE), ['BYLINE']);
      assert.deepEqual(runs(line, COLON), [':']);
    });

    for (const label of ['OKONJO', 'PRIME MINISTER JEAN-LUC ABADIE', 'UNIDENTIFIED PERSON #1', "O'BRIEN", 'DR. ÅSA NORDIN']) {
      it(`marks "${label}:" as a speaker name`, () => {
        assert.deepEqual(runs(`${label}: Yes.`, SPEAKER), [label]);
      });
    }

    it('recognises labels with diacritics and a role', () => {
      assert.deepEqual(runs('DANIEL FÄRBER, HOST: Hej.', SPEAKER), ['DANIEL FÄRBER']);
      assert.deepEqual(runs('A RAMÍREZ, HOST: Hola.', ROLE), ['HOST']);
    });

    for (const line of ['The message was clear: no deal.', 'At 9:30 the crowd grew.', '10:15', 'Okonjo: a profile', ' OKONJO: indented']) {
      it(`does not mark "${line}" as a speaker label`, () => {
        assert.deepEqual(runs(line, LABEL), []);
      });
    }
  });

  describe('stage directions', () => {
    const directions = [
      '(SOUNDBITE OF ARCHIVED RECORDING)',
      `(SOUNDBITE OF THE NIGHTJARS' "LOW TIDE")`,
      '(SOUNDBITE OF THE NIGHTJARS’ “LOW TIDE”)',
      '(Non-English language spoken)',
      '(LAUGHTER)',
      '(Laughter)',
      '(speaking Spanish)',
      '(Through interpreter)',
      '(CROSSTALK)',
      '(inaudible)',
    ];
    for (const direction of directions) {
      it(`marks ${direction} as one stage direction`, () => {
        assert.deepEqual(runs(direction, STAGE), [direction]);
        // A song title inside the direction is a quote of its own (issue 19).
        assert.deepEqual(runs(direction, QUOTE), direction.match(/["“][^"”]*["”]/g) ?? []);
      });
    }

    it('marks a stage direction inside a speaker turn', () => {
      assert.deepEqual(runs('OKONJO: (LAUGHTER) Well, yes.', STAGE), ['(LAUGHTER)']);
    });

    for (const aside of ['(which opened in 2019)', '(NATO)', '(AP)', '(U.S.)', '(see below)']) {
      it(`leaves the ordinary aside ${aside} alone`, () => {
        assert.deepEqual(runs(`The hall ${aside} was full.`, STAGE), []);
      });
    }
  });

  describe('quotes', () => {
    it('marks straight and curly quotations, quote marks included', () => {
      const line = 'OKONJO: “We will not leave,” she said. "Never."';
      assert.deepEqual(runs(line, QUOTE), ['“We will not leave,”', '"Never."']);
    });

    it('ends a quotation left open at the end of the paragraph', () => {
      for (const open of ['“', '"']) {
        const lines = [`She said, ${open}We will stay for 3 days.`, 'The vote was 12 to 3.'];
        const quoted = scopedRuns(lines, QUOTE);
        assert.deepEqual(quoted, [[`${open}We will stay for 3 days.`], []]);
      }
    });

    it('marks a nested single quotation without stopping at an apostrophe', () => {
      const line = '“He told me, ‘I can’t do it,’ and left,” said Aleska’s aide.';
      assert.deepEqual(runs(line, INNER_QUOTE), ['‘I can’t do it,’']);
      assert.deepEqual(runs(line, QUOTE), ['“He told me, ‘I can’t do it,’ and left,”']);
    });

    it('marks figures inside quotations', () => {
      assert.deepEqual(runs('"About 1,150 people came on Feb. 9."', NUMBER), ['1,150']);
      assert.deepEqual(runs('"About 1,150 people came on Feb. 9."', DATE), ['Feb. 9']);
    });
  });

  describe('figures', () => {
    const cases: Array<[string, string, string[]]> = [
      ['A crowd of 1,150 gathered.', NUMBER, ['1,150']],
      ['A 3,000-strong force.', NUMBER, ['3,000']],
      ['Some 12 million people.', NUMBER, ['12 million']],
      ['Growth of 4.5 points, or 75%.', NUMBER, ['4.5', '75%']],
      ['It happened on Feb. 9.', DATE, ['Feb. 9']],
      ['It happened on February 9.', DATE, ['February 9']],
      ['It happened on Feb. 9, 2026, at dawn.', DATE, ['Feb. 9, 2026']],
      ['Doors open at 9:30 a.m. sharp.', TIME, ['9:30 a.m.']],
      ['COVID-19 cases and B52 bombers.', NUMBER, []],
    ];
    for (const [line, scope, expected] of cases) {
      it(`finds ${JSON.stringify(expected)} in "${line}"`, () => {
        assert.deepEqual(runs(line, scope), expected);
      });
    }

    it('marks figures in the text after a speaker label', () => {
      const line = 'PRIME MINISTER JEAN-LUC ABADIE: We sent 1,150 troops on Feb. 9.';
      assert.deepEqual(runs(line, NUMBER), ['1,150']);
      assert.deepEqual(runs(line, DATE), ['Feb. 9']);
    });
  });

  describe('boilerplate', () => {
    const lines = [
      'Copyright © 2026 Example Radio. All rights reserved.',
      'Transcript provided by Example Radio.',
      'Heard on Morning Report',
      '5-Minute Listen',
      'Download',
      'Embed',
      'Transcript',
      'Playlist',
      'Toggle more options',
    ];
    for (const line of lines) {
      it(`marks "${line}" as boilerplate`, () => {
        assert.deepEqual(runs(line, BOILERPLATE), [line]);
      });
    }

    for (const line of [
      'Download speeds doubled last year.',
      'The transcript was released on Monday.',
      'Copyright law is complex.',
      'Heard on the radio, the claim spread.',
    ]) {
      it(`does not mark the sentence "${line}" as boilerplate`, () => {
        assert.deepEqual(runs(line, BOILERPLATE), []);
      });
    }
  });
});

describe('transcript grammar and parser agreement', () => {
  // The grammar and src/core/transcript encode the same line rules twice;
  // these lines pin them together so neither drifts on its own.
  const lines = [
    'OKONJO: Yes.',
    'MARIA OKONJO, BYLINE: Hi.',
    'DR. ÅSA NORDIN:',
    'UNIDENTIFIED PERSON #1: No.',
    "O'BRIEN: So.",
    'A RAMÍREZ, HOST:',
    'The message was clear: no deal.',
    '10:15',
    '#1: x',
    'OKONJO:x',
    ' OKONJO: x',
    'Breaking News: x',
    'Copyright © 2026 Example Radio.',
    'Embed',
    'Heard on Morning Report',
    'Download speeds doubled.',
    'Transcript provided by Example Radio.',
    '5-Minute Listen',
    'Toggle more options',
    'Transcripts are edited.',
  ];

  before(async () => {
    grammar ??= await loadGrammar();
  });

  for (const line of lines) {
    it(`classifies "${line}" the same way in the grammar and in parseTurns`, () => {
      assert.equal(runs(line, LABEL).length > 0, isSpeakerLabelLine(line), 'speaker label');
      assert.equal(runs(line, BOILERPLATE).length > 0, isBoilerplateLine(line), 'boilerplate');
    });
  }
});

describe('transcript language configuration', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as {
    wordPattern: { pattern: string; flags: string };
    autoClosingPairs: Array<{ open: string; close: string }>;
  };

  it('keeps hyphenated, apostrophised and accented names as single words', () => {
    const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);
    const text = "Jean-Luc met Aleska’s aide, O'Brien and RAMÍREZ.";
    assert.deepEqual(text.match(word), ['Jean-Luc', 'met', 'Aleska’s', 'aide', "O'Brien", 'and', 'RAMÍREZ']);
  });

  it('never auto-closes on a character that doubles as an apostrophe', () => {
    const opens = config.autoClosingPairs.map((pair) => pair.open);
    assert.deepEqual(
      opens.filter((open) => open === "'" || open === '’' || open === '‘'),
      [],
    );
    assert.ok(opens.includes('“') && opens.includes('"') && opens.includes('('));
  });
});

import assert from 'node:assert/strict';
import { isSpeakerLabelLine, matchSpeakerLabel, normalizeSpeakerName, normalizeSpeakers, parseTurns, speakerLabelAt } from '../../src/core/transcript';

describe('transcript speaker labels', () => {
  const labels = [
    'OKONJO:',
    'LINDQVIST:',
    'MARIA OKONJO, BYLINE:',
    'A RAMÍREZ, HOST:',
    'PRIME MINISTER JEAN-LUC ABADIE:',
    'UNIDENTIFIED PERSON #1:',
    "O'BRIEN:",
    'O’BRIEN:',
    'DR. ÅSA NORDIN:',
    'DANIEL FÄRBER, HOST:',
  ];

  for (const label of labels) {
    it(`recognises "${label}" at the start of a line`, () => {
      const found = matchSpeakerLabel(`${label} Good morning.`, 0);
      assert.equal(found?.text, label);
      assert.deepEqual([found.start, found.end], [0, label.length]);
    });
  }

  it('reports the name and role parts as ranges of the label', () => {
    const line = 'A RAMÍREZ, HOST: Welcome back.';
    const label = matchSpeakerLabel(line, 0);
    assert.ok(label?.roleRange);
    assert.equal(line.slice(label.nameRange.start, label.nameRange.end), 'A RAMÍREZ');
    assert.equal(line.slice(label.roleRange.start, label.roleRange.end), 'HOST');
  });

  const notLabels = [
    'The message was clear: no deal.',
    'At 9:30 the crowd had grown.',
    '10:15',
    '10:15 a.m.: doors open',
    'Breaking News: the vote is in',
    'Okonjo: a profile',
    'the MINISTER: said',
    ' OKONJO: indented lines are not labels',
    'OKONJO:no space after the colon',
    '#1:',
    'AT 9:30 THE CROWD GREW',
  ];

  for (const line of notLabels) {
    it(`does not take "${line}" for a speaker label`, () => {
      assert.equal(isSpeakerLabelLine(line), false);
    });
  }
});

describe('transcript speaker normalisation', () => {
  const names: Array<[string, string]> = [
    ['MARIA OKONJO', 'Maria Okonjo'],
    ['A RAMÍREZ', 'A Ramírez'],
    ['JEAN-LUC ABADIE', 'Jean-Luc Abadie'],
    ["O'BRIEN", "O'Brien"],
    ['O’BRIEN', 'O’Brien'],
    ['UNIDENTIFIED PERSON #1', 'Unidentified Person #1'],
    ['DANIEL FÄRBER', 'Daniel Färber'],
    ['ÅSA NORDIN', 'Åsa Nordin'],
    ['JOHN MCCARTHY III', 'John McCarthy III'],
    ['MARIA OKONJO, BYLINE:', 'Maria Okonjo'],
  ];

  for (const [raw, expected] of names) {
    it(`title-cases "${raw}" as "${expected}"`, () => {
      assert.equal(normalizeSpeakerName(raw), expected);
    });
  }

  it('turns a leading title into a lowercase role and drops it from the name', () => {
    assert.deepEqual(normalizeSpeakers(['PRIME MINISTER JEAN-LUC ABADIE:', 'DR. ÅSA NORDIN:', 'SEN. JO KIM:']), [
      { name: 'Jean-Luc Abadie', role: 'prime minister' },
      { name: 'Åsa Nordin', role: 'doctor' },
      { name: 'Jo Kim', role: 'senator' },
    ]);
  });

  it('keeps a qualifier such as FORMER in the role', () => {
    assert.deepEqual(normalizeSpeakers(['FORMER PRESIDENT LENA VOSS:']), [{ name: 'Lena Voss', role: 'former president' }]);
  });

  it('lets an explicit role win over a leading title', () => {
    assert.deepEqual(normalizeSpeakers(['MAYOR ANA LIMA, GUEST:']), [{ name: 'Ana Lima', role: 'guest' }]);
  });

  it('keeps a bare title as the name when nothing else is left', () => {
    assert.deepEqual(normalizeSpeakers(['PRESIDENT:']), [{ name: 'President' }]);
  });

  it('lowercases the role written after the comma', () => {
    assert.deepEqual(normalizeSpeakers(['MARIA OKONJO, BYLINE:', 'A RAMÍREZ, HOST:']), [
      { name: 'Maria Okonjo', role: 'byline' },
      { name: 'A Ramírez', role: 'host' },
    ]);
  });
});

describe('transcript short-label resolution', () => {
  it('resolves a surname label to the earlier full name and carries its role over', () => {
    const [, okonjo, , abadie] = normalizeSpeakers(['MARIA OKONJO, BYLINE:', 'OKONJO:', 'PRIME MINISTER JEAN-LUC ABADIE:', 'ABADIE:']);
    assert.deepEqual(okonjo, { name: 'Maria Okonjo', role: 'byline' });
    assert.deepEqual(abadie, { name: 'Jean-Luc Abadie', role: 'prime minister' });
  });

  it('picks the most recent full name when two share a surname', () => {
    const result = normalizeSpeakers(['ANA LIMA, HOST:', 'BRUNO LIMA:', 'LIMA:']);
    assert.deepEqual(result[2], { name: 'Bruno Lima' });
  });

  it('keeps the short label’s own role when it states one', () => {
    const result = normalizeSpeakers(['MARIA OKONJO, BYLINE:', 'OKONJO, HOST:']);
    assert.deepEqual(result[1], { name: 'Maria Okonjo', role: 'host' });
  });

  it('matches surnames ignoring case but not accents', () => {
    const result = normalizeSpeakers(['A RAMÍREZ, HOST:', 'RAMÍREZ:', 'RAMIREZ:', 'Ramírez:']);
    assert.deepEqual(result.slice(1), [{ name: 'A Ramírez', role: 'host' }, { name: 'Ramirez' }, { name: 'A Ramírez', role: 'host' }]);
  });

  it('treats precomposed and decomposed accents as the same surname', () => {
    const result = normalizeSpeakers(['A RAMÍREZ, HOST:', 'RAMI\u0301REZ:']);
    assert.equal(result[1]?.name, 'A Ramírez');
  });

  it('looks past generational suffixes when matching a surname', () => {
    assert.deepEqual(normalizeSpeakers(['JOHN SMITH JR.:', 'SMITH:'])[1], { name: 'John Smith Jr.' });
  });

  it('title-cases a short label that has no earlier full name', () => {
    assert.deepEqual(normalizeSpeakers(['LINDQVIST:', 'ERIK LINDQVIST:']), [{ name: 'Lindqvist' }, { name: 'Erik Lindqvist' }]);
  });
});

describe('transcript turns', () => {
  const slice = (text: string, range: { start: number; end: number }): string => text.slice(range.start, range.end);

  it('splits the text at labels and excludes trailing blank lines from each turn', () => {
    const text = 'Intro text.\n\nMARIA OKONJO, BYLINE: First line.\nSecond line.  \n\n\nOKONJO: Again.\n';
    const turns = parseTurns(text);
    assert.deepEqual(
      turns.map((t) => [t.name, t.role, slice(text, t)]),
      [
        ['Maria Okonjo', 'byline', 'MARIA OKONJO, BYLINE: First line.\nSecond line.'],
        ['Maria Okonjo', 'byline', 'OKONJO: Again.'],
      ],
    );
    assert.equal(turns[0]?.labelText, 'MARIA OKONJO, BYLINE:');
    assert.equal(turns[0]?.start, turns[0]?.label.start);
  });

  it('keeps stage directions inside the turn they interrupt', () => {
    const text = 'A RAMÍREZ, HOST: Listen.\n\n(SOUNDBITE OF ARCHIVED RECORDING)\n\nMore words.\nLINDQVIST: Hi.';
    const [first] = parseTurns(text);
    assert.equal(first && slice(text, first), 'A RAMÍREZ, HOST: Listen.\n\n(SOUNDBITE OF ARCHIVED RECORDING)\n\nMore words.');
  });

  it('ends the last turn before the closing boilerplate', () => {
    const text = 'OKONJO: Last words.\n\nCopyright © 2026 Example Radio. All rights reserved.\nTranscripts are edited.\n';
    const turns = parseTurns(text);
    assert.equal(turns.length, 1);
    assert.equal(turns[0] && slice(text, turns[0]), 'OKONJO: Last words.');
  });

  it('reports UTF-16 offsets into the original CRLF text', () => {
    const text = 'Intro 🎙️ text\r\n\r\nDR. ÅSA NORDIN: Hej.\r\nMore.\r\n\r\nNORDIN: Tack.\r\n';
    const turns = parseTurns(text);
    assert.equal(turns.length, 2);
    const [first, second] = turns;
    assert.ok(first && second);
    assert.equal(first.label.start, text.indexOf('DR.'));
    assert.equal(slice(text, first.label), 'DR. ÅSA NORDIN:');
    assert.equal(slice(text, first), 'DR. ÅSA NORDIN: Hej.\r\nMore.');
    assert.deepEqual([second.name, second.role], ['Åsa Nordin', 'doctor']);
    assert.equal(slice(text, second), 'NORDIN: Tack.');
  });

  it('treats a lone carriage return as a line break', () => {
    const text = 'OKONJO: One.\rLINDQVIST: Two.';
    assert.deepEqual(
      parseTurns(text).map((t) => slice(text, t)),
      ['OKONJO: One.', 'LINDQVIST: Two.'],
    );
  });

  it('finds every turn of a 1 MB transcript (its speed is reported by npm run bench)', () => {
    const block =
      'MARIA OKONJO, BYLINE: The crowd of 1,150 gathered on Feb. 9, 2026.\n\n(LAUGHTER)\n\n' +
      'OKONJO: She said: "We will stay." It was 9:30.\nUNIDENTIFIED PERSON #1: Yes.\n\n';
    const copies = Math.ceil(1_000_000 / block.length);
    const turns = parseTurns(block.repeat(copies));
    assert.equal(turns.length, copies * 3);
    assert.deepEqual(
      turns.slice(-3).map((t) => t.name),
      ['Maria Okonjo', 'Maria Okonjo', 'Unidentified Person #1'],
    );
  });
});

describe('speakerLabelAt', () => {
  const text = 'Intro line.\r\nMARIA OKONJO, BYLINE: Hello there.\r\nPlain line.';
  const labelStart = text.indexOf('MARIA');

  it('finds the label from any offset on its line, including the line end', () => {
    for (const offset of [labelStart, labelStart + 3, text.indexOf('there'), text.indexOf('\r\nPlain')]) {
      const label = speakerLabelAt(text, offset);
      assert.equal(label?.start, labelStart, `offset ${offset}`);
      assert.equal(label.text, 'MARIA OKONJO, BYLINE:');
      assert.equal(text.slice(label.start, label.end), label.text);
    }
  });

  it('treats an offset on the LF of a CRLF as part of the line before it', () => {
    assert.equal(speakerLabelAt(text, text.indexOf('\nPlain'))?.start, labelStart);
  });

  it('returns undefined for lines without a label and for offsets outside the text', () => {
    assert.equal(speakerLabelAt(text, 2), undefined);
    assert.equal(speakerLabelAt(text, text.length), undefined);
    assert.equal(speakerLabelAt(text, -1), undefined);
    assert.equal(speakerLabelAt(text, text.length + 1), undefined);
  });
});

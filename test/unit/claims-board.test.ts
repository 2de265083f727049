import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { Annotation, ClaimAnnotation } from '../../src/core';
import { boardToCsv, boardToMarkdown, claimsBoard, extractFigures, agree, BOARD_CSV_COLUMNS, type ClaimRef } from '../../src/core/claims';
import type { EntityRegistry } from '../../src/core/registry';

const QUESTION = 'How many people were detained?';

function source(key: string, quote: string, by?: Annotation, extra: Partial<ClaimAnnotation> = {}): ClaimRef {
  const claim: ClaimAnnotation = {
    id: `c${key.slice(0, 7).padEnd(7, 'x')}`,
    kind: 'claim',
    start: 40,
    end: 40 + quote.length,
    quote,
    status: 'accepted',
    ...(by ? { by: by.id } : {}),
    attributes: { question: QUESTION },
    ...extra,
  };
  return { key, claim, annotations: by ? [by, claim] : [claim] };
}

const okonjo: Annotation = { id: 'spk00001', kind: 'speaker', start: 0, end: 12, quote: 'MARIA OKONJO', speaker: 'Maria Okonjo', status: 'accepted' };
const solberg: Annotation = {
  id: 'ent00001',
  kind: 'entity',
  type: 'person',
  start: 0,
  end: 7,
  quote: 'Solberg',
  entity: 'katrin-solberg',
  status: 'accepted',
};
const union: Annotation = { id: 'ent00002', kind: 'entity', type: 'organization', start: 0, end: 9, quote: 'the union', status: 'accepted' };
const REGISTRY: EntityRegistry = { version: 1, entities: [{ id: 'katrin-solberg', name: 'Katrin Solberg', type: 'person' }] };

// The four sources of the samples: 1,200 / 900 / about 1,150 / 2,000.
const FOUR = [
  source('wvpr.txt', 'Police said 1,200 people had been detained and 14 officers had been hurt', okonjo),
  source('dispatch.txt', 'Police said 900 people were arrested'),
  source('meridian.txt', 'About 1,150 people who ignored orders have been detained', solberg),
  source('coastal.txt', 'The union says 2,000 people were "taken into custody", not 900', union, { note: 'Union figure, unverified' }),
];

describe('The claims board', () => {
  it('lists each source with who made the claim and the figure compared, and flags the conflict', () => {
    const board = claimsBoard([[QUESTION, FOUR]], { registry: REGISTRY });
    const [group] = board.groups;
    assert.equal(group?.conflict, true);
    assert.equal(group?.kind, 'count');
    assert.equal(group?.unit, 'people');
    assert.equal(group?.sources, 4);
    assert.deepEqual(
      group?.rows.map((r) => [r.key, r.by ?? null, r.compared?.text]),
      [
        ['coastal.txt', 'the union', '2,000'],
        ['dispatch.txt', null, '900'],
        ['meridian.txt', 'Katrin Solberg', 'About 1,150'],
        ['wvpr.txt', 'Maria Okonjo', '1,200'],
      ],
    );
    assert.deepEqual(
      group?.rows[3]?.figures.map((f) => f.text),
      ['1,200', '14'],
      'every figure is listed, the officers too',
    );
  });

  it('does not flag an approximate figure within 5% of another, but does flag two different exact ones', () => {
    const close = claimsBoard([[QUESTION, [FOUR[0] as ClaimRef, FOUR[2] as ClaimRef]]]);
    assert.equal(close.groups[0]?.conflict, false);
    const exact = claimsBoard([[QUESTION, [FOUR[0] as ClaimRef, source('x.txt', 'Police detained 1,150 people')]]]);
    assert.equal(exact.groups[0]?.conflict, true);
  });

  it('treats "more than" and "up to" as bounds rather than values', () => {
    const [moreThan, upTo, exact] = ['more than 1,000 people', 'up to 1,100 people', '1,200 people'].map((t) => extractFigures(t)[0]);
    assert.ok(moreThan && upTo && exact);
    assert.equal(agree(moreThan, exact), true);
    assert.equal(agree(upTo, exact), false);
  });

  it('leaves rejected claims out of the comparison', () => {
    const rejected = source('dispatch.txt', 'Police said 900 people were arrested', undefined, { status: 'rejected' });
    const board = claimsBoard([[QUESTION, [FOUR[0] as ClaimRef, rejected]]]);
    assert.equal(board.groups[0]?.conflict, false);
    assert.equal(board.groups[0]?.rows.find((r) => r.status === 'rejected')?.compared, undefined);
  });

  it('writes RFC 4180 CSV that a CSV parser reads back field for field', () => {
    const csv = boardToCsv(claimsBoard([[QUESTION, FOUR]], { registry: REGISTRY }));
    assert.ok(csv.endsWith('\r\n'));
    const records = parse(csv, { relax_column_count: false }) as string[][];
    assert.deepEqual(records[0], [...BOARD_CSV_COLUMNS]);
    assert.equal(records.length, 5);
    assert.deepEqual(records[1], [
      QUESTION,
      'yes',
      'coastal.txt',
      'ccoastal',
      'the union',
      'The union says 2,000 people were "taken into custody", not 900',
      '2,000; 900',
      '2,000',
      'accepted',
      'Union figure, unverified',
    ]);
  });

  it('quotes line breaks, commas and quotes in CSV fields', () => {
    const odd = source('a,b.txt', 'He said "1,200"\nthen 900', undefined, { note: 'line one\r\nline two' });
    const [, record] = parse(boardToCsv(claimsBoard([['Q, "quoted"?', [odd]]]))) as string[][];
    assert.deepEqual([record?.[0], record?.[2], record?.[5], record?.[9]], ['Q, "quoted"?', 'a,b.txt', 'He said "1,200"\nthen 900', 'line one\r\nline two']);
  });

  it('writes Markdown with every piece of file text escaped, one table row per claim', () => {
    const hostile = source('[x](javascript:alert(1)).txt', 'Police | said <img src=x> 1,200 *people*\nwere detained');
    const md = boardToMarkdown(claimsBoard([['How many? [click](http://x)', [hostile, FOUR[1] as ClaimRef]]]));
    assert.match(md, /^## How many\? \\\[click\\\]\\\(http\\:\/\/x\\\)$/m);
    assert.ok(
      md.includes(
        '| \\[x\\]\\(javascript\\:alert\\(1\\)\\).txt | unattributed | “Police \\| said \\<img src=x\\> 1,200 \\*people\\* were detained” | **1,200** | accepted |',
      ),
    );
    assert.ok(!/<img/.test(md.replace(/\\</g, '')), 'no raw HTML survives');
    assert.match(md, /\*\*Conflicting figures:\*\* 1,200 · 900 \(2 sources\)/);
    assert.equal(md.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Source') && !line.startsWith('| ---')).length, 2);
  });

  it('says so when there is nothing grouped yet', () => {
    assert.match(boardToMarkdown(claimsBoard([])), /No claims are grouped by question yet\./);
    assert.equal(boardToCsv(claimsBoard([])), BOARD_CSV_COLUMNS.join(',') + '\r\n');
  });
});

import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { annotationRecords, exportCsv, exportJsonl, RECORD_COLUMNS, type AnnotationRecord } from '../../src/core/exchange';
import { documentArbitrary, sampleDocument } from './exchange-samples.test';

const asCsvRow = (r: AnnotationRecord): Record<string, string> => Object.fromEntries(RECORD_COLUMNS.map((c) => [c, r[c] === null ? '' : String(r[c])]));

describe('The csv export', () => {
  it('parses back with csv-parse into exactly the records, line breaks, quotes and commas inside fields included (--csv-raw)', () => {
    fc.assert(
      fc.property(documentArbitrary(), (doc) => {
        const csv = exportCsv([doc], { csvRaw: true }).files[0]?.content ?? '';
        const rows = parse(csv, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
        assert.deepEqual(rows, annotationRecords([doc], 'csv', []).map(asCsvRow));
      }),
      { numRuns: 150 },
    );
  });

  it('parses back by default into the records with every formula-like text cell behind a leading quote', () => {
    const neutral = (row: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k !== 'start' && k !== 'end' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v]));
    fc.assert(
      fc.property(documentArbitrary(), (doc) => {
        const csv = exportCsv([doc]).files[0]?.content ?? '';
        const rows = parse(csv, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
        assert.deepEqual(rows, annotationRecords([doc], 'csv', []).map(asCsvRow).map(neutral));
      }),
      { numRuns: 150 },
    );
  });

  it('writes a header row and ends every record with CRLF', () => {
    const csv = exportCsv([sampleDocument()]).files[0]?.content ?? '';
    assert.ok(csv.startsWith(RECORD_COLUMNS.join(',') + '\r\n'));
    assert.ok(csv.endsWith('\r\n'));
    assert.match(csv, /"Union figure;\nnot checked\."/);
  });

  it('starts with a UTF-8 BOM only when asked to', () => {
    const doc = sampleDocument();
    assert.equal(exportCsv([doc]).files[0]?.content.charCodeAt(0), 'd'.charCodeAt(0));
    const withBom = exportCsv([doc], { bom: true }).files[0]?.content ?? '';
    assert.equal(withBom.charCodeAt(0), 0xfeff);
    assert.equal((parse(withBom, { columns: true, bom: true }) as unknown[]).length, doc.sidecar.annotations.length);
  });

  it('names who made a claim by the speaker name or the entity quote', () => {
    const [row] = (parse(exportCsv([sampleDocument()]).files[0]?.content ?? '', { columns: true }) as Record<string, string>[]).filter(
      (r) => r.id === 'cmember1',
    );
    assert.equal(row?.by, 'sbrakke1');
    assert.equal(row?.byName, 'Teodor Brakke');
    assert.equal(row?.start, '32');
  });
});

describe('The jsonl export', () => {
  it('writes one JSON record per annotation and line, with nulls for absent values', () => {
    const doc = sampleDocument();
    const lines = (exportJsonl([doc]).files[0]?.content ?? '').split('\n');
    assert.equal(lines.pop(), '');
    const records = lines.map((l) => JSON.parse(l) as AnnotationRecord);
    assert.deepEqual(records, annotationRecords([doc], 'jsonl', []));
    assert.deepEqual(Object.keys(records[0] ?? {}), [...RECORD_COLUMNS]);
    const place = records.find((r) => r.id === 'ecafe001');
    assert.deepEqual([place?.type, place?.entity, place?.by, place?.text], ['location', 'cafe masen', null, 'Cafe\u0301 Måsen']);
  });
});

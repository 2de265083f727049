/**
 * Files written the way each tool's own documentation shows them (our own texts): they must
 * import at the right offsets, and what our exporters write must have the documented shape.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashText, normalizeText, type Annotation } from '../../src/core';
import { exportWebanno, importLabelStudio, importSpacy, importWebanno, WEBANNO_HEADER } from '../../src/core/exchange';
import { sampleDocument } from './exchange-samples.test';

const dir = path.resolve(__dirname, '../../../test/fixtures/exchange');
const read = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');
const into = (textFile: string): { textRaw: string; textName: string; documentPath: string } => ({
  textRaw: read(textFile),
  textName: textFile,
  documentPath: textFile,
});
const brief = (list: readonly Annotation[]): string[] =>
  list.map((a) => `${a.kind}${a.kind === 'entity' ? `:${a.type}` : ''} ${a.start}-${a.end} ${a.quote}`).sort();

describe('WebAnno TSV 3.3 files as INCEpTION documents them', () => {
  it('imports NamedEntity spans: multi-token with disambiguation ids, stacked on one token, on a sub-token, after an emoji counted as two UTF-16 units', () => {
    const result = importWebanno(read('inception-quay.tsv'), into('inception-quay.txt'));
    assert.deepEqual(brief(result.added), [
      'entity:location 38-42 quay',
      'entity:organization 56-61 union',
      'entity:other 38-42 quay',
      'entity:person 0-10 Ms. Okonjo',
      'entity:person 15-30 Jean-Luc Abadie',
      'entity:person 47-53 Okonjo',
    ]);
    const abadie = result.added.find((a) => a.quote === 'Jean-Luc Abadie');
    assert.deepEqual(abadie?.attributes, { identifier: 'http://www.wikidata.org/entity/Q4115189' });
    // The POS layer and the entity-to-entity relation layer have no counterpart: reported, not dropped silently.
    assert.deepEqual(result.unplaced.map((u) => u.ref).sort(), ['de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS', 'webanno.custom.Relation']);
  });

  it('reads the same file with CRLF line ends and the trailing tab INCEpTION writes after the last column', () => {
    const crlf = read('inception-quay.tsv')
      .split('\n')
      .map((line) => (/^\d+-\d+/.test(line) ? `${line}\t` : line))
      .join('\r\n');
    const plain = importWebanno(read('inception-quay.tsv'), into('inception-quay.txt'));
    const result = importWebanno(crlf, into('inception-quay.txt'));
    assert.deepEqual(brief(result.added), brief(plain.added));
    assert.equal(result.added.length, 6);
  });

  it('imports our layers with escaped feature values and the attribution relation with [governor_dependent] ids, offsets counted over a CRLF text', () => {
    const result = importWebanno(read('inception-claims.tsv'), into('inception-claims.txt'));
    assert.deepEqual(result.unplaced, []);
    const text = normalizeText(read('inception-claims.txt'));
    const claim = result.added.find((a) => a.kind === 'claim');
    assert.equal(claim?.quote, 'We counted 2,000 people on the quay');
    assert.equal(Array.from(text).slice(claim?.start, claim?.end).join(''), claim?.quote);
    assert.equal(claim?.note, 'Union figure; police say 900');
    assert.deepEqual(
      [claim?.kind === 'claim' && claim.verdict, claim?.kind === 'claim' && claim.reviewUrl],
      ['Disputed', 'https://factcheck.example/varnholm-2000'],
    );
    const reyes = result.added.find((a) => a.kind === 'speaker' && a.speaker === 'Tomas Reyes');
    assert.equal(claim?.kind === 'claim' ? claim.by : undefined, reyes?.id);
    assert.deepEqual(brief(result.added.filter((a) => a.kind !== 'claim')), [
      'entity:location 28-32 quay',
      'entity:person 86-91 Reyes',
      'speaker 0-4 HOST',
      'speaker 37-42 REYES',
    ]);
  });

  it('writes the documented header (format line, span layers, then the relation layer with its BT_ base type, two empty lines)', () => {
    const [file] = exportWebanno([sampleDocument()]).files;
    assert.ok(file?.content.startsWith(WEBANNO_HEADER));
    const header = WEBANNO_HEADER.split('\n');
    assert.equal(header[0], '#FORMAT=WebAnno TSV 3.3');
    assert.ok(header.slice(1, 4).every((l) => l.startsWith('#T_SP=')) && /^#T_RL=.*\|BT_webanno\.custom\.Speaker$/.test(header[4] as string));
    assert.deepEqual(header.slice(5, 7), ['', '']);
    assert.match(file?.content ?? '', /\n#Text=[^\n]*\n1-1\t0-6\tTEODOR\t/);
  });
});

describe('Label Studio JSON as its export documents it', () => {
  it('imports the task whose data.text is the text (BOM and CRLF on disk, LF in Label Studio), UTF-16 offsets after an emoji, per-region choices and textareas, relations and predictions', () => {
    const result = importLabelStudio(read('labelstudio-tasks.json'), into('labelstudio-wire.txt'));
    assert.deepEqual(result.unplaced, []);
    assert.equal(result.otherDocuments, 1);
    assert.deepEqual(brief(result.added), [
      'claim 144-188 The union says the figure is closer to 2,000',
      'claim 42-79 About 1,150 people have been detained',
      'entity:organization 125-142 Interior Ministry',
      'entity:person 86-100 Katrin Solberg',
    ]);
    const police = result.added.find((a) => a.quote.startsWith('About'));
    const solberg = result.added.find((a) => a.quote === 'Katrin Solberg');
    assert.deepEqual(
      [police?.status, police?.note, police?.kind === 'claim' ? police.by : undefined],
      ['accepted', 'Police figure; the union disputes it.', solberg?.id],
    );
    assert.equal(result.added.find((a) => a.quote.startsWith('The union'))?.status, 'proposed');
  });
});

describe('spaCy / Prodigy JSONL as Prodigy documents it', () => {
  it('imports spans (code point offsets after an emoji) and ATTRIBUTION relations given by head_span and child_span', () => {
    const result = importSpacy(read('prodigy-relations.jsonl'), into('prodigy-bulletin.txt'));
    assert.deepEqual(result.unplaced, []);
    assert.equal(result.otherDocuments, 1);
    assert.deepEqual(brief(result.added), [
      'claim 54-78 2,000 workers walked out',
      'claim 80-94 police say 900',
      'entity:organization 80-86 police',
      'entity:person 28-40 Aleska Reyes',
    ]);
    const by = (quote: string): string | undefined => {
      const a = result.added.find((x) => x.quote === quote);
      return a?.kind === 'claim' ? result.added.find((x) => x.id === a.by)?.quote : undefined;
    };
    assert.deepEqual([by('2,000 workers walked out'), by('police say 900')], ['Aleska Reyes', 'police']);
  });

  it('refuses a file that is not JSONL with one clear message', () => {
    const text = 'x';
    const target = {
      textRaw: text,
      textName: 'x.txt',
      documentPath: 'x.txt',
      sidecar: { version: 1 as const, text: 'x.txt', textHash: hashText(text), annotations: [] },
    };
    assert.throws(() => importSpacy('{"text": "x"\n', target), /line 1 is not JSON/);
  });
});

describe('Importing a file made for another text', () => {
  it('places nothing from a WebAnno TSV whose tokens are not the target text, and says why', () => {
    const result = importWebanno(read('inception-quay.tsv'), into('inception-claims.txt'));
    assert.deepEqual(result.added, []);
    assert.ok(
      result.unplaced.some((u) => u.reason === 'token "Ms." at 0-3 is not what the text has there'),
      JSON.stringify(result.unplaced),
    );
  });

  it('places nothing from Label Studio or spaCy regions whose text differs from the target', () => {
    const tasks = JSON.parse(read('labelstudio-tasks.json')) as unknown[];
    const studio = importLabelStudio(JSON.stringify(tasks.slice(0, 1)), into('prodigy-bulletin.txt'));
    assert.deepEqual(studio.added, []);
    assert.equal(studio.unplaced.length, 4);
    const spacy = importSpacy(read('prodigy-relations.jsonl').split('\n')[0] as string, into('inception-quay.txt'));
    assert.deepEqual(spacy.added, []);
    assert.ok(spacy.unplaced.length >= 4);
  });
});

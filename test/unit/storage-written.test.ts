/**
 * Saving without parsing back what was just written: the pipeline's verdict for a canonical
 * write is the one a full load of the file would give, and the writer's reuse of an
 * annotation's lines from the last write gives the bytes a fresh write gives.
 */
import assert from 'node:assert/strict';
import { ANNOTATION_KEYS, CodePointText, contextAround, hashText, loadSidecar, writeCanonical, type Annotation, type Sidecar } from '../../src/core';
import { updateSidecar, VerifyError } from '../../src/core/storage';
import { writtenVerdict } from '../../src/core/storage/written';
import { MemoryDisk, MemoryFs } from './memoryFs';

const TEXT =
  'AMARA DIALLO, BYLINE: The ministry said “about 1,150 people” were detained.\r\nDIALLO: Officials in Zürich disagree 😊, says Jean-Luc Abadie.\r\n';
const paths = { text: 'ws/report.txt', sidecar: 'ws/report.txt.annotations.yaml' };
const normalized = (text: string): string => text.replace(/\r\n/g, '\n');

function entity(text: string, word: string, id: string, extra: Partial<Record<string, unknown>> = {}): Annotation {
  const points = new CodePointText(normalized(text));
  const start = points.text.indexOf(word);
  const from = [...points.text.slice(0, start)].length;
  const to = from + [...word].length;
  return { id, kind: 'entity', type: 'person', start: from, end: to, quote: word, ...contextAround(points, from, to), status: 'accepted', ...extra };
}

function sidecarFor(text: string, annotations: Annotation[]): Sidecar {
  return { version: 1, text: 'report.txt', textHash: hashText(normalized(text)), annotations };
}

const sample = (text: string): Annotation[] => [
  entity(text, 'Zürich', 'zur00001', { attributes: { wikidata: 'Q72', 'b-first': true, a: null } }),
  entity(text, 'AMARA DIALLO', 'ama00001', { note: 'byline: "host"', author: 'ed' }),
  entity(text, '😊', 'emo00001', { type: 'other' }),
  entity(text, 'Jean-Luc Abadie', 'jla00001'),
];

// The writer reuses lines of the annotations of its last write only: writing another sidecar forgets them.
function forgetLastWrite(): void {
  writeCanonical(sidecarFor(TEXT, [entity(TEXT, 'DIALLO', 'other001')]));
}

describe('Saving without parsing back', () => {
  it('gives the verdict a full load of the written file gives, field for field and in key order', () => {
    const sidecar = sidecarFor(TEXT, sample(TEXT));
    const source = writeCanonical(sidecar);
    const verdict = writtenVerdict(sidecar, source, TEXT, 'report.txt');
    const loaded = loadSidecar(source, TEXT, { textFileName: 'report.txt' });
    assert.ok(verdict);
    assert.deepEqual(verdict, loaded);
    assert.equal(JSON.stringify(verdict.sidecar), JSON.stringify(loaded.sidecar));
  });

  it('gives no verdict where the loader has something to say, so the file is loaded in full', () => {
    const sidecar = sidecarFor(TEXT, sample(TEXT));
    const source = writeCanonical(sidecar);
    assert.equal(writtenVerdict(sidecar, source, TEXT, 'other.txt'), undefined, 'the name warning needs a position');
    assert.equal(writtenVerdict(sidecar, source, 'Another text entirely.\n', 'report.txt'), undefined, 'quotes that do not match');
    assert.equal(writtenVerdict(sidecar, source, TEXT, 'report.txt', 100), undefined, 'over the size limit');
    const broken = { ...sidecar, annotations: [{ ...sidecar.annotations[0], id: 'Not An Id' } as Annotation] };
    assert.equal(writtenVerdict(broken, writeCanonical(broken), TEXT, 'report.txt'), undefined, 'a schema error');
  });

  it('hands back the cache of what it wrote, the same as loading the file, and refuses to write an invalid result', async () => {
    const disk = new MemoryDisk();
    disk.put(paths.text, TEXT);
    const result = await updateSidecar(new MemoryFs(disk, 1), paths, (current) => ({ ...current, annotations: sample(TEXT) }));
    assert.equal(result.written, true);
    const onDisk = disk.text(paths.sidecar);
    assert.equal(result.cache?.source, onDisk);
    assert.deepEqual(result.cache?.result, loadSidecar(onDisk ?? '', TEXT, { textFileName: 'report.txt' }));
    // An annotation whose quote is not the text's would make the file invalid: nothing is written.
    const wrong = { ...sample(TEXT)[0], quote: 'Zurich' } as Annotation;
    await assert.rejects(
      updateSidecar(new MemoryFs(disk, 1), paths, (current) => ({ ...current, annotations: [wrong] })),
      VerifyError,
    );
    assert.equal(disk.text(paths.sidecar), onDisk);
  });

  it('writes moved and changed annotations byte for byte as a fresh write does', () => {
    const before = sidecarFor(TEXT, sample(TEXT));
    writeCanonical(before);
    const edited = 'NEW: ' + TEXT;
    const moved = sample(edited).map((a, i) => {
      const old = before.annotations[i] as Annotation;
      const kept = { ...a, attributes: old.attributes, created: old.created };
      if (i === 1) return { ...kept, note: 'byline: “host”' };
      if (i === 2) return { ...kept, attributes: { checked: true } };
      return kept;
    });
    const after = sidecarFor(edited, moved);
    const reused = writeCanonical(after);
    forgetLastWrite();
    assert.equal(reused, writeCanonical(after));
    const loaded = loadSidecar(reused, edited, { textFileName: 'report.txt' });
    assert.deepEqual(loaded.problems, []);
    const plain = (list: readonly Annotation[]): unknown => JSON.parse(JSON.stringify([...list].sort((x, y) => x.start - y.start)));
    assert.deepEqual(plain(loaded.sidecar?.annotations ?? []), plain(moved));
    assert.equal(loaded.sidecar?.annotations.find((a) => a.id === 'ama00001')?.note, 'byline: “host”');
  });

  it('writes an annotation afresh when any field but its offsets changed', () => {
    const base = {
      ...entity(TEXT, 'Zürich', 'zur00001'),
      note: 'n',
      author: 'ed',
      created: '2026-11-21T10:00:00.000Z',
      modified: '2026-11-21T10:00:00.000Z',
      attributes: { a: 1 },
    } as Annotation;
    const changes: Record<string, unknown> = {
      id: 'zur00002',
      kind: 'speaker',
      type: 'place',
      quote: 'Zürich!',
      prefix: 'p',
      suffix: 's',
      entity: 'e',
      speaker: 'S',
      role: 'host',
      claimType: 'quote',
      by: 'ama00001',
      verdict: 'False',
      reviewUrl: 'https://example.org/x',
      status: 'proposed',
      note: 'm',
      attributes: { a: 1 },
      author: 'al',
      created: '2026-11-22T10:00:00.000Z',
      modified: '2026-11-22T10:00:00.000Z',
      orphaned: true,
    };
    for (const key of ANNOTATION_KEYS) {
      if (key === 'start' || key === 'end') continue;
      assert.ok(key in changes, `a change of ${key} is tried`);
      writeCanonical(sidecarFor(TEXT, [base]));
      const changed = sidecarFor(TEXT, [{ ...base, start: base.start + 1, end: base.end + 1, [key]: changes[key] }]);
      const written = writeCanonical(changed);
      forgetLastWrite();
      assert.equal(written, writeCanonical(changed), key);
    }
  });
});

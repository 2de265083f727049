/**
 * The write pipeline's cache hint: a verdict the caller already holds is reused only for the
 * exact bytes it was made for, and what the pipeline hands back describes the file it wrote.
 */
import assert from 'node:assert/strict';
import {
  CodePointText,
  contextAround,
  hashText,
  loadSidecar,
  TEXT_CHANGE_CODES,
  writeCanonical,
  type Annotation,
  type LoadResult,
  type Sidecar,
} from '../../src/core';
import { InvalidFileError, loadSidecarFile, matchesText, updateSidecar, type SidecarCache } from '../../src/core/storage';
import { MemoryDisk, MemoryFs } from './memoryFs';

const TEXT = 'AMARA DIALLO, BYLINE: The ministry said about 1,150 people were detained.\r\nDIALLO: Officials in Zürich disagree 😊.\r\n';
const paths = { text: 'ws/report.txt', sidecar: 'ws/report.txt.annotations.yaml' };

function entity(text: string, word: string, id: string): Annotation {
  const points = new CodePointText(text.replace(/\r\n/g, '\n'));
  const start = points.text.indexOf(word);
  const from = [...points.text.slice(0, start)].length;
  const to = from + [...word].length;
  return { id, kind: 'entity', type: 'place', start: from, end: to, quote: word, ...contextAround(points, from, to), status: 'accepted' };
}

function sidecarFor(text: string, annotations: Annotation[]): Sidecar {
  return { version: 1, text: 'report.txt', textHash: hashText(text.replace(/\r\n/g, '\n')), annotations };
}

function setUp(annotations: Annotation[]): { disk: MemoryDisk; cache: SidecarCache } {
  const disk = new MemoryDisk();
  disk.put(paths.text, TEXT);
  const source = writeCanonical(sidecarFor(TEXT, annotations));
  disk.put(paths.sidecar, source);
  return { disk, cache: { source, textRaw: TEXT, result: loadSidecar(source, TEXT, { textFileName: 'report.txt' }) } };
}

// A verdict that differs from what the bytes hold, so a test can see whether it was used.
function marked(cache: SidecarCache, extra: Annotation): SidecarCache {
  const sidecar = cache.result.sidecar as Sidecar;
  const result: LoadResult = { ...cache.result, sidecar: { ...sidecar, annotations: [...sidecar.annotations, extra] } };
  return { ...cache, result };
}

const ids = (sidecar: Sidecar | undefined): string[] => (sidecar?.annotations ?? []).map((a) => a.id).sort();

describe('The write pipeline with a cache hint', () => {
  const zurich = entity(TEXT, 'Zürich', 'e0000001');
  const ministry = entity(TEXT, 'ministry', 'e0000002');
  const marker = entity(TEXT, 'Officials', 'e0000009');

  it('reuses the verdict when the file read under the lock is byte for byte the cached source', async () => {
    const { disk, cache } = setUp([zurich]);
    const result = await updateSidecar(new MemoryFs(disk, 1), paths, (current) => ({ ...current, annotations: [...current.annotations, ministry] }), {
      cached: marked(cache, marker),
    });
    // The marker exists only in the hint: it is there because the hint was used.
    assert.deepEqual(ids(result.value), ['e0000001', 'e0000002', 'e0000009']);
  });

  it('ignores the hint when the bytes differ (another writer changed the file)', async () => {
    const { disk, cache } = setUp([zurich]);
    disk.put(paths.sidecar, writeCanonical(sidecarFor(TEXT, [zurich, ministry])));
    const result = await updateSidecar(new MemoryFs(disk, 1), paths, (current) => current, { cached: marked(cache, marker) });
    assert.deepEqual(ids(result.value), ['e0000001', 'e0000002']);
    assert.equal(result.written, false);
  });

  it('ignores the hint when the sidecar on disk became invalid, and refuses the file untouched', async () => {
    const { disk, cache } = setUp([zurich]);
    const broken = 'version: 1\nannotations: [\n';
    disk.put(paths.sidecar, broken);
    await assert.rejects(
      updateSidecar(new MemoryFs(disk, 1), paths, (current) => current, { cached: cache, allowStale: true }),
      InvalidFileError,
    );
    assert.equal(disk.text(paths.sidecar), broken);
  });

  it('checks a reused sidecar against the text read under the lock: moved quotes are stale, not clean', async () => {
    const { disk, cache } = setUp([zurich]);
    const edited = 'NEW LINE.\r\n' + TEXT;
    disk.put(paths.text, edited);
    // A change that does not replace positions is refused, with the positioned problems of a full load.
    await assert.rejects(
      updateSidecar(new MemoryFs(disk, 1), paths, (current) => current, { cached: cache }),
      (error: unknown) => {
        assert.ok(error instanceof InvalidFileError);
        assert.ok(
          error.problems.some((p) => p.code === 'quote-mismatch' && p.line > 0),
          JSON.stringify(error.problems),
        );
        return true;
      },
    );
    // One that places every annotation again may start from the reused value.
    const moved = entity(edited, 'Zürich', 'e0000001');
    const result = await updateSidecar(new MemoryFs(disk, 2), paths, (current) => ({ ...current, annotations: current.annotations.map(() => moved) }), {
      cached: cache,
      allowStale: true,
    });
    assert.equal(result.written, true);
    const back = loadSidecar(disk.text(paths.sidecar) ?? '', edited);
    assert.deepEqual(back.problems, []);
    assert.equal(back.sidecar?.annotations[0]?.start, moved.start);
    assert.equal(back.sidecar?.textHash, hashText(edited.replace(/\r\n/g, '\n')));
  });

  it('hands back the verdict for what it wrote, equal to loading the file afresh', async () => {
    const { disk, cache } = setUp([zurich]);
    const result = await updateSidecar(new MemoryFs(disk, 1), paths, (current) => ({ ...current, annotations: [...current.annotations, ministry] }), {
      cached: cache,
    });
    assert.ok(result.cache);
    assert.equal(result.cache.source, disk.text(paths.sidecar));
    assert.equal(result.cache.textRaw, TEXT);
    assert.deepEqual(result.cache.result, loadSidecar(result.cache.source, TEXT, { textFileName: 'report.txt' }));
  });
});

describe('Loading a sidecar with a cached verdict', () => {
  const zurich = entity(TEXT, 'Zürich', 'e0000001');
  const marker = entity(TEXT, 'Officials', 'e0000009');

  it('returns the cached verdict only for the same sidecar and text bytes', async () => {
    const { disk, cache } = setUp([zurich]);
    const hint = marked(cache, marker);
    const same = await loadSidecarFile(new MemoryFs(disk, 1), paths, { cached: hint });
    assert.equal(same.result, hint.result);
    // The text changed (same characters, LF instead of CRLF): the file is validated again.
    disk.put(paths.text, TEXT.replace(/\r\n/g, '\n'));
    const otherText = await loadSidecarFile(new MemoryFs(disk, 2), paths, { cached: hint });
    assert.deepEqual(ids(otherText.result.sidecar), ['e0000001']);
    disk.put(paths.text, TEXT);
    disk.put(paths.sidecar, cache.source + '# a note\n');
    const otherSidecar = await loadSidecarFile(new MemoryFs(disk, 3), paths, { cached: hint });
    assert.deepEqual(ids(otherSidecar.result.sidecar), ['e0000001']);
  });
});

describe('matchesText', () => {
  it('agrees with the loader on moved quotes, offsets past the end, orphaned and astral spans', () => {
    const zurich = entity(TEXT, 'Zürich', 'e0000001');
    const emoji = entity(TEXT, '😊', 'e0000002');
    const texts = [TEXT, 'X' + TEXT, TEXT.slice(0, 40), TEXT.replace('Zürich', 'Zurich'), TEXT.replace('😊', '🙂')];
    const sets: Annotation[][] = [[zurich], [emoji], [zurich, emoji], [{ ...zurich, orphaned: true }], []];
    for (const text of texts) {
      for (const annotations of sets) {
        const sidecar = sidecarFor(text, annotations);
        const loaded = loadSidecar(writeCanonical(sidecar), text);
        const textErrors = loaded.problems.filter((p) => p.severity === 'error' && TEXT_CHANGE_CODES.has(p.code));
        assert.equal(
          matchesText(sidecar, new CodePointText(text.replace(/\r\n/g, '\n'))),
          textErrors.length === 0,
          `${JSON.stringify(text.slice(0, 12))} ${annotations.map((a) => a.id).join(',')}`,
        );
      }
    }
  });
});

/**
 * The write pipeline on an in-memory file system with faults: crashes between the temporary
 * write and the rename, a full disk, locks left by dead or hung processes, and two writers
 * interleaved at every step of each other.
 */
import assert from 'node:assert/strict';
import { CodePointText, contextAround, loadSidecar, writeCanonical, hashText, type Annotation, type Sidecar } from '../../src/core';
import { InvalidFileError, LockTimeoutError, updateRegistry, updateSidecar, VerifyError, updateFile, loadSidecarFile } from '../../src/core/storage';
import { Crash, MemoryDisk, MemoryFs } from './memoryFs';

const TEXT = 'MARIA OKONJO, BYLINE: Police detained about 1,150 people, the ministry said.\nOKONJO: The union says 2,000 😊.\n';
const paths = { text: 'ws/strike.txt', sidecar: 'ws/strike.txt.annotations.yaml' };
const words = ['MARIA', 'OKONJO', 'BYLINE', 'Police', 'detained', 'about', 'people', 'the', 'ministry', 'said', 'union', 'says'];

// An entity on the n-th word above, with an id derived from n.
function mention(n: number): Annotation {
  const text = new CodePointText(TEXT);
  const word = words[n % words.length] as string;
  const start = TEXT.indexOf(word);
  const end = start + word.length;
  return {
    id: `m${String(n).padStart(7, '0')}`,
    kind: 'entity',
    type: `t${n}`,
    start,
    end,
    quote: word,
    ...contextAround(text, start, end),
    status: 'accepted',
  };
}

const add =
  (n: number) =>
  (current: Sidecar): Sidecar => ({ ...current, annotations: [...current.annotations, mention(n)] });

function disk(): MemoryDisk {
  const d = new MemoryDisk();
  d.put(paths.text, TEXT);
  return d;
}

function idsOn(d: MemoryDisk): string[] {
  const loaded = loadSidecar(d.text(paths.sidecar) ?? '', TEXT);
  assert.ok(loaded.sidecar, `the sidecar loads: ${JSON.stringify(loaded.problems)}`);
  return loaded.sidecar.annotations.map((a) => a.id).sort();
}

const leftovers = (d: MemoryDisk): string[] => d.names().filter((n) => n.endsWith('.tmp') || n.endsWith('.lock') || n.endsWith('.break'));

describe('The write pipeline', () => {
  it('creates a sidecar, verifies it loads back, and leaves no lock or temporary file', async () => {
    const d = disk();
    const result = await updateSidecar(new MemoryFs(d, 1), paths, add(1));
    assert.equal(result.written, true);
    assert.deepEqual(idsOn(d), ['m0000001']);
    assert.deepEqual(leftovers(d), []);
    assert.equal(loadSidecar(d.text(paths.sidecar) ?? '', TEXT).sidecar?.textHash, hashText(TEXT));
  });

  it('does not rewrite a sidecar when the change changes nothing', async () => {
    const d = disk();
    await updateSidecar(new MemoryFs(d, 1), paths, add(1));
    const fs = new MemoryFs(d, 2);
    const result = await updateSidecar(fs, paths, (current) => current);
    assert.equal(result.written, false);
    assert.ok(!fs.log.some((op) => op.startsWith('writeTemp')));
  });

  it('refuses an invalid sidecar and a sidecar with a second YAML document, leaving them byte for byte', async () => {
    for (const source of [
      'version: 1\nannotations: [\n',
      writeCanonical({ version: 1, text: 'strike.txt', textHash: hashText(TEXT), annotations: [] }) + '---\nnotes: kept by hand\n',
    ]) {
      const d = disk();
      d.put(paths.sidecar, source);
      await assert.rejects(updateSidecar(new MemoryFs(d, 1), paths, add(1)), (error: unknown) => {
        assert.ok(error instanceof InvalidFileError);
        assert.ok(error.problems.length > 0);
        return true;
      });
      assert.equal(d.text(paths.sidecar), source);
      assert.deepEqual(leftovers(d), []);
    }
  });

  it('never writes output that would not load back as the intended value', async () => {
    const d = disk();
    d.put('ws/x.txt', 'one');
    const codec = {
      read: (s: string | undefined) => ({ value: s ?? '', clean: true }),
      write: (v: string) => v.toUpperCase(),
      same: (a: string, b: string) => a === b,
    };
    await assert.rejects(
      updateFile(new MemoryFs(d, 1), 'ws/x.txt', codec, (v) => v + ' two'),
      VerifyError,
    );
    assert.equal(d.text('ws/x.txt'), 'one');
    assert.deepEqual(leftovers(d), []);
  });

  it('after a crash between the temporary write and the rename: the old sidecar is intact, and the next write breaks the dead lock and sweeps the temporary file', async () => {
    const d = disk();
    await updateSidecar(new MemoryFs(d, 1), paths, add(1));
    const before = d.text(paths.sidecar);
    const victim = new MemoryFs(d, 2);
    victim.crashBeforeRename = true;
    await assert.rejects(updateSidecar(victim, paths, add(2)), Crash);
    d.dead.add(2);
    assert.equal(d.text(paths.sidecar), before);
    assert.equal(leftovers(d).length, 2, `a lock and a temporary file are left: ${leftovers(d).join(', ')}`);
    const started = d.clock;
    const result = await updateSidecar(new MemoryFs(d, 3), paths, add(3));
    assert.equal(result.lock.broken !== undefined && result.lock.broken !== 'unreadable' ? result.lock.broken.pid : undefined, 2);
    assert.ok(result.lock.sweptTemp?.endsWith('.tmp'));
    assert.ok(d.clock - started < 1000, 'a dead owner is detected at once, not after the stale timeout');
    assert.deepEqual(idsOn(d), ['m0000001', 'm0000003']);
    assert.deepEqual(leftovers(d), []);
  });

  it('breaks a lock of another host only once it is stale, and sweeps old temporary files of earlier versions', async () => {
    const d = disk();
    await updateSidecar(new MemoryFs(d, 1), paths, add(1));
    d.put(paths.sidecar + '.lock', JSON.stringify({ token: 'abc', tool: 'import', pid: 77, host: 'elsewhere', time: d.clock }));
    d.put('ws/.strike.txt.annotations.yaml.4242.k3j5h2.tmp', 'half a sidecar', d.clock - 60_000);
    d.put('ws/strike.txt.annotations.yaml.zq81x0.tmp', 'half a sidecar', d.clock - 60_000);
    const fs = new MemoryFs(d, 3);
    const result = await updateSidecar(fs, paths, add(3), { waitMs: 60_000, staleMs: 30_000 });
    assert.ok(result.lock.broken);
    assert.deepEqual(result.swept.sort(), ['ws/.strike.txt.annotations.yaml.4242.k3j5h2.tmp', 'ws/strike.txt.annotations.yaml.zq81x0.tmp']);
    assert.deepEqual(idsOn(d), ['m0000001', 'm0000003']);
    assert.deepEqual(leftovers(d), []);
  });

  it('gives a clear error, and writes nothing, when a live writer holds the lock too long', async () => {
    const d = disk();
    await updateSidecar(new MemoryFs(d, 1), paths, add(1));
    const before = d.text(paths.sidecar);
    d.put(paths.sidecar + '.lock', JSON.stringify({ token: 'abc', tool: 'check', pid: 5, host: 'test-host', time: d.clock }));
    await assert.rejects(updateSidecar(new MemoryFs(d, 3), paths, add(3), { waitMs: 2_000, staleMs: 30_000 }), (error: unknown) => {
      assert.ok(error instanceof LockTimeoutError);
      assert.match(error.message, /is locked by transcript-annotator check \(process 5 on test-host\) since .*nothing was written/);
      return true;
    });
    assert.equal(d.text(paths.sidecar), before);
  });

  it('removes the partial temporary file when the disk is full, and leaves the sidecar as it was', async () => {
    const d = disk();
    await updateSidecar(new MemoryFs(d, 1), paths, add(1));
    const before = d.text(paths.sidecar);
    d.free = 40;
    await assert.rejects(updateSidecar(new MemoryFs(d, 2), paths, add(2)), /ENOSPC/);
    assert.equal(d.text(paths.sidecar), before);
    assert.deepEqual(leftovers(d), []);
  });

  for (const [first, second] of [
    [1, 2],
    [2, 1],
  ] as const) {
    it(`merges two writers whichever step of writer ${first} writer ${second} starts at`, async () => {
      const solo = disk();
      const probe = new MemoryFs(solo, 9);
      await updateSidecar(probe, paths, add(first));
      const steps = probe.log.length;
      assert.ok(steps >= 6, `a write takes several steps (${probe.log.join('; ')})`);
      for (let k = 0; k <= steps; k++) {
        const d = disk();
        const a = new MemoryFs(d, first);
        const b = new MemoryFs(d, second);
        let started: Promise<unknown> | undefined;
        a.beforeStep = async (step) => {
          if (step !== k) return;
          // Writer b runs until it finishes or has to wait for a's lock; then both go on.
          let paused!: () => void;
          const blocked = new Promise<void>((resolve) => (paused = resolve));
          const sleep = b.sleep.bind(b);
          b.sleep = async (ms) => {
            paused();
            return sleep(ms);
          };
          started = updateSidecar(b, paths, add(second)).finally(paused);
          await blocked;
        };
        await updateSidecar(a, paths, add(first));
        if (started === undefined) started = updateSidecar(b, paths, add(second));
        await started;
        assert.deepEqual(
          idsOn(d),
          [`m000000${Math.min(first, second)}`, `m000000${Math.max(first, second)}`],
          `interleaving at step ${k}: ${a.log[k] ?? 'end'}`,
        );
        assert.deepEqual(leftovers(d), []);
      }
    });
  }

  it('keeps every change of 20 writers started at once', async () => {
    const d = disk();
    const writers = Array.from({ length: 20 }, (_, i) => updateSidecar(new MemoryFs(d, 100 + i), paths, add(i + 1)));
    await Promise.all(writers);
    assert.equal(idsOn(d).length, 20);
    assert.deepEqual(leftovers(d), []);
  });

  it("reads a sidecar that is briefly absent under a writer's lock (a rename that removes the target first) once the lock is gone", async () => {
    const d = disk();
    await updateSidecar(new MemoryFs(d, 1), paths, add(1));
    const content = d.text(paths.sidecar) as string;
    d.files.delete(paths.sidecar);
    d.put(paths.sidecar + '.lock', JSON.stringify({ token: 'abc', tool: 'vscode', time: d.clock }));
    const reader = new MemoryFs(d, 2);
    let sleeps = 0;
    reader.sleep = async () => {
      if (++sleeps === 3) {
        d.put(paths.sidecar, content);
        d.files.delete(paths.sidecar + '.lock');
      }
      d.clock += 10;
    };
    const file = await loadSidecarFile(reader, paths);
    assert.equal(file.exists, true);
    assert.equal(file.result.sidecar?.annotations.length, 1);
  });

  it('writes the registry through the same pipeline and refuses an invalid one', async () => {
    const d = disk();
    const fs = new MemoryFs(d, 1);
    const add = (id: string) => (r: { version: 1; entities: { id: string; name: string; type: string }[] }) => ({
      ...r,
      entities: [...r.entities, { id, name: id.toUpperCase(), type: 'person' }],
    });
    await Promise.all([
      updateRegistry(fs, 'ws/entities.annotations.yaml', add('abadie') as never),
      updateRegistry(new MemoryFs(d, 2), 'ws/entities.annotations.yaml', add('okonjo') as never),
    ]);
    assert.match(d.text('ws/entities.annotations.yaml') ?? '', /id: abadie[\s\S]*id: okonjo/);
    d.put('ws/entities.annotations.yaml', 'version: 1\nentities: [\n');
    await assert.rejects(updateRegistry(fs, 'ws/entities.annotations.yaml', add('x')), InvalidFileError);
    assert.equal(d.text('ws/entities.annotations.yaml'), 'version: 1\nentities: [\n');
  });
});

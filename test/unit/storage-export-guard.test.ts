/** The export guard on a file system that cannot resolve links (as vscode.workspace.fs): names, inputs, annotated texts and links. */
import assert from 'node:assert/strict';
import { checkExportDestinations, ExportRefusedError, writeExport, type FileStat } from '../../src/core/storage';
import { MemoryDisk, MemoryFs } from './memoryFs';

function setup(): { disk: MemoryDisk; fs: MemoryFs; links: Set<string> } {
  const disk = new MemoryDisk();
  disk.put('ws/strike.txt', 'OKONJO: text');
  disk.put('ws/strike.txt.annotations.yaml', 'version: 1\n');
  disk.put('ws/plain.txt', 'no sidecar');
  const fs = new MemoryFs(disk, 1);
  const links = new Set<string>();
  const stat = fs.stat.bind(fs);
  fs.stat = async (path: string): Promise<FileStat | undefined> => {
    const found = await stat(path);
    return links.has(path) ? { ...(found ?? { kind: 'file', size: 0, mtimeMs: 0 }), symbolicLink: true } : found;
  };
  return { disk, fs, links };
}

const refused = async (promise: Promise<unknown>, reason: RegExp): Promise<void> =>
  assert.rejects(promise, (error: unknown) => error instanceof ExportRefusedError && reason.test(error.message));

describe('The export guard', () => {
  const inputs = ['ws/strike.txt', 'ws/strike.txt.annotations.yaml'];

  it('refuses sidecars, the registry, the exported files and annotated texts, before writing anything', async () => {
    const { fs, disk } = setup();
    await refused(
      checkExportDestinations(fs, ['ws/exports/a.csv', 'ws/other.txt.annotations.yaml'], { inputs }),
      /other\.txt\.annotations\.yaml: it is a sidecar/,
    );
    await refused(checkExportDestinations(fs, ['ws/entities.annotations.yaml'], { inputs }), /it is the entity registry/);
    await refused(checkExportDestinations(fs, ['ws/strike.txt'], { inputs }), /one of the files being exported/);
    await refused(checkExportDestinations(fs, ['ws/strike.txt'], { inputs: [] }), /an annotated text/);
    await refused(checkExportDestinations(fs, ['ws/exports/a.ann', 'ws/exports/a.ann'], { inputs }), /both be written there/);
    assert.deepEqual(disk.names(), ['ws/plain.txt', 'ws/strike.txt', 'ws/strike.txt.annotations.yaml']);
  });

  it('refuses a link, or a file in a linked folder inside the workspace, when links cannot be resolved', async () => {
    const { fs, links } = setup();
    links.add('ws/notes.csv');
    links.add('ws/mirror');
    await refused(checkExportDestinations(fs, ['ws/notes.csv'], { inputs, stopAt: 'ws' }), /it is a symbolic link/);
    await refused(checkExportDestinations(fs, ['ws/mirror/deep/a.ann'], { inputs, stopAt: 'ws' }), /its folder mirror is a symbolic link/);
    links.clear();
    await checkExportDestinations(fs, ['ws/exports/a.ann', 'ws/plain-copy.txt'], { inputs, stopAt: 'ws' });
  });

  it('writes an export atomically and removes the partial temporary file when the disk is full', async () => {
    const { fs, disk } = setup();
    await writeExport(fs, 'ws/exports/a.csv', ['a,b\r\n', '1,2\r\n']);
    assert.equal(disk.text('ws/exports/a.csv'), 'a,b\r\n1,2\r\n');
    disk.free = 3;
    await assert.rejects(writeExport(fs, 'ws/exports/b.csv', 'a,b\r\n'), /ENOSPC/);
    assert.deepEqual(
      disk.names().filter((n) => n.includes('exports/')),
      ['ws/exports/a.csv'],
    );
  });
});

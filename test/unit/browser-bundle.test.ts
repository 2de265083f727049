import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../../..');

describe('Browser compatibility', () => {
  it('bundles the whole extension for a browser worker, with no Node built-in module', async () => {
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'src/extension.ts')],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      inputs.some((input) => input.includes('src/core/')),
      'the core is in the bundle',
    );
    assert.deepEqual(
      inputs.filter((input) => /^(node:|fs$|path$|os$|child_process$)/.test(input)),
      [],
    );
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Module specifiers imported or required by a TypeScript source. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  // Comments may mention modules (e.g. a shell one-liner in a doc comment); only code counts.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (const match of code.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

describe('Architecture', () => {
  const coreFiles = sourceFiles(path.join(root, 'src/core'));

  it('has a pure core to check', () => {
    assert.ok(coreFiles.length > 0);
  });

  it('keeps src/core free of the vscode module, so it runs and tests in plain Node', () => {
    const offenders = coreFiles.filter((file) => importsOf(fs.readFileSync(file, 'utf8')).includes('vscode'));
    assert.deepEqual(
      offenders.map((file) => path.relative(root, file)),
      [],
    );
  });

  it('keeps src/core free of Node-only modules, so it also runs in a browser worker', () => {
    const nodeOnly = /^(node:|fs$|path$|os$|crypto$|child_process$|url$|util$|stream$|buffer$)/;
    const offenders = coreFiles.flatMap((file) =>
      importsOf(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => nodeOnly.test(specifier))
        .map((specifier) => `${path.relative(root, file)} imports ${specifier}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('detects an import of vscode when one is present', () => {
    assert.deepEqual(importsOf('import * as vscode from \'vscode\';\nconst x = require("vscode");'), ['vscode', 'vscode']);
    assert.deepEqual(importsOf("/** run: node -e \"require('fs')\" */\n// require('os')\nimport { z } from 'zod';"), ['zod']);
  });
});

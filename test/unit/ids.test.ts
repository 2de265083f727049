import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandIds, commandUri } from '../../src/commands/ids';
import { colorIds, contextKeys, settingId, settingKeys, submenuIds, viewIds } from '../../src/ids';

interface Manifest {
  contributes: {
    commands: Array<{ command: string }>;
    views: Record<string, Array<{ id: string }>>;
    viewsContainers: Record<string, Array<{ id: string }>>;
    submenus: Array<{ id: string }>;
    colors: Array<{ id: string }>;
    configuration: { properties: Record<string, unknown> };
  };
}

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const { contributes } = manifest;
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

/** Every `transcriptAnnotator.*` name in the manifest's `when` and `enablement` clauses. */
function whenNames(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) whenNames(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'when' || key === 'enablement') && typeof value === 'string')
        for (const match of value.matchAll(/transcriptAnnotator\.[A-Za-z.]+/g)) found.add(match[0]);
      else whenNames(value, found);
    }
  }
  return found;
}

describe('Contributed ids', () => {
  it('lists the same commands as the manifest, each once', () => {
    assert.equal(new Set(commandIds).size, commandIds.length);
    assert.deepEqual(sorted(commandIds), sorted(contributes.commands.map((c) => c.command)));
  });

  it('lists the same views and view container as the manifest', () => {
    const contributed = [...Object.values(contributes.views).flat(), ...Object.values(contributes.viewsContainers).flat()].map((v) => v.id);
    assert.deepEqual(sorted(Object.values(viewIds)), sorted(contributed));
    assert.deepEqual(sorted(Object.keys(contributes.views)), [viewIds.container]);
  });

  it('lists the same submenus, colours and settings as the manifest', () => {
    assert.deepEqual(sorted(Object.values(submenuIds)), sorted(contributes.submenus.map((s) => s.id)));
    assert.equal(new Set(colorIds).size, colorIds.length);
    assert.deepEqual(sorted(colorIds), sorted(contributes.colors.map((c) => c.id)));
    assert.equal(new Set(settingKeys).size, settingKeys.length);
    assert.deepEqual(sorted(settingKeys.map(settingId)), sorted(Object.keys(contributes.configuration.properties)));
  });

  it('names in when clauses only context keys it sets or views it contributes', () => {
    const known = new Set<string>([...Object.values(contextKeys), ...Object.values(viewIds)]);
    assert.deepEqual(sorted([...whenNames(contributes)].filter((name) => !known.has(name))), []);
    // The check sees the keys the manifest does use.
    assert.ok(whenNames(contributes).has(contextKeys.comparing));
  });
});

describe('Command links', () => {
  it('builds a command URI from a typed id, its argument encoded whole', () => {
    assert.equal(commandUri('transcriptAnnotator.openSidecar'), 'command:transcriptAnnotator.openSidecar');
    const uri = commandUri('transcriptAnnotator.editAnnotation', { uri: 'file:///a (b).txt', id: 'x"](command:evil)' });
    assert.match(uri, /^command:transcriptAnnotator\.editAnnotation\?[A-Za-z0-9%._~*'!-]+$/);
    assert.ok(!/[()[\]" ]/.test(uri.slice(uri.indexOf('?'))), uri);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), [{ uri: 'file:///a (b).txt', id: 'x"](command:evil)' }]);
  });
});

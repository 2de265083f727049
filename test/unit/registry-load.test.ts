import assert from 'node:assert/strict';
import type { Problem } from '../../src/core';
import { loadRegistry, registryJsonSchema, serializeRegistry, writeRegistry, isRegistryName, type EntityRegistry } from '../../src/core/registry';

const LINES = [
  'version: 1', //                     0
  'entities:', //                      1
  '  - id: jean-luc-abadie', //        2
  '    name: Jean-Luc Abadie', //      3
  '    type: person', //               4
  '    aliases:', //                   5
  '      - Abadie', //                 6
  '    externalId: Q42', //            7
  '  - id: varnholm', //               8
  '    name: Varnholm', //             9
  '    type: location', //            10
  '',
];
const SOURCE = LINES.join('\n');

function edited(changes: Record<number, string | string[] | null>): string {
  return LINES.flatMap((line, i) => {
    const change = changes[i];
    return change === undefined ? [line] : change === null ? [] : change;
  }).join('\n');
}

function at(line: number, column: number, endLine: number, endColumn: number, severity: Problem['severity'], code: string, message: string): Problem {
  return { severity, code, message, line, column, endLine, endColumn };
}

describe('Entity registry loading', () => {
  it('reads a valid registry with no problems and knows it is canonical', () => {
    const result = loadRegistry(SOURCE);
    assert.deepEqual(result.problems, []);
    assert.equal(result.canonical, true);
    assert.deepEqual(
      result.registry?.entities.map((e) => e.id),
      ['jean-luc-abadie', 'varnholm'],
    );
    assert.deepEqual(result.registry?.entities[0]?.aliases, ['Abadie']);
  });

  it('reports a YAML syntax error at the parser position and returns no registry', () => {
    const result = loadRegistry(edited({ 9: ['    name: Varnholm', '    name: Varnholm Port'] }));
    assert.deepEqual(result.problems, [at(10, 4, 10, 5, 'error', 'yaml-syntax', 'YAML syntax error: Map keys must be unique')]);
    assert.equal(result.registry, undefined);
  });

  it('reports an id that is not a lowercase slug at the id value', () => {
    const result = loadRegistry(edited({ 8: '  - id: Varnholm' }));
    assert.deepEqual(result.problems, [
      at(8, 8, 8, 16, 'error', 'schema', 'id: expected a lowercase id such as jean-luc-abadie (letters and digits joined by single hyphens)'),
    ]);
  });

  it('reports a missing name at the first line of the entity', () => {
    const result = loadRegistry(edited({ 9: null }));
    assert.deepEqual(result.problems, [at(8, 4, 8, 16, 'error', 'missing-key', 'entity: missing required key "name"')]);
  });

  it('reports an unknown key at the key and suggests the known one', () => {
    const result = loadRegistry(edited({ 7: '    externalID: Q42' }));
    assert.deepEqual(result.problems, [at(7, 4, 7, 14, 'error', 'unknown-key', 'unknown key "externalID" (did you mean "externalId"?)')]);
  });

  it('reports an external id with spaces and an alias that is not a string at their values', () => {
    assert.deepEqual(loadRegistry(edited({ 7: '    externalId: Q 42' })).problems, [
      at(7, 16, 7, 20, 'error', 'schema', 'externalId: expected an identifier without spaces, such as Q42'),
    ]);
    const problems = loadRegistry(edited({ 6: '      - 42' })).problems;
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.endColumn, p.code]),
      [[6, 8, 10, 'schema']],
    );
  });

  it('reports another version without checking the rest of the file', () => {
    const result = loadRegistry(edited({ 0: 'version: 2', 8: '  - id: Not A Slug' }));
    assert.deepEqual(result.problems, [
      at(0, 9, 0, 10, 'error', 'unsupported-version', 'unsupported entity registry version 2; this extension reads version 1'),
    ]);
  });

  it('reports a duplicate id as an error at the second one', () => {
    const result = loadRegistry(edited({ 8: '  - id: jean-luc-abadie' }));
    assert.deepEqual(result.problems, [at(8, 8, 8, 23, 'error', 'duplicate-id', 'duplicate entity id jean-luc-abadie')]);
    assert.equal(result.registry, undefined);
  });

  it('warns about an alias two entities share, whatever its case, and keeps the registry', () => {
    const result = loadRegistry(edited({ 10: ['    type: location', '    aliases: [ABADIE, Varnholm]'] }));
    assert.deepEqual(result.problems, [
      at(6, 8, 6, 14, 'warning', 'duplicate-alias', 'alias "Abadie" is also a name or alias of varnholm, so its mentions are ambiguous'),
      at(11, 14, 11, 20, 'warning', 'duplicate-alias', 'alias "ABADIE" is also a name or alias of jean-luc-abadie, so its mentions are ambiguous'),
      at(11, 22, 11, 30, 'warning', 'redundant-alias', 'alias "Varnholm" repeats the name or an earlier alias'),
    ]);
    assert.ok(result.registry);
  });

  it('refuses files over the size limit, with NUL characters, or with too many YAML aliases', () => {
    assert.deepEqual(
      loadRegistry(SOURCE, { maxBytes: 100 }).problems.map((p) => p.code),
      ['too-large'],
    );
    assert.match(loadRegistry(SOURCE, { maxBytes: 100 }).problems[0]?.message ?? '', /^entity registry is too large/);
    assert.deepEqual(
      loadRegistry('version: 1\0').problems.map((p) => p.code),
      ['not-text'],
    );
    const bomb = `a: &a [1, 2]\nb: [${Array(60).fill('*a').join(', ')}]\n`;
    assert.deepEqual(
      loadRegistry(bomb).problems.map((p) => p.code),
      ['alias-limit'],
    );
  });

  it('reports an empty file or a list as not being a registry', () => {
    assert.deepEqual(
      loadRegistry('').problems.map((p) => p.code),
      ['schema'],
    );
    assert.deepEqual(
      loadRegistry('- a\n').problems.map((p) => [p.code, p.line, p.column]),
      [['schema', 0, 0]],
    );
  });

  it('reads a registry with a BOM and CRLF line ends, positions counted without the BOM', () => {
    const result = loadRegistry('\ufeff' + edited({ 8: '  - id: Varnholm' }).replace(/\n/g, '\r\n'));
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.column, p.endColumn]),
      [[8, 8, 16]],
    );
  });

  it('describes itself as a JSON Schema for editors, requiring version and entities', () => {
    const schema = registryJsonSchema();
    assert.equal(schema.title, 'Transcript Annotator entity registry');
    assert.deepEqual(schema.required, ['version', 'entities']);
  });

  it('recognises the registry file name in any folder', () => {
    assert.equal(isRegistryName('folder/entities.annotations.yaml'), true);
    assert.equal(isRegistryName('C:\\news\\entities.annotations.yaml'), true);
    assert.equal(isRegistryName('harbor.txt.annotations.yaml'), false);
  });
});

describe('Entity registry writing', () => {
  const registry: EntityRegistry = {
    version: 1,
    entities: [
      { id: 'varnholm', name: 'Varnholm', type: 'location' },
      { id: '2026-strike', name: 'Strike: the 2026 walkout', type: 'event', note: 'yes' },
      { id: 'jean-luc-abadie', name: 'Jean-Luc Abadie', type: 'person', aliases: ['Abadie'], externalId: 'Q42' },
    ],
  };

  it('writes entities sorted by id with keys in a fixed order, quoting what YAML would misread', () => {
    assert.equal(
      writeRegistry(registry),
      [
        'version: 1',
        'entities:',
        '  - id: "2026-strike"',
        '    name: "Strike: the 2026 walkout"',
        '    type: event',
        '    note: "yes"',
        '  - id: jean-luc-abadie',
        '    name: Jean-Luc Abadie',
        '    type: person',
        '    aliases:',
        '      - Abadie',
        '    externalId: Q42',
        '  - id: varnholm',
        '    name: Varnholm',
        '    type: location',
        '',
      ].join('\n'),
    );
  });

  it('reads back what it writes, as a canonical file', () => {
    const result = loadRegistry(writeRegistry(registry));
    assert.equal(result.canonical, true);
    assert.equal(writeRegistry(result.registry as EntityRegistry), writeRegistry(registry));
  });

  it('writes an empty registry as an empty list', () => {
    assert.equal(writeRegistry({ version: 1, entities: [] }), 'version: 1\nentities: []\n');
  });

  it('keeps the comments of a hand-edited registry when saving over it', () => {
    const source = [
      '# Entities of the strike coverage.',
      ...LINES.slice(0, 3),
      '    name: Jean-Luc Abadie # wire spelling',
      ...LINES.slice(4, 6),
      '      - Abadie # surname',
      ...LINES.slice(7),
    ].join('\n');
    const loaded = loadRegistry(source);
    assert.equal(loaded.canonical, false);
    const base = loaded.registry as EntityRegistry;
    const changed: EntityRegistry = { ...base, entities: [...base.entities, { id: 'aldermark', name: 'Aldermark', type: 'location' }] };
    const saved = serializeRegistry(changed, source);
    assert.match(saved, /^# Entities of the strike coverage\.\n/);
    assert.match(saved, /name: Jean-Luc Abadie # wire spelling\n/);
    assert.match(saved, /- Abadie # surname\n/);
    assert.ok(saved.indexOf('id: aldermark') < saved.indexOf('id: jean-luc-abadie'));
    assert.equal(writeRegistry(loadRegistry(saved).registry as EntityRegistry), writeRegistry(changed));
  });

  it('rewrites a canonical file canonically and replaces a broken one', () => {
    assert.equal(serializeRegistry(registry, SOURCE), writeRegistry(registry));
    assert.equal(serializeRegistry(registry, 'version: [1\n'), writeRegistry(registry));
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeText } from '../../src/core';
import type { EntityRegistry } from '../../src/core/registry';
import { suggestAnnotations } from '../../src/core/suggest';

const ROOT = path.resolve(__dirname, '../../..');
const RAW = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'webcopy', 'wire-chrome.txt'), 'utf8');
const TEXT = normalizeText(RAW);
const points = Array.from(TEXT);
const cut = (a: { start: number; end: number }): string => points.slice(a.start, a.end).join('');
const REGISTRY: EntityRegistry = {
  version: 1,
  entities: [
    { id: 'meridian-wire', name: 'Meridian Wire', type: 'organization' },
    { id: 'varnholm', name: 'Varnholm', type: 'location' },
  ],
};

describe('Suggestions on web-copied text', () => {
  const suggested = suggestAnnotations({ normalizedText: TEXT, rawText: RAW, annotations: [], registry: REGISTRY, now: new Date('2026-12-01T00:00:00Z') });

  it('proposes no claim inside page chrome: no gallery counter, reading time or date line as a statistic', () => {
    const claims = suggested.filter((a) => a.kind === 'claim').map(cut);
    for (const chrome of ['3 of 12', '4 min read', 'Published: Feb. 10, 2026 Updated: Feb. 10, 2026', '© 2026 Meridian Wire. All rights reserved.']) {
      assert.ok(!claims.some((c) => c.includes(chrome)), `${chrome} is not a claim`);
    }
    assert.ok(
      claims.some((c) => c.startsWith('VARNHOLM (MERIDIAN WIRE) — About 1,150 people')),
      'the lead is a claim',
    );
  });

  it('proposes no entity inside the masthead, credits, plugs or bio', () => {
    const entities = suggested.filter((a) => a.kind === 'entity');
    const lines = entities.map((a) => {
      const lineStart = TEXT.lastIndexOf('\n', TEXT.indexOf(cut(a), Array.from(TEXT).slice(0, a.start).join('').length)) + 1;
      return TEXT.slice(lineStart, TEXT.indexOf('\n', lineStart));
    });
    assert.ok(entities.length >= 2, 'mentions in the body are proposed');
    for (const line of lines) {
      assert.ok(!/^(?:Meridian Wire|Ola Brandt\/Meridian Wire|Get the Meridian Wire app|© 2026|Nils Ortega is)/u.test(line), `no suggestion on "${line}"`);
    }
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportMarkdown } from '../../src/core/exchange';
import { distinctSourceLabels, proposePublished, proposeTitle, sourceLabel } from '../../src/core/source';
import { sampleDocument } from './exchange-samples.test';

const samples = path.resolve(__dirname, '../../../samples');
const sample = (name: string): string => fs.readFileSync(path.join(samples, name), 'utf8');

describe('Proposals for Edit Document Source', () => {
  it('takes the headline as the title, past outlet names in capitals, section menus and player chrome', () => {
    assert.equal(proposeTitle(sample('northern-dispatch-port-strike.txt')), 'Port strike paralyzes Varnholm; police say 900 held after Harbor Square clashes');
    assert.equal(proposeTitle(sample('wvpr-morning-report-varnholm-strike.txt')), 'Dockworkers shut Varnholm’s port as police detain 1,200 at Harbor Square');
    assert.equal(proposeTitle(sample('meridian-wire-varnholm-detentions.txt')), 'Varnholm detentions top 1,100 as dock strike shuts port for second day');
  });

  it('skips speaker turns, bylines and datelines, and proposes nothing for a text without a headline', () => {
    assert.equal(
      proposeTitle('\ufeffHOST: Good morning, this is the news.\r\nBy Ingrid Thorsen and Marcus Odell\r\nFeb. 10, 2026\r\nCranes idle for a third day\r\n'),
      'Cranes idle for a third day',
    );
    assert.equal(proposeTitle('EMBED\nPlaylist\n\nOK.\n'), undefined);
  });

  it('reads the first dateline as YYYY-MM-DD: "February 10, 2026", "Feb. 10, 2026", "Published Feb. 9, 2026", an ISO date', () => {
    assert.equal(proposePublished(sample('coastal-radio-harbor-standoff.txt')), '2026-02-10');
    assert.equal(proposePublished(sample('meridian-wire-varnholm-detentions.txt')), '2026-02-10');
    assert.equal(proposePublished('x\nPublished Feb. 9, 2026, 7:45 a.m. | Updated Feb. 10, 2026\n'), '2026-02-09');
    assert.equal(proposePublished('Posted 2026-11-21 08:00\n'), '2026-11-21');
    assert.equal(proposePublished('No date here at all.\n'), undefined);
  });
});

describe('Naming a document by its source', () => {
  it('uses the outlet (else the title, else the file name) and the date, and the path when nothing is known', () => {
    assert.equal(sourceLabel({ outlet: 'Meridian Wire', published: '2026-02-10T11:42:00Z' }, 'wire/a.txt'), 'Meridian Wire, 2026-02-10');
    assert.equal(sourceLabel({ title: 'Dawn Report' }, 'radio/b.txt'), 'Dawn Report');
    assert.equal(sourceLabel({ published: '2026-02-10' }, 'radio/b.txt'), 'b.txt, 2026-02-10');
    assert.equal(sourceLabel(undefined, 'radio/b.txt'), 'radio/b.txt');
  });

  it('adds the path where two documents would read the same', () => {
    const source = { outlet: 'WVPR', published: '2026-02-10' };
    assert.deepEqual(distinctSourceLabels([{ path: 'a.txt', source }, { path: 'b.txt', source }, { path: 'c.txt' }]), [
      'WVPR, 2026-02-10 (a.txt)',
      'WVPR, 2026-02-10 (b.txt)',
      'c.txt',
    ]);
  });

  it('heads the markdown report with the source, its address in a code span so it never becomes a link', () => {
    const doc = sampleDocument();
    const withSource = {
      ...doc,
      sidecar: {
        ...doc.sidecar,
        source: { outlet: 'Coastal [Radio]', title: 'Brakke *counts*', url: 'https://coastal.example/brakke', published: '2026-02-10' },
      },
    };
    const md = exportMarkdown([withSource]).files[0]?.content ?? '';
    assert.match(md, /^# news\/brakke\.txt\n\nSource: \*Brakke \\\*counts\\\*\*, Coastal \\\[Radio\\\], 2026-02-10, `https:\/\/coastal\.example\/brakke`\n\n/);
  });
});

import assert from 'node:assert/strict';
import { escapeMarkdown, exportMarkdown } from '../../src/core/exchange';
import { sampleDocument } from './exchange-samples.test';

describe('The markdown export', () => {
  const report = (): string => exportMarkdown([sampleDocument('news/brakke.txt')]).files[0]?.content ?? '';

  it('writes one report per document, named after it', () => {
    const { files } = exportMarkdown([sampleDocument('a.txt'), sampleDocument('b/c.txt')]);
    assert.deepEqual(
      files.map((f) => f.path),
      ['a.txt.md', 'b/c.txt.md'],
    );
  });

  it('lists speakers, claims with who made them, and entities grouped by canonical id', () => {
    const md = report();
    assert.match(md, /^# news\/brakke\.txt\n/);
    assert.match(md, /\| Teodor Brakke \| union secretary \| “TEODOR BRAKKE” \(line 1\) \| accepted \|/);
    assert.match(
      md,
      /1\. “We counted 2,400 members 🚢 on the quay” \(line 1\): by \*\*Teodor Brakke\*\*, statistic, accepted\n {3}- Note: Union figure; not checked\./,
    );
    assert.match(md, /by \*\*Ingrid Solheim\*\* \(person\), rejected/);
    // Named by the first mention as written: this document carries no registry names.
    assert.match(md, /\| Ingrid Solheim \| person \| “Ingrid Solheim” \(line 2\) proposed \|/);
  });

  it('escapes markdown in file text, so a quote cannot become a link, HTML or a table break', () => {
    assert.equal(escapeMarkdown('[x](http://e) <b>|*_`#'), '\\[x\\]\\(http\\://e\\) \\<b\\>\\|\\*\\_\\`\\#');
    assert.equal(escapeMarkdown('two\n\nlines'), 'two lines');
    assert.match(report(), /“port \\\[authority\\\]” \(line 4\)/);
  });
});

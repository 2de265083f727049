import assert from 'node:assert/strict';
import { contextAround, sliceCodePoints, type Annotation } from '../../src/core';
import { reanchor } from '../../src/core/anchor';

const TEXT = [
  'Union leader Maria Okonjo said on Tuesday that two thousand workers had joined the strike.',
  'The port authority said the strike cost the city a million euros a day.',
  'Police said the march to the harbour was peaceful and the mood was calm.',
  '',
].join('\n');

let serial = 0;

/** An annotation of the `occurrence`-th (0-based) copy of `quote` in `text`, with its context. */
function annotation(text: string, quote: string, occurrence = 0, extra: Partial<Annotation> = {}): Annotation {
  const points = Array.from(text);
  let from = 0;
  let start = -1;
  for (let k = 0; k <= occurrence; k++) {
    start = text.indexOf(quote, from);
    from = start + 1;
  }
  assert.ok(start >= 0, `"${quote}" occurs ${occurrence + 1} times`);
  const cp = Array.from(text.slice(0, start)).length;
  const end = cp + Array.from(quote).length;
  assert.equal(points.slice(cp, end).join(''), quote);
  const id = 'a' + String(serial++).padStart(7, '0');
  return { id, kind: 'entity', type: 'other', start: cp, end, quote, ...contextAround(text, cp, end), status: 'accepted', ...extra };
}

describe('reanchor', () => {
  it('leaves annotations whose text did not change as they are, the very same objects', () => {
    const annotations = [annotation(TEXT, 'Maria Okonjo'), annotation(TEXT, 'the strike', 1)];
    const { annotations: out, report } = reanchor(annotations, TEXT);
    assert.equal(out[0], annotations[0]);
    assert.equal(out[1], annotations[1]);
    assert.deepEqual(report, { unchanged: annotations.map((a) => a.id), moved: [], needsReview: [], orphaned: [] });
  });

  it('moves annotations after text is inserted above them, keeping their status', () => {
    const annotations = [annotation(TEXT, 'Maria Okonjo'), annotation(TEXT, 'a million euros')];
    const text = 'CORRECTED TRANSCRIPT 🚢\n' + TEXT;
    const { annotations: out, report } = reanchor(annotations, text);
    assert.deepEqual(
      report.moved,
      annotations.map((a) => a.id),
    );
    for (const [i, a] of out.entries()) {
      assert.equal(a.start, (annotations[i] as Annotation).start + 23);
      assert.equal(sliceCodePoints(text, a.start, a.end), a.quote);
      assert.equal(a.status, 'accepted');
      assert.deepEqual({ prefix: a.prefix, suffix: a.suffix }, contextAround(text, a.start, a.end));
    }
  });

  it('tells repeated quotes apart by their context', () => {
    const annotations = [annotation(TEXT, 'the', 1), annotation(TEXT, 'the', 3), annotation(TEXT, 'said', 2)];
    // An insertion between the annotated copies shifts later text, so "the" sits where another "the" was.
    const text = TEXT.replace('The port authority', 'Meanwhile the port authority of the city');
    const { annotations: out, report } = reanchor(annotations, text);
    assert.equal(report.needsReview.length + report.orphaned.length, 0);
    for (const [i, a] of out.entries()) {
      const before = annotations[i] as Annotation;
      // The insertion changed what precedes some of them, but what follows each one is as before.
      assert.equal(sliceCodePoints(text, a.end, a.end + 32), before.suffix, a.quote);
      assert.equal(sliceCodePoints(text, a.start, a.end), before.quote);
    }
  });

  it('re-attaches an edited quote to the edited text, marked for review with the reason', () => {
    const a = annotation(TEXT, 'two thousand workers had joined');
    const text = TEXT.replace('two thousand workers', 'two thousand dockworkers');
    const {
      annotations: [out],
      report,
    } = reanchor([a], text);
    assert.deepEqual(report.needsReview, [a.id]);
    assert.ok(out);
    assert.equal(out.status, 'proposed');
    assert.equal(out.quote, sliceCodePoints(text, out.start, out.end));
    assert.match(out.quote, /^two thousand dockworkers had joined/);
    assert.match(String(out.attributes?.['reanchored']), /^approximate match \(score 0\.\d\d\), was "two thousand workers had joined"$/);
    assert.deepEqual({ prefix: out.prefix, suffix: out.suffix }, contextAround(text, out.start, out.end));
  });

  it('orphans an annotation whose text is gone, keeping its quote and offsets', () => {
    const a = annotation(TEXT, 'the march to the harbour was peaceful');
    const text = TEXT.replace('Police said the march to the harbour was peaceful and the mood was calm.\n', '');
    const {
      annotations: [out],
      report,
    } = reanchor([a], text);
    assert.deepEqual(report.orphaned, [a.id]);
    assert.deepEqual(out, { ...a, orphaned: true });
  });

  it('attaches an orphaned annotation again when its text is back', () => {
    const a = { ...annotation(TEXT, 'a million euros a day'), orphaned: true as const, start: 3, end: 24 };
    const {
      annotations: [out],
      report,
    } = reanchor([a], 'Breaking.\n' + TEXT);
    assert.deepEqual(report.moved, [a.id]);
    assert.ok(out);
    assert.equal(out.orphaned, undefined);
    assert.equal(sliceCodePoints('Breaking.\n' + TEXT, out.start, out.end), 'a million euros a day');
  });

  it('finds the annotations of a paragraph moved elsewhere', () => {
    const paragraphs = TEXT.split('\n');
    const annotations = [annotation(TEXT, 'port authority'), annotation(TEXT, 'a million euros'), annotation(TEXT, 'Okonjo')];
    const text = [paragraphs[0], paragraphs[2], paragraphs[1], ''].join('\n');
    const { annotations: out, report } = reanchor(annotations, text);
    assert.deepEqual(report.moved.length + report.unchanged.length, 3);
    for (const a of out) assert.equal(sliceCodePoints(text, a.start, a.end), a.quote);
  });

  it('never drops an annotation and reports every id exactly once, in input order', () => {
    const annotations = [annotation(TEXT, 'mood'), annotation(TEXT, 'Maria'), annotation(TEXT, 'harbour'), annotation(TEXT, 'strike')];
    const { annotations: out, report } = reanchor(annotations, 'Completely different text about a ferry.');
    assert.deepEqual(
      out.map((a) => a.id),
      annotations.map((a) => a.id),
    );
    assert.deepEqual([...report.unchanged, ...report.moved, ...report.needsReview, ...report.orphaned].sort(), annotations.map((a) => a.id).sort());
    assert.deepEqual(
      report.orphaned,
      annotations.map((a) => a.id),
    );
  });

  it('counts offsets in code points when astral characters come and go', () => {
    const text = 'Ship 🚢 ahead. Ferry ⛴ late. Crane 🏗 down.';
    const a = annotation(text, 'Crane');
    const edited = text.replace('Ship 🚢', 'Ship 🚢🚢');
    const {
      annotations: [out],
    } = reanchor([a], edited);
    assert.equal(out?.start, a.start + 1);
    assert.equal(sliceCodePoints(edited, out?.start ?? 0, out?.end ?? 0), 'Crane');
  });

  it('gives the same result every time', () => {
    const annotations = [annotation(TEXT, 'the', 2), annotation(TEXT, 'Police said'), annotation(TEXT, 'two thousand workers had joined')];
    const text = TEXT.replace('Police', 'Local police').replace('two thousand', 'some 2,000');
    assert.deepEqual(reanchor(annotations, text), reanchor(annotations, text));
  });
});

import assert from 'node:assert/strict';
import { contextAround, type Annotation } from '../../src/core';
import { ReloadMarker, showsDisk, trackerOn } from '../../src/core/anchor/reload';

// The editor's live tracking while VS Code reloads a text from disk (src/anchor/live.ts): the
// re-read sidecar's offsets are for the text as reloaded, and a keystroke made while the sidecar
// was being re-read must move the spans as it moved the text.

function annotate(text: string, quote: string, id: string): Annotation {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, quote);
  const start = Array.from(text.slice(0, at)).length;
  const end = start + Array.from(quote).length;
  return { id, kind: 'entity', type: 'person', start, end, quote, ...contextAround(text, start, end), status: 'accepted' };
}

describe('live tracking: following a reload from disk', () => {
  // As reloaded: a BOM, CRLF line ends and an emoji before the spans, so UTF-16 and code points differ.
  const reloaded = '\ufeffMARIA OKONJO, BYLINE: 🌊 The river crested overnight.\r\n\r\nOKONJO: Ana Reyes runs the shelter on Quay Lane.\r\n';
  const normalized = 'MARIA OKONJO, BYLINE: 🌊 The river crested overnight.\n\nOKONJO: Ana Reyes runs the shelter on Quay Lane.\n';
  const annotations = [annotate(normalized, 'Ana Reyes', 'r0000001'), annotate(normalized, 'Quay Lane', 'r0000002'), annotate(normalized, 'river', 'r0000003')];

  it('tells a reload (the document shows the file) from a keystroke, BOM and line ends aside', () => {
    assert.equal(showsDisk(reloaded, reloaded), true);
    assert.equal(showsDisk(normalized, reloaded), true, 'the editor may hold the text without BOM, with LF');
    assert.equal(showsDisk(reloaded.replace('river', 'River'), reloaded), false);
    assert.equal(showsDisk(reloaded + 'x', reloaded), false);
  });

  it('replays a keystroke typed while the sidecar was re-read on the re-read positions', () => {
    const marker = new ReloadMarker(reloaded);
    // The user types "Dr. " before "Ana Reyes" (UTF-16 offset in the editor's text) before the store answers.
    const at = reloaded.indexOf('Ana Reyes');
    marker.record([{ offset: at, deletedLength: 0, insertedLength: 4 }], false);
    const typed = reloaded.slice(0, at) + 'Dr. ' + reloaded.slice(at);
    const { tracker, edited } = marker.replay(annotations);
    assert.equal(edited, true);
    const reyes = tracker.get('r0000001');
    const lane = tracker.get('r0000002');
    const river = tracker.get('r0000003');
    assert.ok(reyes && lane && river);
    assert.equal(typed.slice(reyes.start, reyes.end), 'Ana Reyes');
    assert.equal(typed.slice(lane.start, lane.end), 'Quay Lane');
    assert.equal(typed.slice(river.start, river.end), 'river');
    // What the replay prevents: the sidecar's offsets read on the edited text land 4 units early.
    const naive = trackerOn(typed, annotations).get('r0000001');
    assert.ok(naive);
    assert.notEqual(typed.slice(naive.start, naive.end), 'Ana Reyes');
  });

  it('replays several events in order, an undo among them as an undo', () => {
    const marker = new ReloadMarker(reloaded);
    const at = reloaded.indexOf('Quay Lane');
    // Delete "Quay " (orphaning nothing: it trims the span), then undo that deletion.
    marker.record([{ offset: at, deletedLength: 5, insertedLength: 0 }], false);
    const { tracker: cut } = marker.replay(annotations);
    const trimmed = cut.get('r0000002');
    assert.ok(trimmed);
    assert.equal(trimmed.end - trimmed.start, 'Lane'.length, 'the deletion trimmed the span');
    marker.record([{ offset: at, deletedLength: 0, insertedLength: 5 }], true);
    const { tracker } = marker.replay(annotations);
    const lane = tracker.get('r0000002');
    assert.ok(lane);
    assert.equal(reloaded.slice(lane.start, lane.end), 'Quay Lane', 'the undo restored the span exactly');
    assert.equal(marker.edits.length, 2);
  });

  it('with no edit meanwhile, places the spans at the sidecar offsets and reports nothing edited', () => {
    const { tracker, edited } = new ReloadMarker(reloaded).replay([...annotations, { ...annotate(normalized, 'OKONJO', 'r0000004'), orphaned: true }]);
    assert.equal(edited, false);
    const river = tracker.get('r0000003');
    assert.ok(river);
    assert.equal(reloaded.slice(river.start, river.end), 'river');
    assert.equal(tracker.has('r0000004'), false, 'an orphaned annotation is not drawn');
  });

  it('keeps a copy of each recorded event (the caller may reuse its array)', () => {
    const marker = new ReloadMarker(reloaded);
    const edits = [{ offset: 0, deletedLength: 0, insertedLength: 1 }];
    marker.record(edits, false);
    edits.length = 0;
    assert.equal(marker.edits[0]?.edits.length, 1);
  });
});

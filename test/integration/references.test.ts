import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceFile } from './util';
import { event, snapshotWorkspace } from './registry-workspace';

async function referencesAt(uri: vscode.Uri, text: string): Promise<vscode.Location[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, text);
  return (await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', uri, document.positionAt(at + 1))) ?? [];
}

/**
 * `relative/path: text at the range`, read from the file once the references are known; only
 * the event folder and astral-crlf.txt, whose sidecars no other suite changes.
 */
async function shown(locations: readonly vscode.Location[]): Promise<string[]> {
  const lines: string[] = [];
  for (const location of locations) {
    const path = vscode.workspace.asRelativePath(location.uri);
    if (!path.startsWith('event/') && path !== 'astral-crlf.txt') continue;
    const document = await vscode.workspace.openTextDocument(location.uri);
    lines.push(`${path}: ${document.getText(location.range)}`);
  }
  return lines.sort();
}

describe('Entity references', () => {
  before(async () => {
    await snapshotWorkspace(); // waits until every sidecar and the registry are loaded
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists every mention of the canonical entity across the workspace, whatever the mention says', async () => {
    const locations = await referencesAt(event.wvpr, 'Abadie told');
    assert.deepEqual(await shown(locations), [
      'event/coastal-radio-quay.txt: Jean-Luc Abadie',
      'event/wvpr-dawn-report.txt: Abadie',
      'event/wvpr-dawn-report.txt: Jean-Luc Abadie',
    ]);
  });

  it('places mentions in closed files with CRLF line ends and emoji at their exact ranges', async () => {
    // Files not open in an editor are read from disk and their offsets converted there.
    const locations = await referencesAt(event.meridian, 'Sigrid Lindqvist');
    assert.deepEqual(await shown(locations), [
      'astral-crlf.txt: Sigrid Lindqvist',
      'event/meridian-wire-detentions.txt: Sigrid Lindqvist',
      'event/wvpr-dawn-report.txt: Sigrid Lindqvist',
    ]);
    const crlf = locations.find((location) => location.uri.toString() === workspaceFile('astral-crlf.txt').toString());
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('astral-crlf.txt'))).split('\r\n');
    const range = crlf?.range;
    assert.ok(range, 'a location in astral-crlf.txt');
    assert.equal(lines[range.start.line]?.slice(range.start.character, range.end.character), 'Sigrid Lindqvist');
  });

  it('finds nothing on text that is no tagged entity', async () => {
    assert.deepEqual(await referencesAt(event.wvpr, 'Good morning'), []);
  });
});

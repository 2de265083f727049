/** The workspace's texts and sidecars, byte for byte with their modification times, to compare before and after. */
import * as vscode from 'vscode';

export async function snapshot(): Promise<Map<string, string>> {
  const files = await vscode.workspace.findFiles('**/*.{txt,transcript,yaml}', '{**/node_modules/**,exports/**,out/**}');
  const result = new Map<string, string>();
  for (const uri of files) {
    const [bytes, stat] = await Promise.all([vscode.workspace.fs.readFile(uri), vscode.workspace.fs.stat(uri)]);
    // The bytes themselves, not their decoding: a changed BOM or line ending must show.
    result.set(vscode.workspace.asRelativePath(uri), `${stat.mtime} ${bytes.join(',')}`);
  }
  return result;
}

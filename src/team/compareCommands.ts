/**
 * Compare Annotations With... and the adjudication commands. Each decision that changes the
 * sidecar is one step of the annotator (one write, undone by Undo Annotation Change); Keep
 * Mine changes nothing and only marks the disagreement settled.
 */
import * as vscode from 'vscode';
import { showInputBox, showQuickPick } from '../util/prompt';
import { normalizeText, type Annotation } from '../core';
import { acceptAgreements, compareAnnotations, itemHas, resolveItem, type ComparisonItem, type Resolution } from '../core/team';
import { newAnnotationId } from '../core/ids';
import { parseArgs, targetEditor } from '../annotate/args';
import { objectArg, optionalString } from '../registry/args';
import { Services } from '../services';
import { otherSide, resolvePath, revisionSide, type OtherSide } from './agreementData';
import { comparisons, type ComparisonSnapshot } from './comparison';
import { drawnHighlights, itemsAt } from './compareEditor';

const mineOf = (services: Services, uri: vscode.Uri): readonly Annotation[] | undefined => services.store.peek(uri)?.sidecar?.annotations;

/** `{ ref?, with? }`: a git revision or branch, or another sidecar (or its text) or a folder holding the same path. */
export async function compareWith(services: Services, raw: unknown): Promise<ComparisonSnapshot | undefined> {
  const args = objectArg(raw);
  let ref = optionalString(args, 'ref');
  let other = optionalString(args, 'with');
  if (ref !== undefined && other !== undefined) throw new Error('Give either "ref" or "with", not both.');
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('Open a transcript or article to compare its annotations.');
  const uri = editor.document.uri;
  const state = await services.store.reload(uri);
  if (!state.sidecar)
    throw new Error(`${vscode.workspace.asRelativePath(uri)} has ${state.exists ? 'a sidecar with errors' : 'no annotations'}: nothing to compare.`);
  if (ref === undefined && other === undefined) {
    const asked = await ask(uri);
    if (!asked) return undefined;
    ({ ref, with: other } = asked);
  }
  const text = normalizeText(editor.document.getText());
  let side: OtherSide;
  let label: string;
  if (ref !== undefined) {
    side = await revisionSide({ uri, text }, ref);
    label = ref;
  } else {
    const target = resolvePath(other as string);
    const isFolder = await vscode.workspace.fs.stat(target).then(
      (s) => (s.type & vscode.FileType.Directory) !== 0,
      () => {
        throw new Error(`${other as string}: no such file or folder.`);
      },
    );
    const key = vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.path;
    side = await otherSide({ key, text }, target, isFolder);
    label = vscode.workspace.asRelativePath(target);
  }
  if ('reason' in side) throw new Error(`Cannot compare ${vscode.workspace.asRelativePath(uri)} with ${label}: ${side.reason}.`);
  comparisons.start(uri, label, side.annotations);
  const snapshot = comparisons.snapshot(uri, mineOf(services, uri)) as ComparisonSnapshot;
  const { agree, differ } = snapshot.counts;
  void vscode.window.setStatusBarMessage(
    `Compared with ${label}: ${agree} agree, ${differ} differ, ${snapshot.counts['only-mine']} only mine, ${snapshot.counts['only-theirs']} only theirs`,
    5000,
  );
  return snapshot;
}

async function ask(uri: vscode.Uri): Promise<{ ref?: string; with?: string } | undefined> {
  const picked = await showQuickPick(
    [
      { label: 'A git revision or branch...', detail: 'The same sidecar at a commit, tag or branch (e.g. HEAD~1, main)', choice: 'ref' as const },
      { label: 'Another sidecar...', detail: "A sidecar of the same text, e.g. a colleague's copy", choice: 'file' as const },
      { label: 'A folder...', detail: 'The same path under another checkout or export', choice: 'folder' as const },
    ],
    { title: 'Compare Annotations With', placeHolder: 'What to compare the annotations of this file with' },
  );
  if (!picked) return undefined;
  if (picked.choice === 'ref') {
    const ref = await showInputBox({
      title: 'Compare Annotations With',
      prompt: 'A git revision or branch',
      value: 'HEAD',
      validateInput: (v) => (v.trim() ? undefined : 'Name a revision.'),
    });
    return ref ? { ref: ref.trim() } : undefined;
  }
  const chosen = await vscode.window.showOpenDialog({
    title: 'Compare Annotations With',
    canSelectFiles: picked.choice === 'file',
    canSelectFolders: picked.choice === 'folder',
    defaultUri: vscode.Uri.joinPath(uri, '..'),
    ...(picked.choice === 'file' ? { filters: { 'Annotation sidecars': ['yaml'] } } : {}),
  });
  return chosen?.[0] ? { with: chosen[0].toString() } : undefined;
}

/** The compared text and the item `{ id?, uri? }` names, or the one at the cursor. */
async function target(services: Services, raw: unknown): Promise<{ uri: vscode.Uri; item: ComparisonItem }> {
  const args = parseArgs(raw);
  const editor = await targetEditor(args);
  const uri = editor.document.uri;
  const shown = comparisons.items(uri, mineOf(services, uri));
  if (!shown) throw new Error(`${vscode.workspace.asRelativePath(uri)} is not being compared: run Compare Annotations With... first.`);
  const found =
    args?.id !== undefined ? shown.filter(({ item }) => itemHas(item, args.id as string)) : itemsAt(services.store, editor.document, editor.selection.active);
  const open = found.find((s) => s.open) ?? found[0];
  if (!open) throw new Error(args?.id !== undefined ? `No annotation ${args.id} in the comparison.` : 'No compared annotation at the cursor.');
  return { uri, item: open.item };
}

const titles: Record<Resolution, string> = { mine: 'Keep Mine', theirs: 'Take Theirs', both: 'Keep Both' };

/** Settles one item with `choice`; returns the comparison afterwards. */
export async function settle(services: Services, raw: unknown, choice: Resolution): Promise<ComparisonSnapshot | undefined> {
  const { uri, item } = await target(services, raw);
  const session = comparisons.get(uri);
  if (!session) return undefined;
  // Keep Both of an annotation only I have has nothing to add: like Keep Mine, it settles.
  if (choice === 'mine' || (choice === 'both' && !item.theirs)) {
    comparisons.settle(session, item);
  } else {
    await services.annotator.change(uri, titles[choice], (annotations) => {
      // Found again in the sidecar as it is now, in case it changed since the hover was drawn.
      const items = compareAnnotations(annotations, session.theirs);
      const now = items.find((i) => (item.mine ? i.mine?.id === item.mine.id : i.theirs?.id === item.theirs?.id));
      return now ? resolveItem(annotations, items, now, choice, (taken) => newAnnotationId(taken)) : annotations;
    });
    // My original stays beside their copy, which now agrees: it is settled as it is.
    if (choice === 'both' && item.mine) comparisons.settle(session, { status: 'only-mine', mine: item.mine, fields: [] });
  }
  return comparisons.snapshot(uri, mineOf(services, uri));
}

/** Accept All Agreements: `status: accepted` on my side of every pair both agree on, in one step. */
export async function acceptAllAgreements(services: Services, raw: unknown): Promise<ComparisonSnapshot | undefined> {
  const args = parseArgs(raw);
  const uri = (await targetEditor(args)).document.uri;
  const session = comparisons.get(uri);
  if (!session) throw new Error(`${vscode.workspace.asRelativePath(uri)} is not being compared: run Compare Annotations With... first.`);
  await services.annotator.change(uri, 'Accept All Agreements', (annotations) =>
    acceptAgreements(annotations, compareAnnotations(annotations, session.theirs)),
  );
  return comparisons.snapshot(uri, mineOf(services, uri));
}

/** End Comparison: removes the highlights and the Disagreements group; the sidecar stays as it is. */
export async function endComparison(_services: Services, raw: unknown): Promise<boolean> {
  const args = parseArgs(raw);
  const uri = args?.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  return uri !== undefined && comparisons.end(uri);
}

/** The comparison of `{ uri? }` as plain data with the highlights drawn, for tests. */
export async function getComparison(services: Services, raw: unknown): Promise<(ComparisonSnapshot & { highlights?: Record<string, string[]> }) | undefined> {
  const args = parseArgs(raw);
  const uri = args?.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  const snapshot = uri ? comparisons.snapshot(uri, mineOf(services, uri)) : undefined;
  const highlights = uri && snapshot ? drawnHighlights(uri) : undefined;
  return snapshot && highlights ? { ...snapshot, highlights } : snapshot;
}

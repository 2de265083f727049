/**
 * The agreement report webview: a table per comparison (one row per kind and type) and the
 * token confusion matrix of each kind drawn as a heat map, in theme colours. The page is a
 * fixed skeleton under a strict CSP; the report arrives as JSON and the script builds the
 * DOM with textContent only. Export buttons save CSV or Markdown.
 */
import * as vscode from 'vscode';
import { showInputBox, showQuickPick } from '../util/prompt';
import { webviewPageHtml } from '../util/webviewPage';
import { formatComparisons, type Comparison } from '../core/team';
import { newNonce } from '../util/webviewPage';
import { objectArg, optionalChoice, optionalString } from '../registry/args';
import { Services } from '../services';
import { inExportFolder, resolveOut, writeExportFiles } from '../exchange/destination';
import { gatherComparisons, parseAgreementArgs, type AgreementRequest } from './agreementData';
import { parseAgreementMessage } from './agreementMessages';

export const agreementViewType = 'transcriptAnnotator.agreement';

/** What the report shows (returned by the command, for scripts and tests). */
export interface AgreementShown {
  readonly request: AgreementRequest;
  readonly comparisons: Comparison[];
}

let panel: vscode.WebviewPanel | undefined;
let shown: AgreementShown | undefined;

/** `transcriptAnnotator.showAgreement` (`{ ref?, with?, scope? }`); asks for what is not given when run without an argument. */
export async function showAgreement(services: Services, raw: unknown): Promise<AgreementShown | undefined> {
  const given = parseAgreementArgs(raw);
  const interactive = raw === undefined || raw instanceof vscode.Uri;
  const scope = given.scope ?? (vscode.window.activeTextEditor?.document.languageId === 'transcript' ? 'file' : 'workspace');
  let request: AgreementRequest | undefined = { ...given, scope };
  if (interactive && given.ref === undefined && given.with === undefined) request = await ask(scope);
  if (!request) return undefined;
  const comparisons = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Computing agreement' }, () =>
    gatherComparisons(services, request),
  );
  shown = { request, comparisons };
  open(services);
  void panel?.webview.postMessage({ type: 'report', comparisons: comparisons.map(forPage) });
  return shown;
}

/** `transcriptAnnotator.exportAgreement` (`{ format, out? }`): the report last shown, as CSV or Markdown. */
export async function exportAgreement(services: Services, raw: unknown): Promise<{ file: string } | undefined> {
  if (!shown) throw new Error('Show an agreement report first (Show Agreement...).');
  const args = objectArg(raw);
  const format =
    optionalChoice(args, 'format', ['csv', 'markdown'] as const) ??
    (
      await showQuickPick(
        [
          { label: 'CSV', format: 'csv' as const },
          { label: 'Markdown', format: 'markdown' as const },
        ],
        { title: 'Export the agreement report as' },
      )
    )?.format;
  if (!format) return undefined;
  const given = optionalString(args, 'out');
  const out =
    given !== undefined
      ? resolveOut(given)
      : await inExportFolder((folder) =>
          vscode.window.showSaveDialog({
            title: `Export the agreement report as ${format === 'csv' ? 'CSV' : 'Markdown'}`,
            filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
            ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `agreement.${format === 'csv' ? 'csv' : 'md'}`) } : {}),
          }),
        );
  if (!out) return undefined;
  // Through the export guard: never over a text, a sidecar or the registry.
  const inputs = services.store.all().flatMap((state) => [state.textUri, state.sidecarUri]);
  await writeExportFiles([{ uri: out, content: formatComparisons(shown.comparisons, format) }], inputs);
  void vscode.window.showInformationMessage(`Exported the agreement report to ${vscode.workspace.asRelativePath(out)}.`);
  return { file: out.toString() };
}

async function ask(scope: 'file' | 'workspace'): Promise<AgreementRequest | undefined> {
  type Item = vscode.QuickPickItem & { how: 'ref' | 'with' | 'authors' };
  const items: Item[] = [
    { label: 'Compare authors', description: 'the annotators of the same sidecars, pair by pair', how: 'authors' },
    { label: 'Compare with a git revision or branch...', how: 'ref' },
    { label: `Compare with another ${scope === 'file' ? 'sidecar' : 'folder'}...`, how: 'with' },
  ];
  const picked = await showQuickPick(items, { title: `Agreement of ${scope === 'file' ? 'this file' : 'the workspace'}` });
  if (!picked) return undefined;
  if (picked.how === 'authors') return { scope };
  if (picked.how === 'ref') {
    const ref = await showInputBox({
      title: 'Compare with the annotations at this git revision',
      placeHolder: 'main, a tag or a commit',
      validateInput: (v) => (v.trim() ? undefined : 'A branch, tag or commit'),
    });
    return ref ? { scope, ref: ref.trim() } : undefined;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: scope === 'file',
    canSelectFolders: scope === 'workspace',
    canSelectMany: false,
    title: 'Compare with',
    ...(scope === 'file' ? { filters: { Sidecars: ['yaml'] } } : {}),
  });
  return chosen?.[0] ? { scope, with: chosen[0].toString() } : undefined;
}

function open(services: Services): void {
  if (panel) {
    panel.reveal();
    return;
  }
  const media = vscode.Uri.joinPath(services.context.extensionUri, 'media');
  panel = vscode.window.createWebviewPanel(agreementViewType, 'Annotation Agreement', vscode.ViewColumn.Beside, {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [media],
    enableFindWidget: true,
  });
  panel.iconPath = vscode.Uri.joinPath(media, 'icon.svg');
  panel.webview.html = agreementHtml(panel.webview, media, newNonce());
  const disposables = [
    panel.webview.onDidReceiveMessage(async (message: unknown) => {
      const parsed = parseAgreementMessage(message);
      if (!parsed) return services.log.warn('The agreement report sent a message of an unknown shape; it was ignored.');
      try {
        if (parsed.type === 'ready') void panel?.webview.postMessage({ type: 'report', comparisons: (shown?.comparisons ?? []).map(forPage) });
        else await exportAgreement(services, { format: parsed.format });
      } catch (error) {
        void vscode.window.showErrorMessage(`Transcript Annotator: ${error instanceof Error ? error.message : String(error)}`);
      }
      return undefined;
    }),
  ];
  panel.onDidDispose(() => {
    for (const d of disposables) d.dispose();
    panel = undefined;
  });
  services.context.subscriptions.push({ dispose: () => void panel?.dispose() });
}

/** What the page draws: the comparison with each confusion cell's share of its row, for the heat map. */
function forPage(c: Comparison): unknown {
  return {
    ...c,
    report: {
      ...c.report,
      confusion: c.report.confusion.map(({ kind, matrix }) => ({
        kind,
        labels: matrix.labels,
        rows: matrix.counts.map((row) => {
          const total = row.reduce((s, x) => s + x, 0);
          return row.map((count) => ({ count, heat: total === 0 ? 0 : Math.round((10 * count) / total) }));
        }),
      })),
    },
  };
}

function agreementHtml(webview: vscode.Webview, media: vscode.Uri, nonce: string): string {
  return webviewPageHtml(webview, media, nonce, {
    script: 'agreement.js',
    style: 'agreement.css',
    title: 'Annotation Agreement',
    body: `<header>
  <h1>Annotation agreement</h1>
  <div class="actions">
    <button type="button" id="export-csv">Export CSV…</button>
    <button type="button" id="export-markdown">Export Markdown…</button>
  </div>
</header>
<main id="report" aria-live="polite"><p class="empty">Computing…</p></main>`,
  });
}

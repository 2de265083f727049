/**
 * Setting git up to merge sidecars with the CLI's merge driver, from VS Code: the
 * `.gitattributes` line and the repository's `merge.transcript-annotator.*` config, through
 * the git extension. Offered once per workspace, when a repository holding annotations opens.
 */
import * as vscode from 'vscode';
import { showQuickPick } from '../util/prompt';
import { driverConfig, MERGE_DRIVER_DESCRIPTION, MERGE_DRIVER_NAME, shellQuote, withAttributesLine } from '../core/team';
import { Services } from '../services';
import { textCodec, updateFile } from '../core/storage';
import { readText } from '../util/fs';
import { pathOf, workspaceFs } from '../util/workspaceFs';
import { gitIdentity, type GitRepository } from './gitIdentity';

const DRIVER = MERGE_DRIVER_NAME;
const OFFERED_KEY = 'transcriptAnnotator.mergeDriverOffered';

/** Whether the repository already routes sidecars to the driver and has it configured. */
export async function isInstalled(repository: GitRepository): Promise<boolean> {
  const driver = await repository.getConfig(`merge.${DRIVER}.driver`).catch(() => '');
  const attributes = await readText(vscode.Uri.joinPath(repository.rootUri, '.gitattributes'));
  return driver.includes('merge-driver') && attributes.kind === 'ok' && withAttributesLine(attributes.raw) === undefined;
}

/** `transcriptAnnotator.installMergeDriver` (`{ uri? }`: a file or folder of the repository). */
export async function installMergeDriver(services: Services, argument: unknown): Promise<{ repository: string; attributes: boolean } | undefined> {
  // The driver makes git run a program on merges: never set up from a workspace not trusted.
  if (!vscode.workspace.isTrusted) throw new Error('The merge driver can only be installed in a trusted workspace.');
  await gitIdentity.start();
  const given = typeof argument === 'object' && argument !== null ? (argument as { uri?: unknown }) : {};
  if (given.uri !== undefined && typeof given.uri !== 'string') throw new Error('The argument "uri" must be a string.');
  const repository = given.uri ? gitIdentity.repositoryFor(vscode.Uri.parse(given.uri)) : await pickRepository();
  if (!repository) throw new Error(given.uri ? 'That file is not in a git repository VS Code has open.' : 'No git repository is open in this workspace.');
  const command = driverCommand(services.context.extensionUri);
  if (!command) throw new Error('The merge driver needs the desktop or remote VS Code (it runs with Node.js).');
  const attributesAdded = await addAttributesLine(vscode.Uri.joinPath(repository.rootUri, '.gitattributes'));
  await setConfig(repository, `merge.${DRIVER}.name`, MERGE_DRIVER_DESCRIPTION);
  await setConfig(repository, `merge.${DRIVER}.driver`, driverConfig(command));
  services.log.info(`Merge driver installed in ${repository.rootUri.toString()}`);
  return { repository: repository.rootUri.toString(), attributes: attributesAdded };
}

/**
 * Once per workspace: when a repository holding annotations opens without the driver, asks
 * whether to install it. Answering either way (or dismissing) does not ask again.
 */
export function offerMergeDriver(services: Services): vscode.Disposable {
  return gitIdentity.onDidOpenRepository(
    (repository) => void offer(services, repository).catch((error: unknown) => services.log.warn(`Merge driver offer: ${String(error)}`)),
  );
}

async function offer(services: Services, repository: GitRepository): Promise<void> {
  const state = services.context.workspaceState;
  if (state.get<boolean>(OFFERED_KEY) || !vscode.workspace.isTrusted || !driverCommand(services.context.extensionUri)) return;
  const annotated = await vscode.workspace.findFiles(new vscode.RelativePattern(repository.rootUri, '**/*.annotations.yaml'), '**/node_modules/**', 1);
  if (annotated.length === 0 || (await isInstalled(repository))) return;
  await state.update(OFFERED_KEY, true);
  const install = 'Install Merge Driver';
  const choice = await vscode.window.showInformationMessage(
    'This workspace keeps annotations in git. Install the Transcript Annotator merge driver, so that merging annotators’ branches never stops at a sidecar conflict?',
    install,
    'Not Now',
  );
  if (choice !== install) return;
  const done = await installMergeDriver(services, { uri: repository.rootUri.toString() });
  if (done) void vscode.window.showInformationMessage(`Merge driver installed${done.attributes ? '; commit .gitattributes so the whole team uses it' : ''}.`);
}

async function pickRepository(): Promise<GitRepository | undefined> {
  const repositories = gitIdentity.repositories;
  if (repositories.length <= 1) return repositories[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const preferred = active && gitIdentity.repositoryFor(active);
  const items = repositories.map((repository) => ({ label: vscode.workspace.asRelativePath(repository.rootUri), repository }));
  if (preferred) items.sort((a, b) => Number(b.repository === preferred) - Number(a.repository === preferred));
  return (await showQuickPick(items, { title: 'Install the merge driver in which repository?' }))?.repository;
}

/**
 * How git starts the bundled CLI: this extension host's own executable as Node
 * (`ELECTRON_RUN_AS_NODE` makes VS Code's Electron behave as Node; plain Node ignores it).
 */
function driverCommand(extensionUri: vscode.Uri): string | undefined {
  if (extensionUri.scheme !== 'file' || typeof process === 'undefined' || !process.execPath) return undefined;
  return `ELECTRON_RUN_AS_NODE=1 ${shellQuote(process.execPath)} ${shellQuote(vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath)}`;
}

/** Appends the attributes line unless it is there (through the write pipeline, under its lock); returns whether it was added. */
async function addAttributesLine(uri: vscode.Uri): Promise<boolean> {
  const result = await updateFile(workspaceFs, pathOf(uri), textCodec, (current) => withAttributesLine(current) ?? current);
  return result.written;
}

// The git extension's setConfig adds a value: an old one is removed first so there is one.
async function setConfig(repository: GitRepository, key: string, value: string): Promise<void> {
  const current = await repository.getConfig(key).catch(() => '');
  if (current === value) return;
  if (current && repository.unsetConfig) await repository.unsetConfig(key).catch(() => '');
  await repository.setConfig(key, value);
}

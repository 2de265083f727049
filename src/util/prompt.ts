/**
 * Every quick pick and input box the extension shows goes through here, so that the integration
 * tests can answer a prompt once the workbench really shows it instead of after a guessed delay.
 *
 * A prompt counts as shown once the workbench has reported back on it: a pick when its first item
 * becomes active (VS Code reports the focused item of `showQuickPick` through `onDidSelectItem`,
 * and of `createQuickPick` through `onDidChangeActive`), an input box when the workbench validates
 * its initial value (it does so as it builds the box, and only asks the extension when there is a
 * `validateInput`). Either report is sent after the workbench has the prompt with its items, so a
 * command such as `workbench.action.acceptSelectedQuickOpenItem` sent afterwards applies to it.
 * What the user sees and gets is unchanged: the added hooks pass on to the caller's own.
 */
import * as vscode from 'vscode';

/** A prompt as the tests see it. */
export interface PromptInfo {
  readonly kind: 'pick' | 'input';
  readonly title?: string;
}

const shown: PromptInfo[] = [];
const waiting = new Map<number, ((prompt: PromptInfo) => void)[]>();

function announce(prompt: PromptInfo): void {
  const index = shown.push(prompt) - 1;
  for (const resolve of waiting.get(index) ?? []) resolve(prompt);
  waiting.delete(index);
}

/** Calls `announce` once, on the first report. */
function once(prompt: PromptInfo): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    announce(prompt);
  };
}

/** How many prompts the workbench has shown since activation. */
export function promptsShown(): number {
  return shown.length;
}

/** The prompt number `index` (from 0, since activation), once the workbench shows it. */
export function promptShown(index: number): Promise<PromptInfo> {
  const prompt = shown[index];
  if (prompt) return Promise.resolve(prompt);
  return new Promise((resolve) => waiting.set(index, [...(waiting.get(index) ?? []), resolve]));
}

type Items = readonly (string | vscode.QuickPickItem)[];

/** `vscode.window.showQuickPick`, counted. */
export const showQuickPick = ((items: Items | Thenable<Items>, options?: vscode.QuickPickOptions, token?: vscode.CancellationToken) => {
  const reported = once({ kind: 'pick', ...(options?.title !== undefined ? { title: options.title } : {}) });
  const onDidSelectItem = (item: string | vscode.QuickPickItem): unknown => {
    reported();
    return options?.onDidSelectItem?.(item);
  };
  return vscode.window.showQuickPick(items as vscode.QuickPickItem[], { ...options, onDidSelectItem }, token);
}) as typeof vscode.window.showQuickPick;

/** `vscode.window.showInputBox`, counted. */
export function showInputBox(options?: vscode.InputBoxOptions, token?: vscode.CancellationToken): Thenable<string | undefined> {
  const reported = once({ kind: 'input', ...(options?.title !== undefined ? { title: options.title } : {}) });
  const validateInput = (value: string): ReturnType<NonNullable<vscode.InputBoxOptions['validateInput']>> => {
    reported();
    return options?.validateInput?.(value);
  };
  return vscode.window.showInputBox({ ...options, validateInput }, token);
}

/** `vscode.window.createQuickPick`, counted each time it is shown with an active item. */
export function createQuickPick<T extends vscode.QuickPickItem>(): vscode.QuickPick<T> {
  const pick = vscode.window.createQuickPick<T>();
  let reported: (() => void) | undefined;
  const show = pick.show.bind(pick);
  pick.show = () => {
    reported = once({ kind: 'pick', ...(pick.title !== undefined ? { title: pick.title } : {}) });
    show();
  };
  pick.onDidChangeActive((active) => {
    if (active.length > 0) reported?.();
  });
  return pick;
}

/**
 * Answers the extension's quick picks and input boxes in order, each once the workbench shows it
 * (src/util/prompt.ts says when that is), rather than after a fixed delay that a loaded machine
 * outruns.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { internals } from './util';

/** What to do with a prompt: the first item or the proposed value, or Esc. */
export type Answer = 'accept' | 'dismiss';

/**
 * The prompts shown from now on, one at a time. Call it before starting the command, so that no
 * prompt is missed; `answer(title, how)` waits for the next prompt, checks its title (a string
 * is matched exactly, a RegExp as a pattern) and accepts or dismisses it.
 */
export async function promptsFromNow(): Promise<{ answer: (title: string | RegExp, how?: Answer) => Promise<void> }> {
  const api = await internals();
  let next = api.promptsShown();
  return {
    answer: async (title, how = 'accept') => {
      const index = next++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // A prompt that never shows fails with its title instead of the suite's bare timeout.
      const never = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`The prompt “${String(title)}” (number ${index}) did not show`)), 30_000);
      });
      const prompt = await Promise.race([api.promptShown(index), never]).finally(() => clearTimeout(timer));
      if (typeof title === 'string') assert.equal(prompt.title, title);
      else assert.match(prompt.title ?? '', title);
      await vscode.commands.executeCommand(how === 'accept' ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen');
    },
  };
}

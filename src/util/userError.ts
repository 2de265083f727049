/**
 * A user's mistake (nothing open, nothing selected, nothing to act on yet, a bad argument):
 * shown as a warning with the next step as a button, and logged as one line, never as an
 * error with a stack trace, since nothing is broken.
 */

import type { CommandId } from '../commands/ids';

/** The VS Code commands that next steps run. */
export type BuiltInCommand = 'vscode.open' | 'revealInExplorer' | 'revealFileInOS' | 'workbench.action.openSettings' | 'workbench.action.files.save';

/** A button on the warning: its title and the command it runs. */
export interface NextStep {
  readonly title: string;
  /** One of ours, or a built-in command a next step may run. */
  readonly command: CommandId | BuiltInCommand;
  readonly args?: unknown;
}

export class UserError extends Error {
  constructor(
    message: string,
    readonly nextSteps: readonly NextStep[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

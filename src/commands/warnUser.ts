/** How a command reports a user's mistake: a warning with its next steps, one line in the log. */
import * as vscode from 'vscode';
import { Services } from '../services';
import { UserError } from '../util/userError';

export function warnUser(services: Services, id: string, error: UserError): undefined {
  services.log.warn(`${id}: ${error.message}`);
  const steps = error.nextSteps;
  void vscode.window.showWarningMessage(`Transcript Annotator: ${error.message}`, ...steps.map((step) => step.title)).then((chosen) => {
    const step = steps.find((candidate) => candidate.title === chosen);
    if (step) void vscode.commands.executeCommand(step.command, ...(step.args === undefined ? [] : [step.args]));
  });
  return undefined;
}

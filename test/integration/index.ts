/**
 * Integration tier entry point, loaded by VS Code's extension host (`extensionTestsPath`).
 * Resolves when every suite passed; rejects when any failed or none ran.
 */
import * as vscode from 'vscode';
import { findTestFiles, runMocha } from '../runMocha';

export async function run(): Promise<void> {
  console.log(`Running in VS Code ${vscode.version} (${vscode.env.appHost}, ui kind ${vscode.UIKind[vscode.env.uiKind]})`);
  const { passed, failed } = await runMocha(findTestFiles(__dirname), { label: 'integration', timeout: 60_000, reporter: 'spec' });
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
  if (passed === 0) throw new Error('No integration test ran');
}

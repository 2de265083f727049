/**
 * The `vscode` module, imported once for the whole bundle. Each `import * as vscode from
 * 'vscode'` of a source file would otherwise make esbuild copy every property of the API
 * object into a namespace of its own when the bundle loads (about a hundred files import it);
 * the build resolves `vscode` to this file (scripts/extensionBundle.cjs), and this file alone
 * to the real module.
 */
export * from 'vscode';

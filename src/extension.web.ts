/**
 * Browser entry point: the web worker extension host of vscode.dev, github.dev and VS Code for
 * the web. It is the Node entry's `activate` over the same composition root
 * (src/extension.shared.ts), so both hosts offer the same API; what differs is the bundle:
 * scripts/build.mjs resolves the few modules that need a shell to their `.web.ts` siblings and
 * fails when anything pulls in a Node.js built-in module.
 */
export { activate, deactivate } from './extension';
export type { ActivationInfo } from './extension';

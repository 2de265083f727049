// `npm test`: builds, lints and checks the formatting, runs the unit tier, then the integration tier in a real VS Code
// (Node extension host, then the browser's web worker extension host).
// Lint and both tiers run even when one fails; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

for (const step of [
  ['run', 'build'],
  ['run', 'build:tests'],
]) {
  if (run(npm, step) !== 0) process.exit(1);
}
const lint = run(npm, ['run', 'lint']) || run(npm, ['run', 'format:check']);
// The test VS Code is installed before the unit tier, whose `npm start` test needs it too.
const setup = run('bash', ['scripts/setup-test-vscode.sh']);
const unit = run('node', ['out/test/unit/run.js']);
const integration = setup === 0 ? run('node', ['out/test/launcher/launch.js']) : 1;
// The same suites in the browser's web worker extension host (vscode.dev, github.dev).
const web = setup === 0 ? run('node', ['out/test/launcher/web.js']) : 1;
if (setup !== 0) console.error('npm test: could not install the test VS Code; the integration tier did not run.');
console.log(
  `npm test: lint ${lint === 0 ? 'passed' : 'FAILED'}, unit tier ${unit === 0 ? 'passed' : 'FAILED'}, integration tier ${integration === 0 ? 'passed' : 'FAILED'}, web worker host ${web === 0 ? 'passed' : 'FAILED'}`,
);
process.exit(lint === 0 && unit === 0 && integration === 0 && web === 0 ? 0 : 1);

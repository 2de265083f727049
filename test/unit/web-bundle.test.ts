import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../../..');

interface WebBuild {
  webBuildOptions: (production: boolean) => esbuild.BuildOptions & { metafile: true };
  checkWebBundle: (outfile: string) => { bytes: number };
}
// The build script is an ES module; Node 20.19+ loads it from CommonJS.
const { webBuildOptions, checkWebBundle } = require(path.join(root, 'scripts/webBuild.mjs')) as WebBuild;

interface Manifest {
  main: string;
  browser?: string;
  capabilities?: {
    virtualWorkspaces?: { supported: unknown; description?: string };
    untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] };
  };
  contributes: { menus: { commandPalette: Array<{ command: string; when?: string }> }; configuration: { properties: Record<string, unknown> } };
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

async function buildWeb(entry?: string): Promise<{ code: string; inputs: string[]; file: string }> {
  const options = webBuildOptions(false);
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await esbuild.build({ ...options, ...(entry ? { entryPoints: [entry] } : {}), write: false, sourcemap: false, logLevel: 'silent' });
    const out = result.outputFiles.find((file) => file.path.endsWith('.js'));
    assert.ok(out);
    return { code: out.text, inputs: Object.keys(result.metafile.inputs), file: out.path };
  } finally {
    process.chdir(cwd);
  }
}

function check(code: string): void {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ta-web-')), 'extension.js');
  fs.writeFileSync(file, code);
  try {
    checkWebBundle(file);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

describe('The browser bundle', () => {
  it('holds the browser variant of the merge driver set-up, not the one that needs a shell', async () => {
    const { code, inputs } = await buildWeb();
    assert.ok(inputs.includes('src/team/mergeDriver.web.ts'));
    assert.ok(!inputs.includes('src/team/mergeDriver.ts'));
    assert.ok(
      inputs.some((input) => input.startsWith('src/core/')),
      'the core is in the bundle',
    );
    assert.doesNotMatch(code, /ELECTRON_RUN_AS_NODE/);
    check(code); // no Node global, no require but vscode
  });

  it('fails the build on a Node global or a Node built-in module', async function () {
    this.timeout(20_000);
    const dir = fs.mkdtempSync(path.join(root, 'out', 'web-probe-'));
    try {
      const usesBuffer = path.join(dir, 'buffer.ts');
      fs.writeFileSync(usesBuffer, 'export const bytes = Buffer.from("Varnholm");\n');
      const { code } = await buildWeb(usesBuffer);
      assert.throws(() => check(code), /Node global\(s\) Buffer/);
      const usesProcess = path.join(dir, 'process.ts');
      fs.writeFileSync(usesProcess, 'export const home = process.env.HOME;\n');
      const processBuild = await buildWeb(usesProcess);
      assert.throws(() => check(processBuild.code), /Node global\(s\) process/);
      const importsFs = path.join(dir, 'fs.ts');
      fs.writeFileSync(importsFs, 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n');
      await assert.rejects(buildWeb(importsFs), /"node:fs" is a Node\.js built-in module/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is the manifest's browser entry, with what virtual and untrusted workspaces lack said", () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.capabilities?.virtualWorkspaces?.supported, 'limited');
    assert.match(manifest.capabilities?.virtualWorkspaces?.description ?? '', /merge driver/);
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    for (const setting of manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [])
      assert.ok(setting in manifest.contributes.configuration.properties, setting);
  });

  it('hides the commands that need a shell where there is none', () => {
    const entry = manifest.contributes.menus.commandPalette.find((item) => item.command === 'transcriptAnnotator.installMergeDriver');
    assert.match(entry?.when ?? '', /\bshellExecutionSupported\b/);
  });
});

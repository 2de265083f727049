import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandIds } from '../../src/commands/ids';

interface Manifest {
  activationEvents: string[];
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: { commandPalette: Array<{ command: string; when?: string }> };
    colors: Array<{ id: string; defaults: Record<string, string> }>;
    configuration: { properties: Record<string, unknown> };
  };
}

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const contributed = manifest.contributes.commands.map((command) => command.command);

describe('Manifest', () => {
  it('contributes every command that has a handler', () => {
    assert.deepEqual(
      commandIds.filter((id) => !contributed.includes(id)),
      [],
    );
  });

  it('has a handler for every contributed command', () => {
    assert.deepEqual(
      contributed.filter((id) => !(commandIds as readonly string[]).includes(id)),
      [],
    );
  });

  it('puts every command under the Transcript Annotator category and id prefix', () => {
    for (const command of manifest.contributes.commands) {
      assert.match(command.command, /^transcriptAnnotator\.[a-zA-Z]+$/);
      assert.equal(command.category, 'Transcript Annotator', command.command);
    }
  });

  it('ships no internal command: tests read internals through the API activate returns', () => {
    assert.deepEqual(
      manifest.contributes.commands
        .filter((command) => /internal/i.test(command.title) || /\.(get|send|_)/.test(command.command))
        .map((command) => command.command),
      [],
    );
  });

  it('names only contributed commands in its menus', () => {
    for (const item of manifest.contributes.menus.commandPalette) assert.ok(contributed.includes(item.command), item.command);
  });

  it('gives every colour a default for dark, light and both high contrast themes', () => {
    for (const color of manifest.contributes.colors) {
      assert.match(color.id, /^transcriptAnnotator\./);
      assert.deepEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light']);
    }
  });

  it('keeps settings under the transcriptAnnotator prefix', () => {
    for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.match(key, /^transcriptAnnotator\./);
  });

  it('activates lazily, never on every start-up', () => {
    assert.ok(manifest.activationEvents.length > 0);
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(!manifest.activationEvents.includes('onStartupFinished'));
    // A text whose sidecar arrived after start-up (a git pull, an import) opens as plain text first:
    // that must activate the extension, which then sees the sidecar.
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
  });

  it('declares as its oldest VS Code the one the integration tests run on, and types no newer', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
  });
});

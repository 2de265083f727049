/**
 * The README screenshots: a sample transcript with its highlights, then a hover card, in the
 * default light and dark themes, taken in the offline VS Code (server + headless Chromium).
 *
 *     npm run build && npx tsc -p tsconfig.test.json && node out/test/launcher/screenshots.js
 *
 * Writes media/screenshots/{highlights,colours,hover,claims-board,table}-{light,dark}.png. The theme is picked with
 * Preferences: Color Theme, which writes it to the user settings as a user would (a theme in
 * workspace settings did not take effect in the web client); the other display settings go
 * into a temporary copy of samples/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, remoteUri, workbenchUrl } from './browser';
import { projectRoot, startServer } from './codeServer';

const sample = 'wvpr-morning-report-varnholm-strike.txt';
/** Words of an annotated claim near the top of the sample, to hover. */
const hoverTarget = 'detained 1,200';
const outDir = path.join(projectRoot, 'media/screenshots');
/** `workbench.colorTheme` ids "Default Light Modern" and "Default Dark Modern", as the theme picker labels them. */
const themes = { light: 'Light Modern', dark: 'Dark Modern' } as const;

const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.hover.delay': 200,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  // The editor's own highlights of the word at the cursor would blur the annotation highlights.
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'editor.renderLineHighlight': 'none',
};

/** Types into the open quick input and clicks the row labelled exactly `label` (or the first row). */
async function pick(page: Page, text: string, label?: string): Promise<void> {
  await page.locator('.quick-input-widget input').fill(text);
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const exact = label === undefined ? rows : rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  await exact.first().click();
  await page.waitForTimeout(300);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs a command through the Command Palette, as a user would. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await pick(page, `>${title}`, title);
}

/** A copy of samples/ named samples, so the window title reads as it would for a user. */
function copySamples(): { folder: string; remove: () => void } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ta-screenshots-'));
  const folder = path.join(parent, 'samples');
  fs.cpSync(path.join(projectRoot, 'samples'), folder, { recursive: true });
  fs.mkdirSync(path.join(folder, '.vscode'));
  fs.writeFileSync(path.join(folder, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
  return { folder, remove: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

async function shoot(page: Page, origin: string, port: number, name: keyof typeof themes): Promise<void> {
  const workspace = copySamples();
  try {
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', remoteUri(port, projectRoot)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(workbenchUrl(origin, workspace.folder, payload));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2_000);
    await runCommand(page, 'Preferences: Color Theme');
    await pick(page, themes[name], themes[name]);
    await page.keyboard.press('Control+P');
    await pick(page, sample);
    // Highlights are inline-styled spans with generated class names; the claim's text is one of them.
    const target = page.locator('.view-lines .view-line span', { hasText: hoverTarget }).last();
    await target.waitFor({ timeout: 30_000 });
    await runCommand(page, 'Transcript Annotator: Focus on Annotations View');
    await runCommand(page, 'Notifications: Clear All Notifications');
    await page.locator('.view-lines').click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: path.join(outDir, `highlights-${name}.png`) });

    // The colour legend, expanded under the Annotations view, beside the coloured entity types.
    await runCommand(page, 'Transcript Annotator: Focus on Highlight Colours View');
    await page.locator('.monaco-list-row', { hasText: 'organization' }).first().waitFor({ timeout: 10_000 });
    await page.locator('.view-lines').click({ position: { x: 5, y: 5 } });
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(outDir, `colours-${name}.png`) });

    const box = await target.boundingBox();
    if (!box) throw new Error(`"${hoverTarget}" is not on screen`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.monaco-hover', { hasText: 'Claim' }).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(outDir, `hover-${name}.png`) });

    await page.mouse.move(5, 5);
    await runCommand(page, 'Transcript Annotator: Show Claims Board');
    await page.frameLocator('iframe.webview.ready').frameLocator('iframe').locator('body', { hasText: 'detained' }).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: path.join(outDir, `claims-board-${name}.png`) });

    await runCommand(page, 'View: Close All Editor Groups');
    await page.keyboard.press('Control+P');
    await pick(page, sample);
    await page.waitForTimeout(800);
    await runCommand(page, 'Transcript Annotator: Show Annotations Table');
    await page.frameLocator('iframe.webview.ready').frameLocator('iframe').locator('td.text', { hasText: 'detained' }).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: path.join(outDir, `table-${name}.png`) });
    console.log(`media/screenshots/{highlights,colours,hover,claims-board,table}-${name}.png`);
  } finally {
    workspace.remove();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(projectRoot, 'dist/extension.js'))) throw new Error('The extension is not built: run `npm run build`.');
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium();
  try {
    for (const name of Object.keys(themes) as Array<keyof typeof themes>) {
      const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
      await shoot(page, server.origin, server.port, name);
      await page.close();
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

/**
 * Checks only the real UI can make, driven from the launcher side with playwright after the
 * integration suites: a double-click in an opened `.transcript` file (the editor's own mouse
 * handling, `editor.wordSeparators` of the language) and typing into the "Who made this
 * claim?" quick pick, which the extension host cannot type into. Each check waits for what
 * the workbench shows (status bar, quick input rows, the sidecar on disk), never for a time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { remoteUri, workbenchUrl } from './browser';
import { projectRoot } from './codeServer';

const FILE = 'ui-checks/double-click.transcript';
const TEXT = [
  'MARIA OKONJO, BYLINE: Prime Minister Jean-Luc Abadie met the ferry crews at dawn.',
  '',
  'OKONJO: Nordhavn Port Services says 2,400 containers are stuck on the quay.',
  '',
].join('\n');
const NEW_SOURCE = 'Nordhavn Port Services';
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
  'extensions.ignoreRecommendations': true,
};

/** One check's outcome, printed by the launcher. */
export interface UiCheck {
  readonly name: string;
  readonly error?: string;
}

/** Line and column (1-based, as the status bar shows them) of UTF-16 offset `at` of TEXT. */
function lineColumn(at: number): { line: number; column: number } {
  const before = TEXT.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** Double-clicks inside `word` (on its `offset`-th character) in the editor and returns what the status bar says of the selection. */
async function doubleClick(page: Page, word: string, offset: number): Promise<string> {
  // Runs in the page (this project compiles without the DOM library, so it is given as source).
  const point = await page.evaluate<{ x: number; y: number } | undefined>(`(() => {
    const [w, o] = ${JSON.stringify([word, offset])};
    // The text node of the rendered line holding the word, and the box of one character of it.
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent || '').replace(/\u00a0/g, ' ').indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + o);
        range.setEnd(node, at + o + 1);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return undefined;
  })()`);
  if (!point) throw new Error(`"${word}" is not rendered in the editor`);
  await page.mouse.dblclick(point.x, point.y);
  const status = page.locator('[id="status.editor.selection"]');
  await status.filter({ hasText: 'selected' }).waitFor({ timeout: 15_000 });
  return (await status.innerText()).trim();
}

/** Types into the quick input and clicks the row whose label is `label`. */
async function pick(page: Page, text: string, label: string): Promise<void> {
  await page.locator('.quick-input-widget input').fill(text);
  await page
    .locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) })
    .first()
    .click();
}

/** Waits until `condition` holds of the file at `file` (the sidecar the extension writes), or throws. */
async function fileSays(page: Page, file: string, condition: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (condition(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the file says:\n${text}`);
    // Polling a file another process writes: nothing in the page to wait on.
    await page.waitForTimeout(200);
  }
}

async function check(name: string, run: () => Promise<void>, results: UiCheck[]): Promise<void> {
  try {
    await run();
    results.push({ name });
  } catch (error) {
    results.push({ name, error: error instanceof Error ? error.message : String(error) });
  }
}

/** Opens `workspace` (a fresh copy) in a new page of `browser` and runs the checks. */
export async function runUiChecks(browser: Browser, origin: string, port: number, workspace: string): Promise<UiCheck[]> {
  fs.mkdirSync(path.join(workspace, path.dirname(FILE)), { recursive: true });
  fs.writeFileSync(path.join(workspace, FILE), TEXT);
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(SETTINGS, null, 2));
  const results: UiCheck[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', remoteUri(port, projectRoot)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(workbenchUrl(origin, workspace, payload));
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await page.keyboard.press('Control+P');
    await pick(page, path.basename(FILE), path.basename(FILE));
    await page.locator('.view-lines .view-line', { hasText: 'Jean-Luc' }).waitFor({ timeout: 60_000 });
    // The language mode shows once the transcript language (and so its word separators) applies.
    await page.locator('[id="status.editor.mode"]', { hasText: 'Transcript' }).waitFor({ timeout: 60_000 });

    for (const [word, offset] of [
      ['Jean-Luc', 6],
      ['2,400', 3],
    ] as const) {
      await check(
        `a double-click on "${word}" selects it whole`,
        async () => {
          const end = lineColumn(TEXT.indexOf(word) + word.length);
          const expected = `Ln ${end.line}, Col ${end.column} (${word.length} selected)`;
          const said = await doubleClick(page, word, offset);
          if (said !== expected) throw new Error(`the status bar says "${said}", expected "${expected}"`);
        },
        results,
      );
    }

    // "2,400" is selected: tag it as a claim and type a source the picker does not list.
    await check(
      `"Who made this claim?" creates the new source "${NEW_SOURCE}" from what was typed`,
      async () => {
        await page.keyboard.press('F1');
        await pick(page, '>Transcript Annotator: Tag Claim', 'Transcript Annotator: Tag Claim');
        await page.locator('.quick-input-widget', { hasText: 'Who made this claim?' }).waitFor({ timeout: 15_000 });
        await pick(page, NEW_SOURCE, `New source “${NEW_SOURCE}”`);
        // The claim type (statistic first, since the claim states a figure), then an empty note.
        await page.locator('.quick-input-widget', { hasText: 'Claim type' }).waitFor({ timeout: 15_000 });
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget', { hasText: 'Note (optional)' }).waitFor({ timeout: 15_000 });
        await page.keyboard.press('Enter');
        const sidecar = await fileSays(page, path.join(workspace, `${FILE}.annotations.yaml`), (text) => /kind: claim/u.test(text), 'the claim in the sidecar');
        const entity = /- id: (\w+)\n {4}kind: entity\n {4}type: organization\n(?: {4}.*\n)*? {4}quote: Nordhavn Port Services\n/u.exec(sidecar);
        if (!entity) throw new Error(`no organisation "${NEW_SOURCE}" was tagged:\n${sidecar}`);
        // Whatever the double-click selected (checked above), the claim must be the new source's.
        if (!new RegExp(`kind: claim\\n(?: {4}.*\\n)*? {4}claimType: statistic\\n {4}by: ${entity[1]}\\n`, 'u').test(sidecar)) {
          throw new Error(`the claim is not attributed to the new source ${entity[1]}:\n${sidecar}`);
        }
      },
      results,
    );
  } finally {
    await page.close().catch(() => undefined);
  }
  return results;
}

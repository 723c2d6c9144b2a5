// What a person does in the VS Code workbench, as keyboard shortcuts and the UI state each
// step waits for. Selectors are the workbench's own class names (code-server 4.100).
import { readFile } from "node:fs/promises";

export async function openWorkspace(page, url, folder) {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 60000 });
}

/** Quick Open (Ctrl+P) the file, then wait until the editor shows `text`. */
export async function openFile(page, fileName, text) {
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 10000 });
  await page.keyboard.type(fileName);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: fileName });
  await row.first().waitFor({ timeout: 30000 });
  await page.keyboard.press("Enter");
  await editorText(page, text).waitFor({ timeout: 30000 });
}

// Monaco renders spaces as non-breaking spaces, which \s matches.
export function editorText(page, text) {
  const pattern = new RegExp(text.split(" ").map(escape).join("\\s"));
  return page.locator(".monaco-editor .view-lines", { hasText: pattern });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A diagnostic's wavy underline in the text area. */
export function squiggle(page) {
  return page.locator(".monaco-editor .view-overlays [class*='squiggly-']").first();
}

/** Ctrl+Shift+M opens the Problems panel; returns the row that names `text`. */
export async function problemsRow(page, text) {
  await page.keyboard.press("Control+Shift+M");
  const row = page.locator(".markers-panel .monaco-list-row", { hasText: text });
  await row.first().waitFor({ timeout: 30000 });
  return row.first();
}

/** Back to the editor (Ctrl+1), then Go to Line/Column (Ctrl+G). */
export async function gotoPosition(page, line, column) {
  await page.keyboard.press("Control+1");
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 10000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 10000 });
}

/** Waits for the light bulb, opens the fixes with Ctrl+. and picks the one titled `title`. */
export async function applyQuickFix(page, title) {
  await page.locator(".lightBulbWidget").waitFor({ timeout: 30000 });
  await page.keyboard.press("Control+.");
  const rows = page.locator(".action-widget .monaco-list-row");
  await rows.filter({ hasText: title }).first().waitFor({ timeout: 30000 });
  // The menu swallows mouse clicks behind a pointer block, so choose as a keyboard user does:
  // arrow down until the focused entry is the wanted one, then Enter.
  const focused = page.locator(".action-widget .monaco-list-row.focused");
  for (let step = await rows.count(); step > 0; step -= 1) {
    if ((await focused.innerText()).includes(title)) break;
    await page.keyboard.press("ArrowDown");
  }
  await focused.filter({ hasText: title }).waitFor({ timeout: 5000 });
  await page.keyboard.press("Enter");
  await rows.first().waitFor({ state: "detached", timeout: 10000 });
}

/** Polls the file on disk until it reads `expected` (the editor saves asynchronously). */
export async function waitForFileText(file, expected, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let text = await readFile(file, "utf8");
  while (text !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await readFile(file, "utf8");
  }
  return text;
}

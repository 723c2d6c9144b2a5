// The extension in a real VS Code workbench: code-server serving it, Debian's Chromium showing
// it. A person opens an undercoded note, sees the squiggle and the Problems entry, applies
// the quick fix with Ctrl+. and saves; the file on disk must then carry the right code.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { launchBrowser } from "./lib/browser.mjs";
import { startCodeServer } from "./lib/code-server.mjs";
import { expectedRule, fixedNote, noteFileName, rightCode } from "./lib/notes.mjs";
import { artifactsDir } from "./lib/paths.mjs";
import { stop } from "./lib/processes.mjs";
import * as bench from "./lib/workbench.mjs";
import { makeWorkspace } from "./lib/workspace.mjs";

export const screenshotPath = path.join(artifactsDir, "code-server-diagnostics.png");

test("code-server: squiggle, Problems entry and quick fix for an undercoded note", async (t) => {
  const space = await makeWorkspace("code-server");
  let server;
  let browser;
  t.after(async () => {
    await browser?.context.close();
    await stop(server?.child);
    await space.dispose();
  });
  server = await startCodeServer(space.root);
  t.diagnostic(`extension installed from the ${server.installedFrom}`);
  browser = await launchBrowser(space.root);
  const { page } = browser;

  await bench.openWorkspace(page, server.url, space.folder);
  await bench.openFile(page, noteFileName, "CPT: 20552");
  await bench.squiggle(page).waitFor({ timeout: 60000 });
  const row = await bench.problemsRow(page, expectedRule);
  assert.match(await row.innerText(), /tpi-lint/);
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: screenshotPath });

  await bench.gotoPosition(page, 5, 7); // inside "20552" on "CPT: 20552"
  await bench.applyQuickFix(page, rightCode);
  await bench.editorText(page, `CPT: ${rightCode}`).waitFor({ timeout: 10000 });
  await page.keyboard.press("Control+S");
  assert.equal(await bench.waitForFileText(space.notePath, fixedNote, 15000), fixedNote);
  // The server re-checks the fixed note and the Problems entry goes away.
  await row.waitFor({ state: "detached", timeout: 30000 });
});

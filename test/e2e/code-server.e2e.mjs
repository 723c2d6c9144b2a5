// The extension in a real VS Code workbench: code-server serving it, Debian's Chromium showing
// it. A person opens an undercoded note, sees the squiggle and the Problems entry, applies
// the quick fix with Ctrl+. and saves; the file on disk must then carry the right code.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { launchBrowser } from "./lib/browser.mjs";
import { startCodeServer } from "./lib/code-server.mjs";
import { expectedRule, fixedNote, noteFileName, rightCode, wrongCode } from "./lib/notes.mjs";
import { artifactsDir } from "./lib/paths.mjs";
import { stop } from "./lib/processes.mjs";
import * as bench from "./lib/workbench.mjs";
import { makeWorkspace } from "./lib/workspace.mjs";

const screenshotPath = path.join(artifactsDir, "code-server-diagnostics.png");
const failurePath = path.join(artifactsDir, "code-server-failure.png");

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
  await mkdir(artifactsDir, { recursive: true });
  try {
    await fixInTheWorkbench(browser.page, server.url, space);
  } catch (error) {
    // What the screen showed when a wait ran out says more than the selector that timed out.
    await browser.page.screenshot({ path: failurePath }).catch(() => {});
    throw error;
  }
});

// The person's part, from opening the folder to the saved fix.
async function fixInTheWorkbench(page, url, space) {
  await bench.openWorkspace(page, url, space.folder);
  await bench.openFile(page, noteFileName, `CPT: ${wrongCode}`);
  await bench.squiggle(page).waitFor({ timeout: 60000 });
  const row = await bench.problemsRow(page, expectedRule);
  assert.match(await row.innerText(), /tpi-lint/);
  await page.screenshot({ path: screenshotPath });

  await bench.gotoPosition(page, 5, 7); // inside "20552" on "CPT: 20552"
  await bench.applyQuickFix(page, rightCode);
  await bench.editorText(page, `CPT: ${rightCode}`).waitFor({ timeout: 10000 });
  await page.keyboard.press("Control+S");
  assert.equal(await bench.waitForFileText(space.notePath, fixedNote, 15000), fixedNote);
  // The server re-checks the fixed note and the Problems entry goes away.
  await row.waitFor({ state: "detached", timeout: 30000 });
}

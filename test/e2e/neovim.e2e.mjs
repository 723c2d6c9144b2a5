// Neovim (Debian's 0.7) as a real LSP client of dist/server.js: see test/e2e/editors/.
import { test } from "node:test";
import path from "node:path";
import { e2eDir, serverJs } from "./lib/paths.mjs";
import { run } from "./lib/processes.mjs";
import { makeWorkspace } from "./lib/workspace.mjs";
import { expectedRule, rightCode } from "./lib/notes.mjs";
import { assertQuickFixed, readResult } from "./lib/lsp-result.mjs";

test("neovim: the code-count quick fix replaces 20552 with 20553", async (t) => {
  const space = await makeWorkspace("nvim");
  t.after(space.dispose);
  const resultPath = path.join(space.root, "nvim-result.json");
  const script = path.join(e2eDir, "editors", "neovim-client.lua");
  const env = {
    ...process.env,
    HOME: space.root, // keeps Neovim's shada, log and swap files inside the temp root
    XDG_STATE_HOME: path.join(space.root, "state"),
    XDG_DATA_HOME: path.join(space.root, "data"),
    XDG_CACHE_HOME: path.join(space.root, "cache"),
    TPI_NOTE: space.notePath,
    TPI_SERVER: serverJs,
    TPI_RESULT: resultPath,
    TPI_RULE: expectedRule,
    TPI_FIX: rightCode,
  };
  const args = ["--headless", "--clean", "-n", "-i", "NONE", "-c", `luafile ${script}`];
  const editor = await run("nvim", args, { env, cwd: space.folder, timeoutMs: 90000 });
  const result = await readResult(resultPath, editor.output);
  await assertQuickFixed(result, space.notePath);
});

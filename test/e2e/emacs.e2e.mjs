// Emacs (Debian's emacs-nox 28 with elpa-eglot) as a real LSP client of dist/server.js.
import { test } from "node:test";
import path from "node:path";
import { e2eDir, serverJs } from "./lib/paths.mjs";
import { run } from "./lib/processes.mjs";
import { makeWorkspace } from "./lib/workspace.mjs";
import { expectedRule, rightCode } from "./lib/notes.mjs";
import { assertQuickFixed, readResult } from "./lib/lsp-result.mjs";

test("emacs/eglot: the code-count quick fix replaces 20552 with 20553", async (t) => {
  const space = await makeWorkspace("emacs");
  t.after(space.dispose);
  const resultPath = path.join(space.root, "emacs-result.json");
  const script = path.join(e2eDir, "editors", "emacs-client.el");
  const env = {
    ...process.env,
    HOME: space.root, // keeps ~/.emacs.d, eglot's events and auto-saves inside the temp root
    TPI_NOTE: space.notePath,
    TPI_SERVER: serverJs,
    TPI_RESULT: resultPath,
    TPI_RULE: expectedRule,
    TPI_FIX: rightCode,
  };
  // -q skips init files but keeps Debian's site-start, which puts elpa packages on the path.
  const args = ["--batch", "-q", "-l", script];
  const editor = await run("emacs", args, { env, cwd: space.folder, timeoutMs: 90000 });
  const result = await readResult(resultPath, editor.output);
  await assertQuickFixed(result, space.notePath);
});

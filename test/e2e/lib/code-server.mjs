// A fresh code-server per test: its own port, user data, extensions folder and config, all in
// the test's temp root, with the extension gallery switched off (there is no network here).
import { existsSync, readFileSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { codeServerBin, extensionOverride, repoRoot } from "./paths.mjs";
import { freePort, run, start, waitForOutput } from "./processes.mjs";

const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
export const extensionId = `${manifest.publisher}.${manifest.name}`;
const vsixPath = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);

// Quiet, deterministic editor: no welcome page, no trust prompt, no update checks.
const userSettings = {
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "editor.wordWrap": "on", // the whole note in the screenshot
};

function environment(root) {
  return {
    ...process.env,
    EXTENSIONS_GALLERY: "{}",
    XDG_CONFIG_HOME: path.join(root, "config"),
    XDG_DATA_HOME: path.join(root, "data"),
  };
}

/** The packaged .vsix when `npm run package` made one, else the repo folder itself. */
async function installExtension(dirs, env) {
  if (!extensionOverride && existsSync(vsixPath)) {
    const args = ["--install-extension", vsixPath, ...dirs];
    const result = await run(codeServerBin, args, { env, timeoutMs: 120000 });
    if (result.code !== 0) throw new Error(`installing the vsix failed:\n${result.output}`);
    return "vsix";
  }
  const target = path.join(dirs[1], `${extensionId}-${manifest.version}`);
  await symlink(extensionOverride ?? repoRoot, target, "dir");
  return "folder";
}

export async function startCodeServer(root) {
  const userData = path.join(root, "code-user-data");
  const extensions = path.join(root, "code-extensions");
  await mkdir(path.join(userData, "User"), { recursive: true });
  await mkdir(extensions, { recursive: true });
  await writeFile(path.join(userData, "User", "settings.json"), JSON.stringify(userSettings));
  const env = environment(root);
  const dirs = ["--extensions-dir", extensions, "--user-data-dir", userData];
  const installedFrom = await installExtension(dirs, env);

  const port = await freePort();
  const args = [
    "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", ...dirs,
    "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
    "--disable-getting-started-override", "--ignore-last-opened",
  ];
  const child = start(codeServerBin, args, { env, cwd: root });
  await waitForOutput(child, /HTTP server listening on/, 60000);
  return { child, url: `http://127.0.0.1:${port}`, installedFrom };
}

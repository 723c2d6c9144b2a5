// `npm run test:vscode`: the extension-host suite in a real VS Code from @vscode/test-electron.
// VS Code is downloaded on first use; where that download is refused (no network) the suite
// cannot run, which is reported plainly and is not a failure. A failing test is.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { downloadAndUnzipVSCode, runTests } from "@vscode/test-electron";
import { noteFileName, undercodedNote } from "../e2e/lib/notes.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");

async function download() {
  try {
    return await downloadAndUnzipVSCode({ cachePath: path.join(repoRoot, ".vscode-test") });
  } catch (error) {
    console.log(`VS Code could not be downloaded (${error.message}).`);
    console.log("The extension-host suite in test/vscode did not run; nothing failed.");
    return null;
  }
}

async function main() {
  const vscodeExecutablePath = await download();
  if (!vscodeExecutablePath) return 0;

  // The note and VS Code's profile live in one temp root, removed whatever the outcome.
  const root = await mkdtemp(path.join(os.tmpdir(), "tpi-vscode-"));
  try {
    const folder = path.join(root, "workspace");
    await mkdir(folder);
    await writeFile(path.join(folder, noteFileName), undercodedNote);
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(here, "suite", "index.cjs"),
      launchArgs: [folder, "--disable-extensions", `--user-data-dir=${path.join(root, "user")}`],
    });
    return 0;
  } catch (error) {
    console.error(`The extension-host suite failed: ${error.message ?? error}`);
    return 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

process.exitCode = await main();
